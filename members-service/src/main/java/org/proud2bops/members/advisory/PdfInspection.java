package org.proud2bops.members.advisory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Decides whether bytes are a PDF fit to store as a CV or letter: PDFBox must parse it, and it must carry no
 * encryption, no JavaScript or program launch, no embedded files or XFA form, no HTML or script markup, and nothing
 * after its final {@code %%EOF} (PDFBox reads such files leniently, so that is checked on the bytes).
 */
final class PdfInspection {

    static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Markup that turns a PDF into an HTML polyglot when something renders it as a web page. */
    private static final List<String> MARKUP = List.of("<script", "<html", "<!doctype", "<iframe", "<svg", "<body");
    /** Actions that run script or a program, or pull data in from outside. */
    private static final Set<COSName> REFUSED_ACTIONS = Set.of(
            COSName.JAVA_SCRIPT,
            COSName.getPDFName("Launch"),
            COSName.getPDFName("ImportData"),
            COSName.getPDFName("RichMediaExecute"));
    /** An upper bound on the objects walked, so a crafted file cannot make the walk expensive. */
    private static final int MAX_OBJECTS = 200_000;

    private PdfInspection() {}

    static DocumentVerdict inspect(byte[] content, long maxMemoryBytes) {
        Optional<String> markup = markupIn(content);
        if (markup.isPresent()) {
            return new DocumentVerdict.Hazardous("it holds " + markup.get() + " markup");
        }
        try (PDDocument document = Loader.loadPDF(
                content, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(maxMemoryBytes).streamCache)) {
            if (document.isEncrypted()) {
                return new DocumentVerdict.Hazardous("it is encrypted");
            }
            Optional<String> activeContent = activeContentIn(document.getDocument());
            if (activeContent.isPresent()) {
                return new DocumentVerdict.Hazardous(activeContent.get());
            }
        } catch (InvalidPasswordException e) {
            return new DocumentVerdict.Hazardous("it is encrypted");
        } catch (IOException | RuntimeException e) {
            return new DocumentVerdict.Unreadable("it does not parse as a PDF");
        }
        return trailingDataIn(content)
                .<DocumentVerdict>map(DocumentVerdict.Hazardous::new)
                .orElseGet(DocumentVerdict.Sound::new);
    }

    private static Optional<String> markupIn(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return MARKUP.stream()
                .filter(text::contains)
                .map(tag -> "HTML " + tag + ">")
                .findFirst();
    }

    /** Only white space may follow the last {@code %%EOF}; a file without one is not a complete PDF. */
    private static Optional<String> trailingDataIn(byte[] content) {
        int end = lastIndexOf(content, END_OF_FILE);
        if (end < 0) {
            return Optional.of("it has no %%EOF end marker");
        }
        for (int i = end + END_OF_FILE.length; i < content.length; i++) {
            if (!isPdfWhiteSpace(content[i])) {
                return Optional.of("it has data after its %%EOF end marker");
            }
        }
        return Optional.empty();
    }

    /**
     * Walks every object the file holds (not only those reachable from its catalogue, since a lenient reader may find
     * the others), looking for actions and features that run or carry something.
     */
    private static Optional<String> activeContentIn(COSDocument document) throws IOException {
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.add(document.getTrailer());
        for (COSObjectKey key : document.getXrefTable().keySet()) {
            COSObject object = document.getObjectFromPool(key);
            if (object != null && object.getObject() != null) {
                pending.add(object.getObject());
            }
        }
        int walked = 0;
        while (!pending.isEmpty()) {
            if (++walked > MAX_OBJECTS) {
                return Optional.of("it has more than " + MAX_OBJECTS + " objects");
            }
            switch (pending.pop()) {
                case COSDictionary dictionary -> {
                    Optional<String> found = activeContentOf(dictionary);
                    if (found.isPresent()) {
                        return found;
                    }
                    // Indirect values are in the object pool already; direct ones are only reachable from here
                    dictionary.getValues().stream()
                            .filter(value -> !(value instanceof COSObject))
                            .forEach(pending::add);
                }
                case COSArray array ->
                    array.toList().stream()
                            .filter(value -> !(value instanceof COSObject))
                            .forEach(pending::add);
                default -> {}
            }
        }
        return Optional.empty();
    }

    private static Optional<String> activeContentOf(COSDictionary dictionary) {
        COSBase action = dictionary.getDictionaryObject(COSName.S);
        if (action instanceof COSName name && REFUSED_ACTIONS.contains(name)) {
            return Optional.of("it holds a " + name.getName() + " action");
        }
        if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)) {
            return Optional.of("it holds JavaScript");
        }
        if (COSName.URI.equals(action)
                && dictionary.getDictionaryObject(COSName.URI) instanceof COSString uri
                && uri.getString().strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
            return Optional.of("it holds a javascript: link");
        }
        if (dictionary.containsKey(COSName.EMBEDDED_FILES)
                || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))) {
            return Optional.of("it carries embedded files");
        }
        if (dictionary.containsKey(COSName.XFA)) {
            return Optional.of("it holds an XFA form");
        }
        return Optional.empty();
    }

    private static boolean isPdfWhiteSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
    }

    private static int lastIndexOf(byte[] content, byte[] marker) {
        outer:
        for (int start = content.length - marker.length; start >= 0; start--) {
            for (int i = 0; i < marker.length; i++) {
                if (content[start + i] != marker[i]) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }
}
