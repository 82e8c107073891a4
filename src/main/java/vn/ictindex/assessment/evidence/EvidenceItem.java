package vn.ictindex.assessment.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One item of a unit's evidence library, without its bytes (those are read only for a download).
 *
 * @param docNumber  the document's number (số ký hiệu), such as {@code 12/QĐ-STP}, or null
 * @param issuer     the body that issued the document (cơ quan ban hành), or null
 * @param summary    what the document is about (trích yếu), or null
 * @param link       where a referenced document can be read (http or https), or null
 * @param fileName   the cleaned name of an uploaded file; null for a reference
 * @param sizeBytes  the size of an uploaded file; null for a reference
 * @param linkedKeys the criteria it supports in the period the query was about, in the appendix's order
 */
public record EvidenceItem(long id, long unitId, EvidenceKind kind, String title, String docNumber, LocalDate docDate,
                           String issuer, String summary, String link, String fileName, String contentType,
                           Long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt,
                           List<String> linkedKeys) {

    public EvidenceItem {
        linkedKeys = List.copyOf(linkedKeys);
    }

    public boolean isFile() {
        return kind == EvidenceKind.FILE;
    }

    /** Whether a browser may show the file inline: PDF and images. */
    public boolean previewable() {
        return isFile() && EvidenceFileType.isPreviewable(contentType);
    }

    EvidenceItem withLinkedKeys(List<String> keys) {
        return new EvidenceItem(id, unitId, kind, title, docNumber, docDate, issuer, summary, link, fileName,
                contentType, sizeBytes, sha256, uploadedBy, uploadedAt, keys);
    }
}
