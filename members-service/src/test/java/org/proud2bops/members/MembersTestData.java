package org.proud2bops.members;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.proud2bops.members.advisory.TestDocuments;
import org.proud2bops.platform.testing.TestTokens;

/**
 * The members a test needs, made through the API as an admin or the person would, and the callers who make requests:
 * each caller's request specification carries a real signed token.
 */
public final class MembersTestData {

    public static final String PRIVACY_NOTICE = "2026-01";
    public static final String ADMIN_SUBJECT = "admin-subject";

    private MembersTestData() {}

    // Callers

    public static RequestSpecification anonymous() {
        return given();
    }

    public static String adminToken() {
        return TestTokens.bearer(ADMIN_SUBJECT, "admin");
    }

    public static RequestSpecification asAdmin() {
        return as(adminToken());
    }

    public static RequestSpecification as(String bearerToken) {
        return given().header("Authorization", bearerToken);
    }

    /** Someone signed in with these roles whose token names no member (no email to link by). */
    public static RequestSpecification asSomeoneWith(String... roles) {
        return as(TestTokens.bearer("someone-" + UUID.randomUUID(), roles));
    }

    /** A signed-in member who has no record here: they see nothing of anyone else's. */
    public static RequestSpecification asStranger() {
        return asSomeoneWith("member");
    }

    /** A regional network's integration client (client credentials). */
    public static RequestSpecification asRegionalClient(String region) {
        return as(TestTokens.regionalClient("regional-" + region.toLowerCase().replace('_', '-'), region));
    }

    /** A member record and the person it belongs to, who signs in with the record's verified email. */
    public record Member(String id, String email, String subject, List<String> roles) {

        public Member {
            roles = List.copyOf(roles);
        }

        /** The person, with a token holding the {@code member} role and their verified email. */
        public RequestSpecification asThem() {
            return as(token());
        }

        public String token() {
            return TestTokens.forSubject(subject)
                    .roles(roles.toArray(String[]::new))
                    .email(email, true)
                    .bearer();
        }

        /** The same person signing in with other roles. */
        public Member withRoles(String... otherRoles) {
            return new Member(id, email, subject, List.of(otherRoles));
        }
    }

    /** Whether a member chose to be listed in the directory. */
    public enum Directory {
        LISTED,
        UNLISTED
    }

    /** A membership application's person and record. */
    public record Applicant(String id, String subject, String token) {

        public RequestSpecification asThem() {
            return as(token);
        }
    }

    // Members

    public static String uniqueEmail() {
        return "member-" + UUID.randomUUID() + "@nhs.example";
    }

