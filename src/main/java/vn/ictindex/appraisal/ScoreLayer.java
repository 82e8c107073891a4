package vn.ictindex.appraisal;

/**
 * The layers of a unit's scores, each built on the one below: what the agency claimed, what the department compiled
 * and checked, what the council appraised, and the final value after objections. Points are never stored per layer:
 * the engine computes them from the layer's inputs for the whole target group.
 */
public enum ScoreLayer {
    SELF("Tự chấm", "Self"),
    COMPILED("Sở tổng hợp", "Compiled"),
    APPRAISED("Hội đồng thẩm định", "Appraised"),
    FINAL("Chính thức", "Final");

    private final String label;
    private final String labelEn;

    ScoreLayer(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The layer this one is built on; SELF has none. */
    public ScoreLayer below() {
        return this == SELF ? null : values()[ordinal() - 1];
    }
}
