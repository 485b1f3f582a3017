package org.proud2bops.members.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proud2bops.members.config.MembersConfig;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberStatus;
import org.proud2bops.members.member.Region;
import org.proud2bops.members.member.RoleLevel;
import org.proud2bops.members.member.TestRecords;
import org.proud2bops.platform.problem.ProblemType;

class MemberCsvTest {

    private static final int MAX_ROWS = 3;

    private final MemberCsv csv = new MemberCsv(config(MAX_ROWS));

    @Test
    void readsEachDataRowWithBlankCellsAsAbsent() {
        List<ImportedRow> rows = csv.read("""
                givenName,familyName,email,region,directoryVisible
                Aisha,Okafor,aisha@example.org,LONDON,yes
                Ben,"Smith, Jr",ben@example.org,,
                """);

        assertThat(rows)
                .containsExactly(
                        new ImportedRow(
                                "Aisha", "Okafor", "aisha@example.org", null, null, null, null, "LONDON", "yes"),
                        new ImportedRow("Ben", "Smith, Jr", "ben@example.org", null, null, null, null, null, null));
    }

    @ParameterizedTest(name = "{0}: {1} {2} on {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "an empty file                 | ''                                                        | VALIDATION_FAILED | file",
                "a blank file                  | '   '                                                     | VALIDATION_FAILED | file",
                "an unknown column             | 'givenName,familyName,email,nickname\nA,B,a@b.org,Al'     | VALIDATION_FAILED | nickname",
                "a missing required column     | 'givenName,email\nA,a@b.org'                              | VALIDATION_FAILED | familyName",
                "more rows than the limit      | 'givenName,familyName,email\nA,B,a@b\nC,D,c@d\nE,F,e@f\nG,H,g@h' | CONTENT_TOO_LARGE | file",
                "a broken quote                | 'givenName,familyName,email\n\"A,B,a@b.org'               | VALIDATION_FAILED | file"
            })
    void aFileTheImportCannotReadIsOneProblem(String what, String file, ProblemType type, String field) {
        assertThatThrownBy(() -> csv.read(file.replace("\\n", "\n")))
                .isInstanceOfSatisfying(HttpProblem.class, problem -> {
                    assertThat(problem.getType()).isEqualTo(type.uri());
                    assertThat(problem.getParameters()).containsEntry("field", field);
                });
    }

    @Test
    void readsAsManyRowsAsTheLimit() {
        assertThat(csv.read("givenName,familyName,email\nA,B,a@b\nC,D,c@d\nE,F,e@f\n"))
                .hasSize(MAX_ROWS);
    }

    @Test
    void writesAHeaderAndOneRowPerMemberWithoutTheirPreferences() {
        Member member =
                TestRecords.atOrganisation(TestRecords.member("aisha", MemberStatus.ACTIVE, Region.LONDON), "RJ1");
        member.givenName = "Aisha";
        member.familyName = "Okafor, MBE";
        member.email = "aisha@example.org";
        member.roleLevel = RoleLevel.DIRECTOR;
        member.directoryVisible = true;
        member.joinedAt = Instant.parse("2026-01-02T03:04:05Z");

        String written = csv.write(List.of(member));

        assertThat(written.lines().toList())
                .containsExactly(
                        "id,givenName,familyName,email,jobTitle,roleLevel,organisationOdsCode,organisationName,region,"
                                + "status,directoryVisible,joinedAt",
                        "\"" + member.id
                                + "\",Aisha,\"Okafor, MBE\",aisha@example.org,,DIRECTOR,RJ1,\"Trust RJ1\",LONDON,"
                                + "ACTIVE,true,2026-01-02T03:04:05Z");
    }

    static MembersConfig config(int maxRows) {
        return new MembersConfig() {
            @Override
            public String privacyNoticeVersion() {
                return "2026-01";
            }

            @Override
            public Imports imports() {
                return () -> maxRows;
            }

            @Override
            public AdvisoryGroup advisoryGroup() {
                return () -> 4096;
            }

            @Override
            public AccountRemoval accountRemoval() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
