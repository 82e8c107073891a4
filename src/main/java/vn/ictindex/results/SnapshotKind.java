package vn.ictindex.results;

/** Preliminary results are sent to the units for objections; final results are published. */
public enum SnapshotKind {
    PRELIMINARY("Sơ bộ", "Preliminary"),
    FINAL("Chính thức", "Final");

    private final String label;
    private final String labelEn;

    SnapshotKind(String label, String labelEn) {
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
