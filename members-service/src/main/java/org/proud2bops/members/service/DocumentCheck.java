package org.proud2bops.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.proud2bops.members.config.MembersConfig;
import org.proud2bops.platform.problem.Problems;

/**
 * Accepts a CV or covering letter only when its bytes are a PDF or a Word (DOCX) document, whatever the sender
 * declared, and only up to the size limit.
 */
@ApplicationScoped
public class DocumentCheck {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** Every DOCX is a ZIP package whose main part is this entry. */
    private static final String DOCX_MAIN_PART = "word/document.xml";

    private final long maxBytes;

    public DocumentCheck(MembersConfig config) {
        this.maxBytes = config.advisoryGroup().maxDocumentBytes();
    }

    public record CheckedDocument(String fileName, String contentType, byte[] content) {
    }

    public CheckedDocument check(UploadedDocument upload, String field) {
        if (upload == null) {
            throw Problems.badRequest("Attach the " + field + " as a PDF or DOCX file", field);
        }
        if (upload.size() > maxBytes) {
            throw Problems.tooLarge("The " + field + " is " + upload.size() + " bytes; the limit is " + maxBytes, field);
        }
        if (upload.size() == 0) {
            throw Problems.badRequest("The " + field + " is empty", field);
        }
        byte[] content = read(upload);
        String type = isPdf(content) ? PDF : isDocx(content) ? DOCX : null;
        if (type == null) {
            throw Problems.unsupportedMediaType("The " + field + " must be a PDF or Word (DOCX) document", field);
        }
        String name = upload.fileName() == null || upload.fileName().isBlank() ? field : upload.fileName().strip();
        return new CheckedDocument(name.length() > 255 ? name.substring(0, 255) : name, type, content);
    }

    private static boolean isPdf(byte[] content) {
        return content.length >= PDF_MAGIC.length && Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
    }

    private static boolean isDocx(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (DOCX_MAIN_PART.equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] read(UploadedDocument upload) {
        try {
            return Files.readAllBytes(upload.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
