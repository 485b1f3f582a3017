package org.proud2bops.members;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.domain.MemberRepository;
import org.proud2bops.members.messaging.MemberSnapshot;
import org.proud2bops.platform.testing.TestTokens;

/** The V8 migration tells other services the sign-in of members linked before snapshots carried it. */
@QuarkusTest
class AccountSubjectBackfillTest {

    private static final String MIGRATION = "db/migration/V8__publish_linked_account_subjects.sql";

    @Inject
    EntityManager entityManager;

    @Inject
    MemberRepository members;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void theBackfilledFactIsTheSnapshotTheServiceWouldPublishWithANewerVersion() throws IOException {
        String email = MemberResourceTest.uniqueEmail();
        UUID memberId = UUID.fromString(MemberResourceTest.register(MemberResourceTest.newMember(email)).then()
                .statusCode(201).extract().path("id"));
        String subject = "person-" + memberId;
        Callers.as(TestTokens.forSubject(subject).roles("member").email(email, true).bearer())
                .get("/api/members/me").then().statusCode(200);
        String script = migration();

        // Run the migration inside a transaction that is rolled back, so no other test sees its effects
        QuarkusTransaction.begin();
        try {
            long versionBefore = members.findById(memberId).version;
            Arrays.stream(script.split(";")).map(String::strip).filter(statement -> !statement.isEmpty())
                    .forEach(statement -> entityManager.createNativeQuery(statement).executeUpdate());
            entityManager.clear();
            String payload = (String) entityManager.createNativeQuery("""
                    select payload::text from outbox_event
                    where aggregateid = ?1 and type = 'org.proud2bops.members.MemberUpdated'
                    order by "timestamp" desc, payload->>'version' desc limit 1""")
                    .setParameter(1, memberId.toString()).getSingleResult();
            var member = members.findById(memberId);

            assertThat(member.version).isEqualTo(versionBefore + 1);
            JsonNode backfilled = read(payload);
            JsonNode published = objectMapper.valueToTree(MemberSnapshot.of(member));
            assertThat(Instant.parse(backfilled.get("joinedAt").asText()))
                    .isEqualTo(Instant.parse(published.get("joinedAt").asText()));
            assertThat(backfilled.get("version").asLong()).isEqualTo(published.get("version").asLong());
            // Compared by value above: the SQL and Jackson may write the same time and number differently
            ((ObjectNode) backfilled).remove(List.of("joinedAt", "version"));
            ((ObjectNode) published).remove(List.of("joinedAt", "version"));
            assertThat(backfilled).isEqualTo(published);
            assertThat(backfilled.get("accountSubject").asText()).isEqualTo(subject);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private JsonNode read(String json) {
        try {
            return objectMapper.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String migration() throws IOException {
        try (InputStream in = AccountSubjectBackfillTest.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.startsWith("--")).reduce("", (all, line) -> all + line + "\n");
        }
    }
}
