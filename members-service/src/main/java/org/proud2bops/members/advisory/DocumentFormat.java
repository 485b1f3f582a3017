package org.proud2bops.members.advisory;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of file the advisory group takes as a CV or covering letter. */
public enum DocumentFormat {
    PDF(DocumentFormat.PDF_MEDIA_TYPE, ".pdf"),
    DOCX(DocumentFormat.DOCX_MEDIA_TYPE, ".docx");

    public static final String PDF_MEDIA_TYPE = "application/pdf";
    public static final String DOCX_MEDIA_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final String mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<DocumentFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values())
                .filter(format -> format.mediaType.equals(mediaType))
                .findFirst();
    }
}
