package vn.ictindex.assessment.evidence;

/**
 * An uploaded file as it is handed out for download.
 *
 * @param contentType the type detected from the bytes at upload, never the one the browser claimed
 */
public record EvidenceFile(long id, String fileName, String contentType, byte[] content) {

    public boolean previewable() {
        return EvidenceFileType.isPreviewable(contentType);
    }
}
