package vn.ictindex.appraisal;

import java.time.Instant;

/**
 * Where a unit stands after submission: compilation not started, in compilation, compiled (the department sends it to
 * the council), and signed off by the council (its appraised layer is locked).
 */
public record UnitStage(Status status, Instant compiledAt, String compiledBy, Instant signedOffAt, String signedOffBy,
                        int version) {

    public enum Status {
        NOT_STARTED("Chưa tổng hợp", "Not started"),
        IN_COMPILATION("Đang tổng hợp", "In compilation"),
        COMPILED("Đã tổng hợp", "Compiled"),
        SIGNED_OFF("Hội đồng đã thông qua", "Signed off");

        private final String label;
        private final String labelEn;

        Status(String label, String labelEn) {
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

    static final UnitStage NOT_STARTED = new UnitStage(Status.NOT_STARTED, null, null, null, null, -1);

    public boolean compiled() {
        return compiledAt != null;
    }

    public boolean signedOff() {
        return signedOffAt != null;
    }
}
