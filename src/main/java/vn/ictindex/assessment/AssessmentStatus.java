package vn.ictindex.assessment;

/** Where a unit's self-assessment stands; NOT_STARTED has no row in the database. */
public enum AssessmentStatus {
    NOT_STARTED("Chưa bắt đầu", "Not started"),
    IN_PROGRESS("Đang thực hiện", "In progress"),
    COMPLETE("Đã hoàn thành, chờ lãnh đạo nộp", "Complete, awaiting the head"),
    SUBMITTED("Đã nộp", "Submitted");

    private final String label;
    private final String labelEn;

    AssessmentStatus(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }
}
