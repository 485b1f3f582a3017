package org.proud2bops.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proud2bops.gateway.routing.OperationRoute;
import org.proud2bops.gateway.routing.RouteIndex;

class RouteIndexTest {

    private final RouteIndex index = RouteIndex.of(List.of(
            OperationRoute.of("get", "/api/events/{eventId}/registrations", "events", Map.of()),
            OperationRoute.of("post", "/api/events/{eventId}/registrations", "events", Map.of()),
            OperationRoute.of("get", "/api/events/me/registrations", "events", Map.of()),
            OperationRoute.of("get", "/api/members/{memberId}", "members", Map.of()),
            OperationRoute.of("get", "/api/events/{eventId}.ics", "events", Map.of())));

    @Test
    void aVariableMatchesExactlyOneNonEmptySegment() {
        assertThat(templatesMatching("/api/members/42")).containsExactly("/api/members/{memberId}");
        assertThat(templatesMatching("/api/members/42/extra")).isEmpty();
        assertThat(templatesMatching("/api/members/")).isEmpty();
        assertThat(templatesMatching("/api/members")).isEmpty();
    }

    @Test
    void literalSegmentsComeBeforeVariables() {
        assertThat(templatesMatching("/api/events/me/registrations"))
                .containsExactly("/api/events/me/registrations", "/api/events/{eventId}/registrations");
    }

    @Test
    void operationsOfOneTemplateAreFoundByMethod() {
        Map<String, OperationRoute> byMethod =
                index.matching("/api/events/e-1/registrations").getFirst();

        assertThat(byMethod.keySet()).containsExactly("GET", "POST");
        assertThat(byMethod.get("POST").service()).isEqualTo("events");
    }

    @Test
    void aVariableInsideASegmentKeepsTheRestOfTheSegmentLiteral() {
        assertThat(templatesMatching("/api/events/e-1.ics")).containsExactly("/api/events/{eventId}.ics");
        assertThat(templatesMatching("/api/events/e-1.pdf")).isEmpty();
        assertThat(templatesMatching("/api/events/.ics")).isEmpty();
    }

    private List<String> templatesMatching(String path) {
        return index.matching(path).stream()
                .map(byMethod -> byMethod.values().iterator().next().pathTemplate())
                .toList();
    }
}
