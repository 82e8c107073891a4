package vn.ictindex.audit;

/**
 * The result of checking the audit trail's hash chain: intact with the number of entries checked, or broken at the
 * first entry that does not hold.
 *
 * @param checked   entries read before the check stopped (all of them when intact)
 * @param brokenId  the id of the first entry that does not hold, or null when intact
 * @param problem   what is wrong with it, in Vietnamese, or null when intact
 */
public record AuditVerification(long checked, Long brokenId, String problem) {

    public static AuditVerification intact(long checked) {
        return new AuditVerification(checked, null, null);
    }

    static AuditVerification broken(long checked, long id, String problem) {
        return new AuditVerification(checked, id, problem);
    }

    public boolean isIntact() {
        return brokenId == null;
    }

    /** One sentence for a page or a terminal. */
    public String message() {
        return isIntact()
                ? "Nhật ký thay đổi nguyên vẹn: đã kiểm tra " + checked + " bản ghi, chuỗi mã băm khớp."
                : "Nhật ký thay đổi đã bị can thiệp tại bản ghi số " + brokenId + ": " + problem;
    }
}
