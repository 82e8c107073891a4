package vn.ictindex.assessment.evidence;

import java.time.LocalDate;

/**
 * What identifies a document (văn bản): its number, date, issuing body and summary. Every part is optional for an
 * uploaded file; a reference needs at least a number or a link.
 */
public record EvidenceDocument(String number, LocalDate date, String issuer, String summary) {

    public static final EvidenceDocument NONE = new EvidenceDocument(null, null, null, null);
}
