package org.proud2bops.members.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.proud2bops.members.administration.ImportReport.Outcome;
import org.proud2bops.members.administration.ImportReport.RowOutcome;
import org.proud2bops.members.administration.ImportReport.RowProblem;
import org.proud2bops.members.member.CommunicationChoices;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberFilter;
import org.proud2bops.members.member.MemberRepository;
import org.proud2bops.members.member.MemberService;
import org.proud2bops.members.member.MemberStatus;
import org.proud2bops.members.member.NewMember;
import org.proud2bops.members.member.Region;
import org.proud2bops.members.member.RoleLevel;
import org.proud2bops.members.organisation.OrganisationChoice;
import org.proud2bops.members.organisation.OrganisationRepository;
import org.proud2bops.members.organisation.OrganisationType;

/**
 * What admins do with members in bulk: import them from a CSV file, export them as one, and count them for dashboards.
 * An import checks every row before anything is written; a row with a problem is reported and skipped whole, never
 * half-written. A row whose email is already a member changes nothing, so running the same file again adds nobody
 * twice.
 */
@ApplicationScoped
public class AdministrationService {

    private static final int BATCH = 100;
    /** Members without an organisation on the list (none given, or one proposed and not yet reviewed). */
    static final String NO_LISTED_ORGANISATION = "UNLISTED";

    private final MemberRepository members;
    private final OrganisationRepository organisations;
    private final MemberFiguresRepository figures;
    private final MemberService memberService;
    private final MemberCsv csv;
    private final Validator validator;

    public AdministrationService(
            MemberRepository members,
            OrganisationRepository organisations,
            MemberFiguresRepository figures,
            MemberService memberService,
            MemberCsv csv,
            Validator validator) {
        this.members = members;
        this.organisations = organisations;
        this.figures = figures;
        this.memberService = memberService;
        this.csv = csv;
        this.validator = validator;
    }

    /** Checks every row of the file; unless it is a dry run, adds the valid ones as active members. */
    @Transactional
    public ImportReport importMembers(String file, ImportMode mode, String importedBy) {
        List<ImportedRow> rows = csv.read(file);
        List<RowOutcome> results = new ArrayList<>();
        Set<String> emailsInFile = new HashSet<>();
        for (int index = 0; index < rows.size(); index++) {
            ImportedRow row = rows.get(index);
            int rowNumber = index + 2;
            List<RowProblem> problems = problemsOf(row);
            String email = row.email() == null ? null : row.email().strip();
            if (problems.isEmpty() && !emailsInFile.add(email.toLowerCase(Locale.ROOT))) {
                problems.add(new RowProblem("email", "appears in an earlier row of this file"));
            }
            if (!problems.isEmpty()) {
                results.add(new RowOutcome(rowNumber, email, Outcome.REJECTED, null, problems));
                continue;
            }
            Optional<Member> existing = members.findByEmail(email);
            if (existing.isPresent()) {
                results.add(new RowOutcome(rowNumber, email, Outcome.ALREADY_MEMBER, existing.get().id, List.of()));
            } else if (mode == ImportMode.DRY_RUN) {
                results.add(new RowOutcome(rowNumber, email, Outcome.WOULD_CREATE, null, List.of()));
            } else {
                Member created = memberService.register(toNewMember(row), importedBy);
                results.add(new RowOutcome(rowNumber, email, Outcome.CREATED, created.id, List.of()));
                if (results.size() % BATCH == 0) {
                    members.flushAndClear();
                }
            }
        }
        return ImportReport.of(mode, results);
    }

    /** Every member the filter picks, in its order, as CSV. */
    public String export(MemberFilter filter) {
        return csv.write(members.filtered(filter).list());
    }

    public MemberFigures figures() {
        Map<String, Long> byRegion = zeroes(Region.values());
        byRegion.putAll(figures.activeByRegion());
        Map<String, Long> byType = zeroes(OrganisationType.values());
        byType.put(NO_LISTED_ORGANISATION, 0L);
        byType.putAll(figures.activeByOrganisationType(NO_LISTED_ORGANISATION));
        Map<String, Long> byStatus = zeroes(Arrays.stream(MemberStatus.values())
                .filter(status -> status != MemberStatus.ERASED)
                .toArray(MemberStatus[]::new));
        byStatus.putAll(figures.byStatusExceptErased());
        return new MemberFigures(
                byStatus.get(MemberStatus.ACTIVE.name()), byRegion, byType, byStatus, figures.activeByMonthJoined());
    }

    private static Map<String, Long> zeroes(Enum<?>[] keys) {
        Map<String, Long> map = new LinkedHashMap<>();
        Arrays.stream(keys).forEach(key -> map.put(key.name(), 0L));
        return map;
    }

    private List<RowProblem> problemsOf(ImportedRow row) {
        List<RowProblem> problems = new ArrayList<>(validator.validate(row).stream()
                .sorted(Comparator.comparing((ConstraintViolation<ImportedRow> v) ->
                        v.getPropertyPath().toString()))
                .map(v -> new RowProblem(v.getPropertyPath().toString(), v.getMessage()))
                .toList());
        checkEnum(row.roleLevel(), RoleLevel.class, "roleLevel", problems);
        checkEnum(row.region(), Region.class, "region", problems);
        if (present(row.organisationOdsCode()) && present(row.proposedOrganisation())) {
            problems.add(
                    new RowProblem("organisationOdsCode", "give an ODS code or a proposed organisation, not both"));
        } else if (present(row.organisationOdsCode())
                && problems.stream().noneMatch(p -> p.field().equals("organisationOdsCode"))
                && organisations.findByOdsCode(row.organisationOdsCode()).isEmpty()) {
            problems.add(
                    new RowProblem("organisationOdsCode", "no organisation has ODS code " + row.organisationOdsCode()));
        }
        if (!present(row.region()) && !present(row.organisationOdsCode())) {
            problems.add(new RowProblem("region", "give a region, or an organisation on the list"));
        }
        return problems;
    }

    private static NewMember toNewMember(ImportedRow row) {
        return new NewMember(
                row.givenName(),
                row.familyName(),
                row.email(),
                blankToNull(row.jobTitle()),
                parse(row.roleLevel(), RoleLevel::valueOf),
                new OrganisationChoice(blankToNull(row.organisationOdsCode()), blankToNull(row.proposedOrganisation())),
                parse(row.region(), Region::valueOf),
                row.directoryVisible() != null
                        && Set.of("true", "yes")
                                .contains(row.directoryVisible().strip().toLowerCase(Locale.ROOT)),
                CommunicationChoices.NONE,
                null);
    }

    private static <E extends Enum<E>> void checkEnum(
            String value, Class<E> type, String field, List<RowProblem> problems) {
        if (present(value)
                && Arrays.stream(type.getEnumConstants())
                        .noneMatch(c -> c.name().equalsIgnoreCase(value.strip()))) {
            problems.add(new RowProblem(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
        }
    }

    private static <E> E parse(String value, Function<String, E> parser) {
        return present(value) ? parser.apply(value.strip().toUpperCase(Locale.ROOT)) : null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return present(value) ? value : null;
    }
}
