package org.proud2bops.members.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proud2bops.members.MembersTestData.member;
import static org.proud2bops.members.MembersTestData.registeredMemberId;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.proud2bops.members.MembersTestData.Directory;
import org.proud2bops.members.MembersTestData.Member;
import org.proud2bops.members.MembersTestData.NewMember;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** The V8 migration tells other services the sign-in of members linked before the link was published. */
@QuarkusTest
@WithPlatformInfrastructure
class AccountSubjectBackfillTest {

    private static final String MIGRATION = "db/migration/V8__publish_linked_account_subjects.sql";

    @Inject
    EntityManager entityManager;

    @Test
    void everyLinkedMemberGetsOneMemberAccountLinkedFact() throws IOException {
        Member linked = member("LONDON", Directory.UNLISTED);
        String linkedId = linked.id();
        String unlinkedId = registeredMemberId(NewMember.any());
        String subject = linked.subject();
        linked.asThem().get("/api/members/me").then().statusCode(200);
        String script = migration();

        // Run the migration inside a transaction that is rolled back, so no other test sees its effects
        QuarkusTransaction.begin();
        try {
            Instant before = Instant.now().minus(Duration.ofSeconds(1));
            Arrays.stream(script.split(";"))
                    .map(String::strip)
                    .filter(statement -> !statement.isEmpty())
                    .forEach(statement ->
                            entityManager.createNativeQuery(statement).executeUpdate());

            assertThat(linkedFacts(unlinkedId)).isZero();
            assertThat(linkedFacts(linkedId)).isEqualTo(2); // the one published at sign-in, and the backfill's
            JsonPath payload = JsonPath.from((String) entityManager
                    .createNativeQuery("""
                    select payload::text from outbox_event
                    where aggregateid = ?1 and type = 'org.proud2bops.members.MemberAccountLinked'
                    order by "timestamp" desc limit 1""")
                    .setParameter(1, linkedId)
                    .getSingleResult());
            assertThat(payload.getString("memberId")).isEqualTo(linkedId);
            assertThat(payload.getString("accountSubject")).isEqualTo(subject);
            assertThat(Instant.parse(payload.getString("linkedAt"))).isAfter(before);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private long linkedFacts(String memberId) {
        return ((Number) entityManager
                        .createNativeQuery("""
                select count(*) from outbox_event
                where aggregateid = ?1 and type = 'org.proud2bops.members.MemberAccountLinked'""")
                        .setParameter(1, memberId)
                        .getSingleResult())
                .longValue();
    }

    private static String migration() throws IOException {
        try (InputStream in = AccountSubjectBackfillTest.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.startsWith("--")).reduce("", (all, line) -> all + line + "\n");
        }
    }
}
