package vn.ictindex.assessment.evidence;

import java.util.List;

/**
 * The kinds of file the library accepts, each with the content type it is served with and the file-name extensions
 * that may declare it. Anything else (programs, web pages, SVG, archives) is refused.
 */
public enum EvidenceFileType {
    PDF("PDF", "application/pdf", true, "pdf"),
    PNG("ảnh PNG", "image/png", true, "png"),
    JPEG("ảnh JPEG", "image/jpeg", true, "jpg", "jpeg"),
    DOCX("văn bản Word (.docx)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false,
            "docx"),
    XLSX("bảng tính Excel (.xlsx)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false,
            "xlsx"),
    PPTX("trình chiếu PowerPoint (.pptx)",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", false, "pptx"),
    DOC("văn bản Word (.doc)", "application/msword", false, "doc"),
    XLS("bảng tính Excel (.xls)", "application/vnd.ms-excel", false, "xls"),
    PPT("trình chiếu PowerPoint (.ppt)", "application/vnd.ms-powerpoint", false, "ppt"),
    ODT("văn bản OpenDocument (.odt)", "application/vnd.oasis.opendocument.text", false, "odt"),
    ODS("bảng tính OpenDocument (.ods)", "application/vnd.oasis.opendocument.spreadsheet", false, "ods"),
    ODP("trình chiếu OpenDocument (.odp)", "application/vnd.oasis.opendocument.presentation", false, "odp");

    private final String description;
    private final String contentType;
    private final boolean previewable;
    private final List<String> extensions;

    EvidenceFileType(String description, String contentType, boolean previewable, String... extensions) {
        this.description = description;
        this.contentType = contentType;
        this.previewable = previewable;
        this.extensions = List.of(extensions);
    }

    /** What the file is, in Vietnamese, for messages ("ảnh PNG"). */
    public String description() {
        return description;
    }

    public String contentType() {
        return contentType;
    }

    /** Whether a browser may show it inline (PDF and images); office documents are always downloaded. */
    public boolean previewable() {
        return previewable;
    }

    /** The extensions that may declare this type, the usual one first, lower case, without the dot. */
    public List<String> extensions() {
        return extensions;
    }

    public boolean hasExtension(String extension) {
        return extensions.contains(extension);
    }

    static boolean isPreviewable(String contentType) {
        for (EvidenceFileType type : values()) {
            if (type.contentType.equals(contentType)) {
                return type.previewable;
            }
        }
        return false;
    }
}
