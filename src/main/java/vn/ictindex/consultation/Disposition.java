package vn.ictindex.consultation;

/** The drafting department's answer to one comment, in the words of the synthesis table. */
public enum Disposition {
    ACCEPTED("Tiếp thu", "Accepted"),
    PARTLY_ACCEPTED("Tiếp thu một phần", "Partly accepted"),
    NOT_ACCEPTED("Không tiếp thu, giải trình", "Not accepted, with reasons");

    private final String label;
    private final String labelEn;

    Disposition(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Whether the department must say why (anything short of accepting the comment as it stands). */
    public boolean needsExplanation() {
        return this != ACCEPTED;
    }
}
