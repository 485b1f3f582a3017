package org.proud2bops.members.advisory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real documents made with PDFBox and POI, and the hostile variants an upload must refuse. */
public final class TestDocuments {

    public static final String PDF_TYPE = "application/pdf";
    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final byte[] WINDOWS_PROGRAM =
            "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);

    private TestDocuments() {}

    /** A one-page PDF with a line of text. */
    public static byte[] pdf() {
        return pdf(document -> {});
    }

    public static byte[] pdfWithHtmlAndScriptAppended() {
        return concat(pdf(), "\n<html><body><script>alert(document.cookie)</script></body></html>\n");
    }

    /** A PDF followed by other data (here the start of a ZIP archive) after its %%EOF: a polyglot file. */
    public static byte[] pdfWithDataAfterItsEnd() {
        return concat(pdf(), "PK\u0003\u0004hidden archive");
    }

    public static byte[] pdfRunningJavaScriptWhenOpened() {
        return pdf(document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hi')")));
    }

    public static byte[] encryptedPdf() {
        return pdf(document -> {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            try {
                document.protect(policy);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A Word document with one paragraph. */
    public static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Dear panel, I would like to join the advisory group.");
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP archive that holds only a Windows program, as if it were a .docx. */
    public static byte[] zipHoldingAProgram() {
        return zip(Map.of("payload.exe", WINDOWS_PROGRAM));
    }

    public static byte[] zipWithoutAWordDocument() {
        return zip(Map.of("notes.txt", textFile()));
    }

    /** A genuine Word document with a Windows program added to its parts. */
    public static byte[] docxCarryingAProgram() {
        return withEntries(docx(), Map.of("word/media/image1.png", WINDOWS_PROGRAM), Map.of());
    }

    /** A macro-enabled Word document (.docm): its main part is declared macro-enabled and it has a VBA project. */
    public static byte[] macroEnabledDocx() {
        byte[] vbaProject = "Attribute VB_Name = \"AutoOpen\"".getBytes(StandardCharsets.US_ASCII);
        return withEntries(
                docx(),
                Map.of("word/vbaProject.bin", vbaProject),
                Map.of(
                        "[Content_Types].xml",
                        contentTypes -> contentTypes
                                .replace("wordprocessingml.document.main+xml", "ms-word.document.macroEnabled.main+xml")
                                .replace(
                                        "<Default ",
                                        "<Default Extension=\"bin\" "
                                                + "ContentType=\"application/vnd.ms-office.vbaProject\"/><Default ")));
    }

    public static byte[] textFile() {
        return "Dear panel,\nI would like to join the advisory group.\n".getBytes(StandardCharsets.UTF_8);
    }

    private interface PdfChange {
        void apply(PDDocument document);
    }

    private static byte[] pdf(PdfChange change) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText("Curriculum vitae: Sam Jones, Operations Manager");
                text.endText();
            }
            change.apply(document);
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] first, String second) {
        byte[] tail = second.getBytes(StandardCharsets.ISO_8859_1);
        byte[] joined = Arrays.copyOf(first, first.length + tail.length);
        System.arraycopy(tail, 0, joined, first.length, tail.length);
        return joined;
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Copies a ZIP archive, rewriting some text entries and adding others. */
    private static byte[] withEntries(
            byte[] archive, Map<String, byte[]> added, Map<String, UnaryOperator<String>> rewritten) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                var rewrite = rewritten.get(entry.getName());
                entries.put(
                        entry.getName(),
                        rewrite == null
                                ? content
                                : rewrite.apply(new String(content, StandardCharsets.UTF_8))
                                        .getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries.putAll(added);
        return zip(entries);
    }
}
