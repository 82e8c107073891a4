package vn.ictindex.consultation;

/** Where a consultation round stands: prepared, sent to its recipients, or closed by the department. */
public enum ConsultationStatus {
    DRAFT("Đang soạn", "Being prepared"),
    SENT("Đang lấy ý kiến", "Open for comments"),
    CLOSED("Đã kết thúc", "Closed");

    private final String label;
    private final String labelEn;

    ConsultationStatus(String label, String labelEn) {
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
