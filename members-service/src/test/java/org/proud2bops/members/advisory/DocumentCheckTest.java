package org.proud2bops.members.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.proud2bops.members.config.MembersConfig;
import org.proud2bops.platform.problem.ProblemType;

class DocumentCheckTest {

    private static final int MAX_BYTES = 64 * 1024;

    private final DocumentCheck check = new DocumentCheck(config());

    @TempDir
    Path folder;

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("a PDF", (Supplier<byte[]>) DocumentCheckTest::pdf, DocumentFormat.PDF),
                Arguments.of("a DOCX", (Supplier<byte[]>) DocumentCheckTest::docx, DocumentFormat.DOCX),
                Arguments.of(
                        "a PDF ending in white space",
                        (Supplier<byte[]>) () -> concat(pdf(), "\r\n \n".getBytes(StandardCharsets.US_ASCII)),
                        DocumentFormat.PDF));
    }

    @ParameterizedTest(name = "{0} is accepted as {2}")
    @MethodSource("accepted")
    void aSoundDocumentIsAcceptedAsWhatItParsesAs(String what, Supplier<byte[]> content, DocumentFormat format) {
        byte[] bytes = content.get();

        DocumentCheck.CheckedDocument checked = check.check(upload(bytes), "cv");

        assertThat(checked.format()).isEqualTo(format);
        assertThat(checked.content()).isEqualTo(bytes);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                refusal(
                        "plain text",
                        () -> "Curriculum vitae".getBytes(StandardCharsets.UTF_8),
                        ProblemType.UNSUPPORTED_MEDIA_TYPE),
                refusal(
                        "a PDF header on something else",
                        () -> "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII),
                        ProblemType.UNSUPPORTED_MEDIA_TYPE),
                refusal(
                        "a ZIP that is not a Word document",
                        () -> zip("notes.txt", "hello"),
                        ProblemType.UNSUPPORTED_MEDIA_TYPE),
                refusal("a PDF with JavaScript", DocumentCheckTest::pdfWithJavaScript, ProblemType.UNSAFE_DOCUMENT),
                refusal("an encrypted PDF", DocumentCheckTest::encryptedPdf, ProblemType.UNSAFE_DOCUMENT),
                refusal(
                        "a PDF with data after %%EOF",
                        () -> concat(pdf(), "hidden".getBytes(StandardCharsets.US_ASCII)), ProblemType.UNSAFE_DOCUMENT),
                refusal(
                        "a PDF holding HTML",
                        () -> concat(pdf(), "<script>".getBytes(StandardCharsets.US_ASCII)),
                        ProblemType.UNSAFE_DOCUMENT),
                refusal(
                        "a DOCX with a VBA project",
                        () -> docxWith("word/vbaProject.bin", "macros"),
                        ProblemType.UNSAFE_DOCUMENT),
                refusal(
                        "a DOCX with a program",
                        () -> docxWith("word/media/setup.exe", "MZ"),
                        ProblemType.UNSAFE_DOCUMENT),
                refusal(
                        "a DOCX with a script inside",
                        () -> docxWith("word/media/image.png", "#!/bin/sh"),
                        ProblemType.UNSAFE_DOCUMENT),
                refusal("an empty file", () -> new byte[0], ProblemType.VALIDATION_FAILED),
                refusal("a file over the limit", () -> new byte[MAX_BYTES + 1], ProblemType.CONTENT_TOO_LARGE));
    }

    @ParameterizedTest(name = "{0} is {2}")
    @MethodSource("refused")
    void aDocumentThatIsNotASoundPdfOrDocxIsRefusedNamingTheField(
            String what, Supplier<byte[]> content, ProblemType type) {
        DocumentCheckTest.assertRefused(() -> check.check(upload(content.get()), "coveringLetter"), type);
    }

    @Test
    void aMissingDocumentIsABadRequestNamingTheField() {
        assertRefused(() -> check.check(null, "coveringLetter"), ProblemType.VALIDATION_FAILED);
    }

    private static void assertRefused(Runnable checking, ProblemType type) {
        assertThatThrownBy(checking::run).isInstanceOfSatisfying(HttpProblem.class, problem -> {
            assertThat(problem.getType()).isEqualTo(type.uri());
            assertThat(problem.getParameters()).containsEntry("field", "coveringLetter");
        });
    }

    private static Arguments refusal(String what, Supplier<byte[]> content, ProblemType type) {
        return Arguments.of(what, content, type);
    }

    private UploadedDocument upload(byte[] content) {
        try {
            Path file = Files.createTempFile(folder, "upload", null);
            Files.write(file, content);
            return new UploadedDocument(file, content.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf() {
        return savedPdf(document -> {});
    }

    private static byte[] pdfWithJavaScript() {
        return savedPdf(
                document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)")));
    }

    private static byte[] encryptedPdf() {
        return savedPdf(document -> {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        });
    }

    private interface PdfChange {
        void apply(PDDocument document) throws IOException;
    }

    private static byte[] savedPdf(PdfChange change) {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            change.apply(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Curriculum vitae");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sound DOCX with one more entry in its archive. */
    private static byte[] docxWith(String entryName, String entryContent) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry(entryName));
                zip.write(entryContent.getBytes(StandardCharsets.ISO_8859_1));
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(String entryName, String entryContent) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(entryContent.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static MembersConfig config() {
        return new MembersConfig() {
            @Override
            public String privacyNoticeVersion() {
                return "2026-01";
            }

            @Override
            public Imports imports() {
                return () -> 10;
            }

            @Override
            public AdvisoryGroup advisoryGroup() {
                return () -> MAX_BYTES;
            }

            @Override
            public AccountRemoval accountRemoval() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
