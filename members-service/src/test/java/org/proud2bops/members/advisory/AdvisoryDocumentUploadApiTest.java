package org.proud2bops.members.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.proud2bops.members.MembersTestData.asAdmin;
import static org.proud2bops.members.MembersTestData.openCall;
import static org.proud2bops.members.advisory.TestDocuments.DOCX_TYPE;
import static org.proud2bops.members.advisory.TestDocuments.PDF_TYPE;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.proud2bops.members.MembersTestData;
import org.proud2bops.members.MembersTestData.Directory;
import org.proud2bops.members.MembersTestData.Member;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.ManagementInterface;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** What an advisory group application accepts as a CV or covering letter, and how the files are handed out. */
@QuarkusTest
@WithPlatformInfrastructure
class AdvisoryDocumentUploadApiTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private static final String APPLICATIONS = "/api/advisory-group/calls/{callId}/applications";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SubmittedApplication(String id, List<SubmittedDocument> documents) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SubmittedDocument(String kind, String fileName, String contentType) {}

    /** A London member about to apply to a call of their own, so the applications counted are theirs alone. */
    record Applicant(Member member, String callId) {
        static Applicant toANewOpenCall() {
            return new Applicant(MembersTestData.member("LONDON", Directory.UNLISTED), openCall());
        }

        RequestSpecification asThem() {
            return member.asThem();
        }

        int storedApplications() {
            return asAdmin()
                    .queryParam("size", 100)
                    .get(APPLICATIONS, callId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("totalItems");
        }
    }

    private static final ProblemType UNSAFE = ProblemType.UNSAFE_DOCUMENT;
    private static final ProblemType UNSUPPORTED = ProblemType.UNSUPPORTED_MEDIA_TYPE;

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                arguments("a PDF with HTML and script appended", TestDocuments.pdfWithHtmlAndScriptAppended(), UNSAFE),
                arguments("a PDF with other data after its %%EOF", TestDocuments.pdfWithDataAfterItsEnd(), UNSAFE),
                arguments(
                        "a PDF that runs JavaScript when opened",
                        TestDocuments.pdfRunningJavaScriptWhenOpened(),
                        UNSAFE),
                arguments("an encrypted PDF", TestDocuments.encryptedPdf(), UNSAFE),
                arguments("a ZIP holding only a program", TestDocuments.zipHoldingAProgram(), UNSAFE),
                arguments("a DOCX carrying a program among its parts", TestDocuments.docxCarryingAProgram(), UNSAFE),
                arguments("a macro-enabled Word document", TestDocuments.macroEnabledDocx(), UNSAFE),
                arguments("a text file", TestDocuments.textFile(), UNSUPPORTED),
                arguments("a ZIP that is not a Word document", TestDocuments.zipWithoutAWordDocument(), UNSUPPORTED),
                arguments("bytes that only start like a PDF", "%PDF-1.7 not really".getBytes(), UNSUPPORTED),
                arguments("an empty file", new byte[0], ProblemType.VALIDATION_FAILED));
    }

    @ParameterizedTest(name = "{0} is refused as a CV")
    @MethodSource("refusedFiles")
    void aRefusedCvIsAProblemNamingTheFieldAndNothingIsStored(String what, byte[] file, ProblemType refusal) {
        Applicant applicant = Applicant.toANewOpenCall();

        applicant
                .asThem()
                .multiPart("cv", "cv.docx", file, DOCX_TYPE)
                .multiPart("coveringLetter", "letter.docx", TestDocuments.docx(), DOCX_TYPE)
                .post(APPLICATIONS, applicant.callId())
                .then()
                .spec(problem(refusal))
                .body("status", equalTo(refusal.status()))
                .body("field", equalTo("cv"));

        assertThat(applicant.storedApplications()).isZero();
    }

    @ParameterizedTest(name = "{0} is refused as a covering letter")
    @MethodSource("refusedFiles")
    void aRefusedCoveringLetterIsAProblemNamingTheFieldAndNothingIsStored(
            String what, byte[] file, ProblemType refusal) {
        Applicant applicant = Applicant.toANewOpenCall();

        applicant
                .asThem()
                .multiPart("cv", "cv.pdf", TestDocuments.pdf(), PDF_TYPE)
                .multiPart("coveringLetter", "letter.pdf", file, PDF_TYPE)
                .post(APPLICATIONS, applicant.callId())
                .then()
                .spec(problem(refusal))
                .body("status", equalTo(refusal.status()))
                .body("field", equalTo("coveringLetter"));

        assertThat(applicant.storedApplications()).isZero();
    }

    @Test
    void aFileOverTheLimitOrMissingIsAProblemNamingTheField() {
        Applicant applicant = Applicant.toANewOpenCall();
        byte[] oversized = Arrays.copyOf(TestDocuments.pdf(), 4 * 1024 * 1024 + 1);

        applicant
                .asThem()
                .multiPart("cv", "cv.pdf", TestDocuments.pdf(), PDF_TYPE)
                .multiPart("coveringLetter", "letter.pdf", oversized, PDF_TYPE)
                .post(APPLICATIONS, applicant.callId())
                .then()
                .spec(problem(ProblemType.CONTENT_TOO_LARGE))
                .body("field", equalTo("coveringLetter"));
        applicant
                .asThem()
                .multiPart("coveringLetter", "letter.docx", TestDocuments.docx(), DOCX_TYPE)
                .post(APPLICATIONS, applicant.callId())
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED))
                .body("field", equalTo("cv"));

        assertThat(applicant.storedApplications()).isZero();
    }

    @Test
    void aPdfAndADocxAreAcceptedByContentWhateverTheirDeclaredTypes() {
        Applicant applicant = Applicant.toANewOpenCall();

        applicant
                .asThem()
                .multiPart("cv", "cv.txt", TestDocuments.pdf(), "text/plain")
                .multiPart("coveringLetter", "letter", TestDocuments.docx(), "application/octet-stream")
                .post(APPLICATIONS, applicant.callId())
                .then()
                .statusCode(201)
                .body("documents.contentType", equalTo(List.of(PDF_TYPE, DOCX_TYPE)));
    }

    @Test
    void downloadsAreUncachedUnsniffedAttachmentsUnderServerChosenNames() {
        Applicant applicant = Applicant.toANewOpenCall();
        byte[] cv = TestDocuments.pdf();
        byte[] letter = TestDocuments.docx();
        SubmittedApplication submitted = applicant
                .asThem()
                .multiPart("cv", "../../\"evil\".html", cv, PDF_TYPE)
                .multiPart("coveringLetter", "letter<script>.docx", letter, DOCX_TYPE)
                .post(APPLICATIONS, applicant.callId())
                .then()
                .statusCode(201)
                .extract()
                .as(SubmittedApplication.class);
        String applicationId = submitted.id();
        assertThat(submitted.documents())
                .extracting(SubmittedDocument::fileName)
                .containsExactly("cv-" + applicationId + ".pdf", "covering-letter-" + applicationId + ".docx");

        byte[] downloadedCv =
                downloadAttachment(applicant.asThem(), applicationId, "CV", PDF_TYPE, "cv-" + applicationId + ".pdf");
        byte[] downloadedLetter = downloadAttachment(
                asAdmin(), applicationId, "COVERING_LETTER", DOCX_TYPE, "covering-letter-" + applicationId + ".docx");

        assertThat(downloadedCv).isEqualTo(cv);
        assertThat(downloadedLetter).isEqualTo(letter);
    }

    private static byte[] downloadAttachment(
            RequestSpecification caller, String applicationId, String kind, String contentType, String fileName) {
        return caller.get("/api/advisory-group/applications/{id}/documents/{kind}", applicationId, kind)
                .then()
                .statusCode(200)
                .contentType(contentType)
                .header("Content-Disposition", equalTo("attachment; filename=\"" + fileName + "\""))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("private, no-store"))
                .extract()
                .asByteArray();
    }

    @Test
    void theDownloadOperationDeclaresTheHeadersItSends() {
        ManagementInterface.at(management)
                .accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .rootPath(
                        "paths.'/api/advisory-group/applications/{applicationId}/documents/{kind}'.get.responses.'200'.headers")
                .body("", hasKey("Content-Disposition"))
                .body("", hasKey("X-Content-Type-Options"))
                .body("", hasKey("Cache-Control"));
    }
}
