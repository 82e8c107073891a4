package vn.ictindex.assessment.evidence;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans the name a browser sent with an upload, so that it is safe to store, show and offer back as a download name:
 * no folders, no control or direction-changing characters, none of the characters Windows forbids, no device names,
 * a bounded length. Letters of any language stay (Vietnamese names keep their diacritics, in composed form). The name
 * says nothing about the content: the type is judged from the bytes ({@link EvidenceFileTypes}).
 */
public final class EvidenceFileNames {

    /** In characters; the column holds 255 and a name longer than this is unreadable anyway. */
    static final int MAX_LENGTH = 150;
    static final String FALLBACK = "tai-lieu";

    private static final String RESERVED = "<>:\"/\\|?*";
    private static final Pattern EXTENSION = Pattern.compile("(?=.*[a-z])[a-z0-9]{1,5}");
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
            "LPT9");

    private EvidenceFileNames() {
    }

    /** A safe version of {@code original}; never empty. */
    public static String sanitise(String original) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (c == '\t' || c == '\n' || c == '\r' || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (RESERVED.indexOf(c) >= 0) {
                out.append('_');
            } else if (!invisible(c)) {
                out.appendCodePoint(c);
            }
        });
        String cleaned = trim(out.toString().replaceAll(" {2,}", " "));
        if (cleaned.isEmpty()) {
            return FALLBACK;
        }
        String base = cleaned.contains(".") ? cleaned.substring(0, cleaned.indexOf('.')) : cleaned;
        if (DEVICES.contains(base.strip().toUpperCase(Locale.ROOT))) {
            cleaned = "_" + cleaned;
        }
        return limit(cleaned);
    }

    /**
     * The extension the name declares: the part after the last dot when it is one to five ASCII letters or digits
     * with at least one letter ("pdf", "docx", "mp4"), lower-cased. "Báo cáo 2024.12" declares none.
     */
    public static Optional<String> extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String candidate = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return EXTENSION.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    /** {@code name} with {@code extension} appended when it declares none, still within the length limit. */
    static String withExtension(String name, String extension) {
        return extension(name).isPresent() ? name : limit(name + "." + extension);
    }

    /**
     * The name in plain ASCII, for HTTP clients that ignore the UTF-8 form of a download name: diacritics dropped
     * ("Báo cáo Sở Y tế.pdf" → "Bao cao So Y te.pdf"), anything else outside printable ASCII replaced.
     */
    public static String asciiFallback(String name) {
        String stripped = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(stripped.length());
        stripped.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        String ascii = trim(out.toString());
        return ascii.isEmpty() ? FALLBACK : ascii;
    }

    private static boolean invisible(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    /** Without leading or trailing spaces and dots (hidden files on Unix, stripped silently by Windows). */
    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '.')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '.')) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String limit(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String suffix = extension(name).map(e -> "." + e).orElse("");
        String base = name.substring(0, name.length() - suffix.length());
        int keep = MAX_LENGTH - suffix.length();
        String cut = trim(base.substring(0, base.offsetByCodePoints(0, keep)));
        return (cut.isEmpty() ? FALLBACK : cut) + suffix;
    }
}
