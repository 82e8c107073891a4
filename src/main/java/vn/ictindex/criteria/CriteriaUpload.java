package vn.ictindex.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A criteria file as an administrator uploaded it, checked to be UTF-8 text of a sensible size before the criteria
 * reader sees it. The checks look at the content, never at the file name's extension.
 *
 * @param fileName the uploaded name made safe to store and show: no directories, no control or direction-changing
 *                 characters, at most {@value #MAX_NAME_LENGTH} characters
 * @param text     the content, without a UTF-8 byte order mark
 */
public record CriteriaUpload(String fileName, String text) {

    /** 2 MB: the reference set of four appendices is about 200 KB. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    static final int MAX_NAME_LENGTH = 120;
    static final String DEFAULT_NAME = "tep-bo-tieu-chi.yaml";

    /**
     * Reads an upload, at most {@link #MAX_BYTES} + 1 bytes of it.
     *
     * @param originalName the name the browser sent, or null
     * @param content      the file's bytes, or null when no file was sent
     * @throws CriteriaUploadRefusedException when there is no file, or it is too large, binary or not UTF-8
     */
    public static CriteriaUpload read(String originalName, InputStream content) throws IOException {
        String name = sanitiseFileName(originalName);
        if (content == null) {
            throw new CriteriaUploadRefusedException(CriteriaUploadRefusedException.Reason.NO_FILE, name, 0);
        }
        byte[] bytes = content.readNBytes(MAX_BYTES + 1);
        return of(name, bytes);
    }

    static CriteriaUpload of(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw refused(CriteriaUploadRefusedException.Reason.NO_FILE, name, 0);
        }
        if (bytes.length > MAX_BYTES) {
            throw refused(CriteriaUploadRefusedException.Reason.TOO_LARGE, name, 0);
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw refused(CriteriaUploadRefusedException.Reason.UTF_16, name, 0);
        }
        for (byte b : bytes) {
            if (isBinaryControl(b)) {
                throw refused(CriteriaUploadRefusedException.Reason.BINARY, name, 0);
            }
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        return new CriteriaUpload(name, decodeUtf8(name, bytes, start));
    }

    /** C0 control bytes other than tab, line feed, vertical tab, form feed and carriage return. */
    private static boolean isBinaryControl(byte b) {
        return (b >= 0 && b <= 0x08) || (b >= 0x0E && b <= 0x1F);
    }

    private static String decodeUtf8(String name, byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw refused(CriteriaUploadRefusedException.Reason.NOT_UTF_8, name, lineAt(bytes, in.position()));
        }
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static CriteriaUploadRefusedException refused(CriteriaUploadRefusedException.Reason reason, String name,
                                                          int line) {
        return new CriteriaUploadRefusedException(reason, name, line);
    }

    /**
     * The name without directories (old browsers send {@code C:\fakepath\…}), with letters (Vietnamese included),
     * digits, spaces and {@code . _ - ( ) [ ] + , @} kept and anything else (control characters, direction overrides,
     * markup, quotes, path separators) replaced by {@code _}; never starting with a dot, at most
     * {@value #MAX_NAME_LENGTH} characters with the extension kept.
     */
    public static String sanitiseFileName(String originalName) {
        if (originalName == null) {
            return DEFAULT_NAME;
        }
        String name = originalName.substring(Math.max(originalName.lastIndexOf('/'), originalName.lastIndexOf('\\'))
                + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) && Character.getType(cp) != Character.FORMAT) {
                out.appendCodePoint(cp);
            } else if (" ._-()[]+,@".indexOf(cp) >= 0) {
                out.appendCodePoint(cp);
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (Character.getType(cp) != Character.FORMAT) {
                out.append('_');
            }
        });
        String safe = out.toString().replaceAll(" {2,}", " ").strip().replaceFirst("^[.\\s]+", "");
        if (safe.isEmpty() || safe.chars().allMatch(c -> c == '_' || c == '.')) {
            return DEFAULT_NAME;
        }
        if (safe.codePointCount(0, safe.length()) > MAX_NAME_LENGTH) {
            int dot = safe.lastIndexOf('.');
            String extension = dot > 0 && safe.length() - dot <= 10 ? safe.substring(dot) : "";
            String base = safe.substring(0, safe.length() - extension.length());
            int keep = MAX_NAME_LENGTH - extension.length();
            base = base.substring(0, base.offsetByCodePoints(0, Math.min(keep, base.codePointCount(0, base.length()))));
            safe = base.strip() + extension;
        }
        return safe;
    }
}
