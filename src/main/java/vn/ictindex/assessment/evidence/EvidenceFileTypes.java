package vn.ictindex.assessment.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tells what a file is from its first bytes (and, for ZIP-based office files, from the names in its table of
 * contents), never from its name. The declared extension only has to agree, and picks among types that share one
 * container (a legacy .doc, .xls and .ppt all start with the same OLE2 header).
 */
public final class EvidenceFileTypes {

    static final String ACCEPTED = "Chỉ nhận tệp PDF, ảnh PNG hoặc JPEG và tài liệu Office (Word, Excel, PowerPoint, "
            + "OpenDocument).";

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 0x05, 0x06};
    private static final byte[] WINDOWS_PROGRAM = {'M', 'Z'};
    private static final byte[] UNIX_PROGRAM = {0x7F, 'E', 'L', 'F'};
    private static final byte[] SCRIPT = {'#', '!'};

    private static final String ODF_PREFIX = "application/vnd.oasis.opendocument.";
    private static final Map<String, EvidenceFileType> ODF = Map.of(
            ODF_PREFIX + "text", EvidenceFileType.ODT,
            ODF_PREFIX + "spreadsheet", EvidenceFileType.ODS,
            ODF_PREFIX + "presentation", EvidenceFileType.ODP);

    private EvidenceFileTypes() {
    }

    /**
     * The type of {@code content}, checked against the extension its name declares.
     *
     * @param extension lower case without the dot, or null when the name declares none
     * @throws EvidenceException (on the field {@code file}) when the content is of no accepted type, or the
     *                           extension names another type
     */
    public static EvidenceFileType identify(byte[] content, String extension) {
        List<EvidenceFileType> candidates = candidates(content);
        if (extension == null) {
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
            throw refused("Tài liệu Office cũ cần có phần mở rộng " + extensions(candidates)
                    + " để biết đó là loại nào.");
        }
        return candidates.stream().filter(t -> t.hasExtension(extension)).findFirst()
                .orElseThrow(() -> refused("Tên tệp có phần mở rộng ." + extension + " nhưng nội dung là "
                        + description(candidates) + "; hãy đặt lại đúng phần mở rộng (" + extensions(candidates)
                        + ")."));
    }

    /** The types the content can be, by its bytes alone; more than one only for the shared OLE2 container. */
    static List<EvidenceFileType> candidates(byte[] content) {
        if (startsWith(content, PDF)) {
            return List.of(EvidenceFileType.PDF);
        }
        if (startsWith(content, PNG)) {
            return List.of(EvidenceFileType.PNG);
        }
        if (startsWith(content, JPEG)) {
            return List.of(EvidenceFileType.JPEG);
        }
        if (startsWith(content, OLE2)) {
            return List.of(EvidenceFileType.DOC, EvidenceFileType.XLS, EvidenceFileType.PPT);
        }
        if (startsWith(content, ZIP)) {
            return List.of(zipBased(EvidenceZipDirectory.read(content)));
        }
        if (startsWith(content, EMPTY_ZIP)) {
            throw refused("Tệp nén ZIP không phải tài liệu Office. " + ACCEPTED);
        }
        if (startsWith(content, WINDOWS_PROGRAM) || startsWith(content, UNIX_PROGRAM)
                || startsWith(content, SCRIPT)) {
            throw refused("Nội dung tệp là một chương trình máy tính, không phải tài liệu. " + ACCEPTED);
        }
        if (looksLikeMarkup(content)) {
            throw refused("Nội dung tệp là trang web, ảnh SVG hoặc XML; loại này không được nhận vì có thể chứa mã "
                    + "chạy trong trình duyệt. " + ACCEPTED);
        }
        throw refused("Không nhận ra loại tệp từ nội dung của nó. " + ACCEPTED);
    }

    private static EvidenceFileType zipBased(EvidenceZipDirectory zip) {
        if (zip.contains("[Content_Types].xml")) {
            if (zip.anyEndsWithIgnoringCase("vbaproject.bin")) {
                throw refused("Tài liệu Office có macro (VBA) không được nhận; hãy lưu lại thành .docx, .xlsx hoặc "
                        + ".pptx không có macro.");
            }
            if (zip.anyStartsWith("word/")) {
                return EvidenceFileType.DOCX;
            }
            if (zip.anyStartsWith("xl/")) {
                return EvidenceFileType.XLSX;
            }
            if (zip.anyStartsWith("ppt/")) {
                return EvidenceFileType.PPTX;
            }
        }
        String mimetype = zip.storedText("mimetype", 100).map(String::strip).orElse("");
        if (mimetype.startsWith(ODF_PREFIX)) {
            EvidenceFileType type = ODF.get(mimetype);
            if (type == null) {
                throw refused("Loại tài liệu OpenDocument này chưa được nhận; chỉ nhận .odt, .ods và .odp.");
            }
            return type;
        }
        throw refused("Tệp nén ZIP không phải tài liệu Office. " + ACCEPTED);
    }

    /** HTML, SVG and XML start with '<' after an optional byte order mark and white space. */
    private static boolean looksLikeMarkup(byte[] content) {
        int p = startsWith(content, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        int limit = Math.min(content.length, 1024);
        while (p < limit && (content[p] == ' ' || content[p] == '\t' || content[p] == '\r' || content[p] == '\n')) {
            p++;
        }
        return p < limit && content[p] == '<';
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String description(List<EvidenceFileType> candidates) {
        return candidates.size() == 1 ? candidates.get(0).description() : "tài liệu Office cũ";
    }

    private static String extensions(List<EvidenceFileType> candidates) {
        return candidates.stream().flatMap(t -> t.extensions().stream()).map(e -> "." + e)
                .collect(Collectors.joining(", "));
    }

    private static EvidenceException refused(String message) {
        return EvidenceException.onField("file", message);
    }
}
