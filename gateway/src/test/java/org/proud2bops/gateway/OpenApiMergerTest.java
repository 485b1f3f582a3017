package org.proud2bops.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proud2bops.gateway.openapi.MergedApi;
import org.proud2bops.gateway.openapi.OpenApiMerger;
import org.proud2bops.gateway.openapi.ServiceDocument;
import org.proud2bops.gateway.routing.OperationRoute;

class OpenApiMergerTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final OpenApiMerger merger = new OpenApiMerger(
            mapper, "http://gateway.test", "https://id.proud2bops.test/realms/p/.well-known/openid-configuration");

    @Test
    void aPathDeclaredTwiceIsReportedAndTheFirstKept() throws Exception {
        MergedApi merged = merger.merge(List.of(
                ServiceDocument.available("members", doc("/api/shared", "get", "firstOp")),
                ServiceDocument.available("events", doc("/api/shared", "get", "secondOp"))));

        assertThat(merged.document().at("/paths/~1api~1shared/get/operationId").asText())
                .isEqualTo("firstOp");
        assertThat(merged.routes()).extracting(OperationRoute::service).containsExactly("members");
        assertThat(merged.conflicts())
                .singleElement()
                .asString()
                .contains("/api/shared")
                .contains("events");
    }

    @Test
    void aDuplicateOperationIdIsReportedAndLeftOut() throws Exception {
        MergedApi merged = merger.merge(List.of(
                ServiceDocument.available("members", doc("/api/members", "get", "listThings")),
                ServiceDocument.available("events", doc("/api/events", "get", "listThings"))));

        assertThat(merged.document().path("paths").has("/api/events")).isFalse();
        assertThat(merged.conflicts()).singleElement().asString().contains("operationId listThings");
    }

    @Test
    void aDifferentSchemaOfTheSameNameIsRenamedNotOverwritten() throws Exception {
        ObjectNode members = doc("/api/members", "get", "listMembers");
        members.putObject("components")
                .putObject("schemas")
                .putObject("Profile")
                .put("type", "object");
        ObjectNode events = doc("/api/events", "get", "listEvents");
        events.putObject("components").putObject("schemas").putObject("Profile").put("type", "string");
        ((ObjectNode) events.get("paths").get("/api/events").get("get"))
                .putObject("responses")
                .putObject("200")
                .put("description", "ok")
                .putObject("content")
                .putObject("application/json")
                .putObject("schema")
                .put("$ref", "#/components/schemas/Profile");

        MergedApi merged = merger.merge(
                List.of(ServiceDocument.available("members", members), ServiceDocument.available("events", events)));

        assertThat(merged.document().at("/components/schemas/Profile/type").asText())
                .isEqualTo("object");
        assertThat(merged.document()
                        .at("/components/schemas/EventsProfile/type")
                        .asText())
                .isEqualTo("string");
        assertThat(merged.document()
                        .at("/paths/~1api~1events/get/responses/200/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/EventsProfile");
        assertThat(merged.conflicts()).singleElement().asString().contains("EventsProfile");
    }

    @Test
    void anIdenticalSchemaIsMergedOnceWithoutConflict() throws Exception {
        ObjectNode members = doc("/api/members", "get", "listMembers");
        members.putObject("components")
                .putObject("schemas")
                .putObject("Problem")
                .put("type", "object");
        ObjectNode events = doc("/api/events", "get", "listEvents");
        events.putObject("components").putObject("schemas").putObject("Problem").put("type", "object");

        MergedApi merged = merger.merge(
                List.of(ServiceDocument.available("members", members), ServiceDocument.available("events", events)));

        assertThat(merged.conflicts()).isEmpty();
        assertThat(merged.routes()).hasSize(2);
    }

    @Test
    void anUnavailableServiceIsNamedInTheDocument() throws Exception {
        MergedApi merged = merger.merge(List.of(
                ServiceDocument.available("members", doc("/api/members", "get", "listMembers")),
                ServiceDocument.unavailable("content", "connection refused")));

        assertThat(merged.unavailableServices()).containsEntry("content", "connection refused");
        assertThat(merged.document()
                        .at("/x-merge-report/unavailableServices/content")
                        .asText())
                .isEqualTo("connection refused");
        assertThat(merged.document().at("/info/description").asText()).contains("content (connection refused)");
    }

    @Test
    void everyRoutedOperationDeclaresTheGatewaysOwnAnswers() throws Exception {
        MergedApi merged =
                merger.merge(List.of(ServiceDocument.available("members", doc("/api/members", "get", "listMembers"))));

        var responses = merged.document().at("/paths/~1api~1members/get/responses");
        assertThat(responses.has("200")).isTrue();
        assertThat(responses
                        .at("/503/content/application~1problem+json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(responses.has("504")).isTrue();
    }

    @Test
    void theOperationsOfAServiceThatWentDownAreRememberedUntilItIsBack() throws Exception {
        ServiceDocument membersUp = ServiceDocument.available("members", doc("/api/members", "get", "listMembers"));
        ServiceDocument membersDown = ServiceDocument.unavailable("members", "ConnectException");
        ServiceDocument eventsUp = ServiceDocument.available("events", doc("/api/events", "get", "listEvents"));

        MergedApi up = merger.merge(List.of(membersUp, eventsUp)).rememberingRoutesOf(merger.merge(List.of()));
        MergedApi down = merger.merge(List.of(membersDown, eventsUp)).rememberingRoutesOf(up);
        MergedApi stillDown = merger.merge(List.of(membersDown, eventsUp)).rememberingRoutesOf(down);
        MergedApi back = merger.merge(List.of(membersUp, eventsUp)).rememberingRoutesOf(stillDown);

        assertThat(up.routesOfUnavailableServices()).isEmpty();
        assertThat(stillDown.routes()).extracting(OperationRoute::pathTemplate).containsExactly("/api/events");
        assertThat(stillDown.routesOfUnavailableServices())
                .extracting(OperationRoute::pathTemplate)
                .containsExactly("/api/members");
        assertThat(back.routesOfUnavailableServices()).isEmpty();
        assertThat(back.routes()).hasSize(2);
    }

    @Test
    void operationsThatTakeABearerTokenAlsoOfferSigningInThroughTheIdentityProvider() throws Exception {
        ObjectNode secured = (ObjectNode) mapper.readTree("""
                {"openapi":"3.1.0","info":{"title":"t","version":"1"},
                 "paths":{"/api/members/me":{"get":{"operationId":"getOwnMember","security":[{"bearer":[]}],
                                                    "responses":{"200":{"description":"ok"}}}},
                          "/api/networks":{"get":{"operationId":"listNetworks","security":[],
                                                  "responses":{"200":{"description":"ok"}}}}},
                 "components":{"securitySchemes":{"bearer":{"type":"http","scheme":"bearer"}}}}""");

        var document = merger.merge(List.of(ServiceDocument.available("members", secured)))
                .document();

        assertThat(document.at("/components/securitySchemes/signIn/type").asText())
                .isEqualTo("openIdConnect");
        assertThat(document.at("/components/securitySchemes/signIn/openIdConnectUrl")
                        .asText())
                .isEqualTo("https://id.proud2bops.test/realms/p/.well-known/openid-configuration");
        assertThat(document.at("/paths/~1api~1members~1me/get/security").toString())
                .isEqualTo("[{\"bearer\":[]},{\"signIn\":[]}]");
        assertThat(document.at("/paths/~1api~1networks/get/security").toString())
                .isEqualTo("[]");
    }

    private ObjectNode doc(String path, String method, String operationId) throws Exception {
        return (ObjectNode) mapper.readTree("""
                {"openapi":"3.1.0","info":{"title":"t","version":"1"},
                 "paths":{"%s":{"%s":{"operationId":"%s","responses":{"200":{"description":"ok"}}}}}}""".formatted(path, method, operationId));
    }
}
