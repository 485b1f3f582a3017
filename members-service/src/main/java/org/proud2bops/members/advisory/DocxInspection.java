package org.proud2bops.members.advisory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Decides whether a ZIP file is a Word document fit to store as a CV or letter: every entry is read (within limits)
 * and none may be a program, a macro project, an ActiveX control or an embedded OLE object; then POI must open it as
 * an {@link XWPFDocument} whose main part is a plain document (not macro-enabled, not a template).
 */
final class DocxInspection {

    static final byte[] SIGNATURE = {'P', 'K', 3, 4};
    private static final String WORD_DOCUMENT =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String MACRO_ENABLED_DOCUMENT = "application/vnd.ms-word.document.macroEnabled.main+xml";
    private static final Set<String> PROGRAM_EXTENSIONS = Set.of(
            ".exe", ".dll", ".com", ".scr", ".msi", ".bat", ".cmd", ".ps1", ".vbs", ".js", ".jar", ".sh", ".so",
            ".dylib", ".lnk");
    /** Parts Word uses for code: VBA projects and their data, ActiveX controls, and embedded OLE objects. */
    private static final Set<String> CODE_PARTS = Set.of("vbaproject", "vbadata", "/activex/", "oleobject");

    private static final Set<String> PROGRAM_SIGNATURES =
            Set.of("\u007fELF", "\u00cf\u00fa\u00ed\u00fe", "\u00ce\u00fa\u00ed\u00fe", "\u00ca\u00fe\u00ba\u00be");
    private static final int MAX_ENTRIES = 1_000;
    /** The most all entries together may expand to: a DOCX is a compressed archive, so bound what it unpacks to. */
    private static final long MAX_EXPANDED_BYTES = 64L * 1024 * 1024;

    private DocxInspection() {}

    static DocumentVerdict inspect(Path file) {
        try {
            Optional<String> hazard = hazardAmongEntries(file);
            if (hazard.isPresent()) {
                return new DocumentVerdict.Hazardous(hazard.get());
            }
            try (OPCPackage opc = OPCPackage.open(file.toFile(), PackageAccess.READ);
                    XWPFDocument document = new XWPFDocument(opc)) {
                String mainPart = document.getPackagePart().getContentType();
                if (MACRO_ENABLED_DOCUMENT.equals(mainPart)) {
                    return new DocumentVerdict.Hazardous("it is a macro-enabled document");
                }
                return WORD_DOCUMENT.equals(mainPart)
                        ? new DocumentVerdict.Sound()
                        : new DocumentVerdict.Unreadable("it is not a Word document but " + mainPart);
            }
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            return new DocumentVerdict.Unreadable("it does not open as a Word document");
        }
    }

    /** Reads the archive's directory as Word does (ZipSecureFile also refuses entries that inflate suspiciously). */
    private static Optional<String> hazardAmongEntries(Path file) throws IOException {
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            return hazardAmongEntries(zip);
        }
    }

    private static Optional<String> hazardAmongEntries(ZipSecureFile zip) throws IOException {
        int entries = 0;
        long expanded = 0;
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            if (++entries > MAX_ENTRIES) {
                return Optional.of("it holds more than " + MAX_ENTRIES + " files");
            }
            String name = entry.getName().toLowerCase(Locale.ROOT);
            if (PROGRAM_EXTENSIONS.stream().anyMatch(name::endsWith)) {
                return Optional.of("it holds a program (" + entry.getName() + ")");
            }
            if (CODE_PARTS.stream().anyMatch(name::contains)) {
                return Optional.of("it holds macros or embedded code (" + entry.getName() + ")");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] start = in.readNBytes(4);
                if (isProgram(start)) {
                    return Optional.of("it holds a program (" + entry.getName() + ")");
                }
                expanded += start.length + skipAtMost(in, MAX_EXPANDED_BYTES - expanded);
            }
            if (expanded > MAX_EXPANDED_BYTES) {
                return Optional.of("it expands to more than " + MAX_EXPANDED_BYTES + " bytes");
            }
        }
        return Optional.empty();
    }

    /** Windows (MZ), Linux (ELF) and macOS (Mach-O, fat) executables, and scripts with an interpreter line. */
    private static boolean isProgram(byte[] start) {
        String magic = new String(start, StandardCharsets.ISO_8859_1);
        return magic.startsWith("MZ") || magic.startsWith("#!") || PROGRAM_SIGNATURES.contains(magic);
    }

    /** Reads past up to {@code budget + 1} bytes and says how many there were, so an oversized entry stops early. */
    private static long skipAtMost(InputStream in, long budget) throws IOException {
        byte[] buffer = new byte[8192];
        long read = 0;
        for (int n = in.read(buffer); n >= 0 && read <= budget; n = in.read(buffer)) {
            read += n;
        }
        return read;
    }
}
