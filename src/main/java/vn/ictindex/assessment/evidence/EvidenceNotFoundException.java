package vn.ictindex.assessment.evidence;

/**
 * The item does not exist, or the user may not see it: both read the same, so that nobody learns that another unit
 * keeps an item with that number.
 */
public class EvidenceNotFoundException extends RuntimeException {

    public EvidenceNotFoundException(long id) {
        super("Không tìm thấy tài liệu kiểm chứng số " + id);
    }
}
