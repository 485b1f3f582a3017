package org.proud2bops.members.advisory;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import org.proud2bops.members.config.MembersConfig;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;

/**
 * Accepts a CV or covering letter only when a parser reads it as a PDF (PDFBox) or a Word DOCX document (POI),
 * whatever the sender named or declared it, up to the size limit, and only when it carries no script, macros,
 * programs, encryption or hidden trailing data. Refusals are problems naming the form field: 400 missing or empty,
 * 413 too large, 415 not a PDF or DOCX, 422 a PDF or DOCX carrying something refused.
 */
@ApplicationScoped
public class DocumentCheck {

    private final long maxBytes;

    public DocumentCheck(MembersConfig config) {
        this.maxBytes = config.advisoryGroup().maxDocumentBytes();
    }

    public record CheckedDocument(DocumentFormat format, byte[] content) {}

    public CheckedDocument check(UploadedDocument upload, String field) {
        if (upload == null) {
            throw Problems.badRequest("Attach the " + field + " as a PDF or DOCX file", field);
        }
        if (upload.size() > maxBytes) {
            throw Problems.tooLarge(
                    "The " + field + " is " + upload.size() + " bytes; the limit is " + maxBytes, field);
        }
        if (upload.size() == 0) {
            throw Problems.badRequest("The " + field + " is empty", field);
        }
        byte[] content = read(upload);
        DocumentFormat format = startsWith(content, PdfInspection.SIGNATURE)
                ? DocumentFormat.PDF
                : startsWith(content, DocxInspection.SIGNATURE) ? DocumentFormat.DOCX : null;
        if (format == null) {
            throw notPdfOrDocx(field, "it is neither");
        }
        DocumentVerdict verdict = switch (format) {
            // PDFBox works on the bytes in memory; what it caches besides them is capped at the upload limit
            case PDF -> PdfInspection.inspect(content, maxBytes);
            case DOCX -> DocxInspection.inspect(upload.file());
        };
        return switch (verdict) {
            case DocumentVerdict.Sound sound -> new CheckedDocument(format, content);
            case DocumentVerdict.Unreadable unreadable -> throw notPdfOrDocx(field, unreadable.reason());
            case DocumentVerdict.Hazardous hazardous ->
                throw Problems.of(
                        ProblemType.UNSAFE_DOCUMENT, "The " + field + " is refused: " + hazardous.reason(), field);
        };
    }

    private static RuntimeException notPdfOrDocx(String field, String reason) {
        return Problems.unsupportedMediaType(
                "The " + field + " must be a PDF or Word (DOCX) document; " + reason, field);
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    private static byte[] read(UploadedDocument upload) {
        try {
            return Files.readAllBytes(upload.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
