package vn.ictindex.assessment;

/** Where a period stands, derived from its dates and today's date (never stored). */
public enum PeriodPhase {
    PLANNED("Chưa mở", "Planned"),
    SELF_ASSESSMENT("Đang tự đánh giá", "Self-assessment open"),
    COMPILATION("Sở tổng hợp, kiểm tra", "Department compilation"),
    APPRAISAL("Hội đồng thẩm định", "Council appraisal"),
    PUBLICATION("Công bố kết quả", "Publication"),
    CLOSED("Đã kết thúc", "Closed");

    private final String label;
    private final String labelEn;

    PeriodPhase(String label, String labelEn) {
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
