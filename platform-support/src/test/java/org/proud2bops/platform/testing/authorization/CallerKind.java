package org.proud2bops.platform.testing.authorization;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.proud2bops.platform.security.Roles;
import org.proud2bops.platform.testing.TestTokens;

/**
 * The kinds of caller every authorization matrix calls each operation as (its columns), and the words that name each
 * kind in an operation's "Who may:" sentence. People carry the {@code member} role in their token whatever their
 * membership's state, as a token issued before the state changed would; only the state decides their rights.
 */
public enum CallerKind {
    ANONYMOUS("anonymous", "no token"),
    /** An ACTIVE member. */
    MEMBER("member", "signed in|\\bmembers?\\b|for their own|for themsel(f|ves)", Roles.MEMBER),
    APPLICANT("applicant", CallerKind.WITHOUT_MEMBER_RIGHTS, Roles.MEMBER),
    DECLINED("declined", CallerKind.WITHOUT_MEMBER_RIGHTS, Roles.MEMBER),
    LAPSED("lapsed", CallerKind.WITHOUT_MEMBER_RIGHTS, Roles.MEMBER),
    SUSPENDED("suspended", CallerKind.WITHOUT_MEMBER_RIGHTS, Roles.MEMBER),
    LEFT("left", CallerKind.WITHOUT_MEMBER_RIGHTS, Roles.MEMBER),
    /** An active member with the network-lead role who leads a network other than the one the objects belong to. */
    OTHER_NETWORK_LEAD(
            "otherNetworkLead",
            "signed in|\\bmembers?\\b|\\bleads?\\b|for their own|for themsel(f|ves)",
            Roles.MEMBER,
            Roles.NETWORK_LEAD),
    EVENTS_ADMIN("eventsAdmin", "signed in|events admins", Roles.EVENTS_ADMIN),
    CONTENT_EDITOR("contentEditor", "signed in|content editors", Roles.CONTENT_EDITOR),
    ADMIN("admin", "signed in|\\badmins\\b", Roles.ADMIN),
    /** A regional network's client of a region other than the objects' ({@link #OTHER_REGION}). */
    OTHER_REGION_CLIENT("otherRegionClient", "signed in|regional network's client", Roles.REGIONAL_NETWORK);

    /** The region the objects of every matrix belong to. */
    public static final String OBJECTS_REGION = "LONDON";
    /** The region of the regional client and of the people who call. */
    public static final String OTHER_REGION = "NORTH_WEST";

    /** A person whose membership is not active is named only by what anyone signed in may do. */
    private static final String WITHOUT_MEMBER_RIGHTS = "signed in|for their own";

    private final String column;
    private final Pattern namedBy;
    private final String[] roles;

    CallerKind(String column, String words, String... roles) {
        this.column = column;
        this.roles = roles;
        // "anyone" names every caller who has a token, unless it is "anyone else" (who is refused)
        String anyone = column.equals("anonymous") ? "" : "\\banyone\\b(?! else)|";
        this.namedBy = Pattern.compile(anyone + words, Pattern.CASE_INSENSITIVE);
    }

    /**
     * A token for this kind of caller with the given subject: its roles, and for the regional client its client id
     * and region. Add an email for a service that links people by it.
     */
    public TestTokens token(String subject) {
        if (this == ANONYMOUS) {
            throw new IllegalStateException("an anonymous caller has no token");
        }
        TestTokens token = TestTokens.forSubject(subject).roles(roles);
        if (this == OTHER_REGION_CLIENT) {
            String clientId =
                    "regional-" + OTHER_REGION.toLowerCase(Locale.ROOT).replace('_', '-');
            token.claim("client_id", clientId).claim("region", OTHER_REGION);
        }
        return token;
    }

    public String column() {
        return column;
    }

    /** Whether a "Who may:" sentence names this kind of caller. */
    public boolean isNamedIn(String whoMay) {
        return namedBy.matcher(whoMay).find();
    }

    public String words() {
        return namedBy.pattern();
    }

    public static CallerKind ofColumn(String column) {
        return Arrays.stream(values())
                .filter(kind -> kind.column.equals(column))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no kind of caller is called " + column));
    }

    /** Whether this caller is a person with a member record (in some state). */
    public boolean isPersonWithRecord() {
        return switch (this) {
            case MEMBER, APPLICANT, DECLINED, LAPSED, SUSPENDED, LEFT, OTHER_NETWORK_LEAD -> true;
            default -> false;
        };
    }
}