    /** A surname no other test uses, so searches see only this test's members. */
    public static String uniqueSurname() {
        StringBuilder name = new StringBuilder("Zed");
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> name.append((char) c));
        return name.toString();
    }

    /** What an admin sends to register a member; {@code null} fields are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewMember(
            String givenName,
            String familyName,
            String email,
            String jobTitle,
            String region,
            String organisationOdsCode,
            String roleLevel,
            Boolean directoryVisible,
            String proposedOrganisation) {

        /** Aisha Okafor, a London general manager with no organisation. */
        public static NewMember withEmail(String email) {
            return new NewMember(
                    "Aisha", "Okafor", email, "General Manager, Surgery", "LONDON", null, null, null, null);
        }

        public static NewMember any() {
            return withEmail(uniqueEmail());
        }

        public NewMember named(String given, String family) {
            return new NewMember(
                    given,
                    family,
                    email,
                    jobTitle,
                    region,
                    organisationOdsCode,
                    roleLevel,
                    directoryVisible,
                    proposedOrganisation);
        }

        public NewMember jobTitle(String title) {
            return new NewMember(
                    givenName,
                    familyName,
                    email,
                    title,
                    region,
                    organisationOdsCode,
                    roleLevel,
                    directoryVisible,
                    proposedOrganisation);
        }

        public NewMember inRegion(String inRegion) {
            return new NewMember(
                    givenName,
                    familyName,
                    email,
                    jobTitle,
                    inRegion,
                    organisationOdsCode,
                    roleLevel,
                    directoryVisible,
                    proposedOrganisation);
        }

        /** Working at a listed organisation, whose region becomes the member's. */
        public NewMember at(String odsCode, String level) {
            return new NewMember(
                    givenName,
                    familyName,
                    email,
                    jobTitle,
                    null,
                    odsCode,
                    level,
                    directoryVisible,
                    proposedOrganisation);
        }

        public NewMember listed(boolean visible) {
            return new NewMember(
                    givenName,
                    familyName,
                    email,
                    jobTitle,
                    region,
                    organisationOdsCode,
                    roleLevel,
                    visible,
                    proposedOrganisation);
        }

        public NewMember proposing(String organisationName) {
            return new NewMember(
                    givenName,
                    familyName,
                    email,
                    jobTitle,
                    region,
                    organisationOdsCode,
                    roleLevel,
                    directoryVisible,
                    organisationName);
        }
    }

    /** The parts of a member response tests read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MemberView(
            String id,
            String givenName,
            String familyName,
            String email,
            String jobTitle,
            String region,
            String status,
            boolean directoryVisible,
            OrganisationRef organisation) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrganisationRef(String odsCode, String name, String type, String proposalId) {}

    public static Response registerMember(NewMember member) {
        return asAdmin().contentType(ContentType.JSON).body(member).post("/api/members");
    }

    /** A member an admin registered (active from the start). */
    public static String registeredMemberId(NewMember member) {
        return registerMember(member).then().statusCode(201).extract().path("id");
    }

    /** An active member of the region, listed in the directory or not, who has not signed in yet. */
    public static Member member(String region, Directory directory) {
        String email = uniqueEmail();
        String id = registeredMemberId(NewMember.withEmail(email).inRegion(region));
        if (directory == Directory.LISTED) {
            asAdmin()
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body("""
                            {"directoryVisible": true}""")
                    .patch("/api/members/{id}", id)
                    .then()
                    .statusCode(200);
        }
        return new Member(id, email, "person-" + UUID.randomUUID(), List.of("member"));
    }

    /** A member registered by an admin, and the person who signed in with its email once (which links the two). */
    public static Member signedInMember(String region) {
        Member member = member(region, Directory.UNLISTED);
        member.asThem().get("/api/members/me").then().statusCode(200);
        return member;
    }

    // Lifecycle

    /** What a person sends to apply for membership; {@code null} fields are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Application(
            String givenName,
            String familyName,
            String jobTitle,
            String roleLevel,
            String organisationOdsCode,
            String proposedOrganisation,
            Map<String, Boolean> communicationPreferences,
            String privacyNoticeVersion) {

        /** Priya Shah, a service manager at the organisation, who wants news emails and accepts the notice. */
        public static Application at(String odsCode) {
            return new Application(
                    "Priya",
                    "Shah",
                    "Service Manager, Outpatients",
                    "SERVICE_MANAGER",
                    odsCode,
                    null,
                    Map.of("newsEmails", true),
                    PRIVACY_NOTICE);
        }

        public Application acceptingNotice(String version) {
            return new Application(
                    givenName,
                    familyName,
                    jobTitle,
                    roleLevel,
                    organisationOdsCode,
                    proposedOrganisation,
                    communicationPreferences,
                    version);
        }

        public Application proposing(String organisationName) {
            return new Application(
                    givenName,
                    familyName,
                    jobTitle,
                    roleLevel,
                    organisationOdsCode,
                    organisationName,
                    communicationPreferences,
                    privacyNoticeVersion);
        }
    }

    /** A status change as an admin, lead or the member sends it; a {@code null} reason is left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StatusChange(String status, String reason) {}

    /** A person with a verified email who applied to work at the organisation. */
    public static Applicant applicant(String odsCode) {
        String subject = "applicant-" + UUID.randomUUID();
        String token = TestTokens.forSubject(subject)
                .roles("member")
                .email(uniqueEmail(), true)
                .bearer();
        String id = as(token)
                .contentType(ContentType.JSON)
                .body(Application.at(odsCode))
                .post("/api/members/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Applicant(id, subject, token);
    }

    public static void changeStatus(String memberId, String status, String reason) {
        asAdmin()
                .contentType(ContentType.JSON)
                .body(new StatusChange(status, reason))
                .post("/api/members/{id}/status-changes", memberId)
                .then()
                .statusCode(200);
    }

    // Networks

    public static void join(String network, Member member) {
        join(network, member.id());
    }

    public static void join(String network, String memberId) {
        asAdmin()
                .put("/api/networks/{slug}/members/{memberId}", network, memberId)
                .then()
                .statusCode(200);
    }

    public static void appointLead(String network, Member member) {
        asAdmin()
                .put("/api/networks/{slug}/leads/{memberId}", network, member.id())
                .then()
                .statusCode(200);
    }

    /** A London member who joined the network and was appointed its lead, signing in as a network lead. */
    public static Member leadOf(String network) {
        Member lead = member("LONDON", Directory.LISTED);
        join(network, lead);
        appointLead(network, lead);
        return lead.withRoles("member", "network-lead");
    }

    public static void createTrustNetwork(String odsCode) {
        asAdmin().contentType(ContentType.JSON).body(Map.of("odsCode", odsCode)).post("/api/networks");
    }

    // Organisations

    /** An organisation as an admin adds or renames it; {@code null} fields are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewOrganisation(String odsCode, String name, String type, String region) {

        /** A South West community organisation. */
        public static NewOrganisation community(String odsCode, String name) {
            return new NewOrganisation(odsCode, name, "COMMUNITY", "SOUTH_WEST");
        }
    }

    public static String uniqueOdsCode() {
        return "T" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
    }

    /** An organisation nobody has used yet, in London, with no network. */
    public static String newOrganisation() {
        String odsCode = "Z"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        createOrganisation(new NewOrganisation(odsCode, "Trust " + odsCode, "ACUTE", "LONDON"));
        return odsCode;
    }

    public static void createOrganisation(NewOrganisation organisation) {
        asAdmin()
                .contentType(ContentType.JSON)
                .body(organisation)
                .post("/api/organisations")
                .then()
                .statusCode(201);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Proposal(String id, String name, String status) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProposalPage(List<Proposal> items) {}

    /** The pending proposal of an organisation that is not listed, made by registering a member who works there. */
    public static String proposal() {
        String name = "Proposed Trust " + UUID.randomUUID();
        registerMember(NewMember.any().proposing(name)).then().statusCode(201);
        return asAdmin()
                .queryParam("size", 100)
                .get("/api/organisations/proposals")
                .then()
                .statusCode(200)
                .extract()
                .as(ProposalPage.class)
                .items()
                .stream()
                .filter(proposal -> name.equals(proposal.name()))
                .findFirst()
                .map(Proposal::id)
                .orElseThrow();
    }

    // Advisory group

    public static final byte[] PDF = TestDocuments.pdf();
    public static final byte[] DOCX = TestDocuments.docx();

    /** A call for the advisory group as an admin writes it. */
    public record AdvisoryCall(
            String title, String description, String opensAt, String closesAt, String termStartsOn, String termEndsOn) {

        /** The 2027 call, open between the two times, its term running to 2099. */
        public static AdvisoryCall between(Instant opensAt, Instant closesAt) {
            return new AdvisoryCall(
                    "Advisory Group 2027",
                    "Help steer the network; three meetings a year, attend at least 75%.",
                    opensAt.toString(),
                    closesAt.toString(),
                    "2027-01-01",
                    "2099-12-31");
        }

        public AdvisoryCall describedAs(String text) {
            return new AdvisoryCall(title, text, opensAt, closesAt, termStartsOn, termEndsOn);
        }
    }

    public static String createCall(Instant opensAt, Instant closesAt) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(AdvisoryCall.between(opensAt, closesAt))
                .post("/api/advisory-group/calls")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A call that opened an hour ago and closes in a day. */
    public static String openCall() {
        Instant now = Instant.now();
        return createCall(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.DAYS));
    }

    /** The caller's application request with a CV and a covering letter. */
    public static RequestSpecification withDocuments(
            RequestSpecification caller, byte[] cv, String cvType, byte[] letter, String letterType) {
        return caller.multiPart("cv", "cv.pdf", cv, cvType)
                .multiPart("coveringLetter", "letter.docx", letter, letterType);
    }

    /** The caller's application request with a PDF CV and a Word covering letter. */
    public static RequestSpecification withPdfAndDocx(RequestSpecification caller) {
        return withDocuments(caller, PDF, TestDocuments.PDF_TYPE, DOCX, TestDocuments.DOCX_TYPE);
    }

    /** The member's application to the call, with a PDF CV and a Word covering letter. */
    public static String advisoryApplication(Member member, String callId) {
        return withPdfAndDocx(member.asThem())
                .post("/api/advisory-group/calls/{callId}/applications", callId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    // Administration

    /** The file imported: valid rows are written. */
    public static Response importCsv(String csv) {
        return postCsv(csv, false);
    }

    /** The file checked as an import would, writing nothing. */
    public static Response dryRunImport(String csv) {
        return postCsv(csv, true);
    }

    private static Response postCsv(String csv, boolean dryRun) {
        return asAdmin()
                .contentType("text/csv; charset=UTF-8")
                .queryParam("dryRun", dryRun)
                .body(csv)
                .post("/api/members/imports");
    }
}
