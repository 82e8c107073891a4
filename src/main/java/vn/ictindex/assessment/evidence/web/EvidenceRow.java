package vn.ictindex.assessment.evidence.web;

import vn.ictindex.assessment.evidence.EvidenceItem;

import java.util.List;

/**
 * One line of the library table, with what the template shows already formatted.
 *
 * @param size       "512 B", "12,3 KB" or "1,5 MB"; empty for a reference
 * @param uploadedAt dd/MM/yyyy HH:mm
 * @param uploadedBy the uploader's full name (the account name when the account is gone)
 * @param linked     the criteria the item supports in the current period
 */
record EvidenceRow(EvidenceItem item, String size, String uploadedAt, String uploadedBy, List<Criterion> linked) {

    /** A criterion as a key with its name. */
    record Criterion(String key, String name) {
    }
}
