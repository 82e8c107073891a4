package vn.ictindex.consultation;

/** How a recipient has answered a round so far. A recipient that comments has answered, whatever else it did. */
public enum Answer {
    COMMENTED("Có ý kiến góp ý", "Commented"),
    AGREED("Thống nhất, không có ý kiến", "Agreed, no comment"),
    NOT_ANSWERED("Chưa trả lời", "Not answered");

    private final String label;
    private final String labelEn;

    Answer(String label, String labelEn) {
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
