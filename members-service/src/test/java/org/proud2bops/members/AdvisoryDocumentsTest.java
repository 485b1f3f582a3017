package org.proud2bops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.proud2bops.members.Callers.as;
import static org.proud2bops.members.Callers.asAdmin;
import static org.proud2bops.members.TestDocuments.DOCX_TYPE;
import static org.proud2bops.members.TestDocuments.PDF_TYPE;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.proud2bops.platform.testing.ManagementInterface;

/** What an advisory group application accepts as a CV or covering letter, and how the files are handed out. */
@QuarkusTest
class AdvisoryDocumentsTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private static final String PROBLEM = "application/problem+json";

    record Applicant(String token, String applicationsPath) {
        static Applicant toANewOpenCall() {
            Instant now = Instant.now();
            String callId = AdvisoryGroupTest.createCall(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.DAYS));
            return new Applicant(
                    MemberAccessTest.personOf(MemberAccessTest.register("LONDON", false)),
                    "/api/advisory-group/calls/" + callId + "/applications");
        }

        int storedApplications() {
            return asAdmin()
                    .queryParam("size", 100)
                    .get(applicationsPath)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("totalItems");
        }
    }

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                arguments("a PDF with HTML and script appended", TestDocuments.pdfWithHtmlAndScriptAppended(), 422),
                arguments("a PDF with other data after its %%EOF", TestDocuments.pdfWithDataAfterItsEnd(), 422),
                arguments(
                        "a PDF that runs JavaScript when opened", TestDocuments.pdfRunningJavaScriptWhenOpened(), 422),
                arguments("an encrypted PDF", TestDocuments.encryptedPdf(), 422),
                arguments("a ZIP holding only a program", TestDocuments.zipHoldingAProgram(), 422),
                arguments("a DOCX carrying a program among its parts", TestDocuments.docxCarryingAProgram(), 422),
                arguments("a macro-enabled Word document", TestDocuments.macroEnabledDocx(), 422),
                arguments("a text file", TestDocuments.textFile(), 415),
                arguments("a ZIP that is not a Word document", TestDocuments.zipWithoutAWordDocument(), 415),
                arguments("bytes that only start like a PDF", "%PDF-1.7 not really".getBytes(), 415),
                arguments("an empty file", new byte[0], 400));
    }

    @ParameterizedTest(name = "{0} is refused as a CV")
    @MethodSource("refusedFiles")
    void aRefusedCvIsAProblemNamingTheFieldAndNothingIsStored(String what, byte[] file, int status) {
        Applicant applicant = Applicant.toANewOpenCall();

        as(applicant.token())
                .multiPart("cv", "cv.docx", file, DOCX_TYPE)
                .multiPart("coveringLetter", "letter.docx", TestDocuments.docx(), DOCX_TYPE)
                .post(applicant.applicationsPath())
                .then()
                .statusCode(status)
                .contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("field", equalTo("cv"));

        assertThat(applicant.storedApplications()).isZero();
    }

    @ParameterizedTest(name = "{0} is refused as a covering letter")
    @MethodSource("refusedFiles")
    void aRefusedCoveringLetterIsAProblemNamingTheFieldAndNothingIsStored(String what, byte[] file, int status) {
        Applicant applicant = Applicant.toANewOpenCall();

        as(applicant.token())
                .multiPart("cv", "cv.pdf", TestDocuments.pdf(), PDF_TYPE)
                .multiPart("coveringLetter", "letter.pdf", file, PDF_TYPE)
                .post(applicant.applicationsPath())
                .then()
                .statusCode(status)
                .contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("field", equalTo("coveringLetter"));

        assertThat(applicant.storedApplications()).isZero();
    }

    @Test
    void aFileOverTheLimitOrMissingIsAProblemNamingTheField() {
        Applicant applicant = Applicant.toANewOpenCall();
        byte[] oversized = Arrays.copyOf(TestDocuments.pdf(), 4 * 1024 * 1024 + 1);

        as(applicant.token())
                .multiPart("cv", "cv.pdf", TestDocuments.pdf(), PDF_TYPE)
                .multiPart("coveringLetter", "letter.pdf", oversized, PDF_TYPE)
                .post(applicant.applicationsPath())
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("field", equalTo("coveringLetter"));
        as(applicant.token())
                .multiPart("coveringLetter", "letter.docx", TestDocuments.docx(), DOCX_TYPE)
                .post(applicant.applicationsPath())
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("field", equalTo("cv"));

        assertThat(applicant.storedApplications()).isZero();
    }

    @Test
    void aPdfAndADocxAreAcceptedByContentWhateverTheirDeclaredTypes() {
        Applicant applicant = Applicant.toANewOpenCall();

        as(applicant.token())
                .multiPart("cv", "cv.txt", TestDocuments.pdf(), "text/plain")
                .multiPart("coveringLetter", "letter", TestDocuments.docx(), "application/octet-stream")
                .post(applicant.applicationsPath())
                .then()
                .statusCode(201)
                .body("documents.contentType", equalTo(List.of(PDF_TYPE, DOCX_TYPE)));
    }

    @Test
    void aDownloadIsAnAttachmentUnderAServerChosenNameThatIsNeitherSniffedNorCached() {
        Applicant applicant = Applicant.toANewOpenCall();
        byte[] cv = TestDocuments.pdf();
        byte[] letter = TestDocuments.docx();
        var submitted = as(applicant.token())
                .multiPart("cv", "../../\"evil\".html", cv, PDF_TYPE)
                .multiPart("coveringLetter", "letter<script>.docx", letter, DOCX_TYPE)
                .post(applicant.applicationsPath())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String applicationId = submitted.getString("id");
        assertThat(submitted.getList("documents.fileName"))
                .containsExactly("cv-" + applicationId + ".pdf", "covering-letter-" + applicationId + ".docx");

        byte[] downloadedCv =
                downloadAttachment(applicant.token(), applicationId, "CV", PDF_TYPE, "cv-" + applicationId + ".pdf");
        byte[] downloadedLetter = downloadAttachment(
                Callers.adminToken(),
                applicationId,
                "COVERING_LETTER",
                DOCX_TYPE,
                "covering-letter-" + applicationId + ".docx");

        assertThat(downloadedCv).isEqualTo(cv);
        assertThat(downloadedLetter).isEqualTo(letter);
    }

    private static byte[] downloadAttachment(
            String token, String applicationId, String kind, String contentType, String fileName) {
        return as(token)
                .get("/api/advisory-group/applications/" + applicationId + "/documents/" + kind)
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
