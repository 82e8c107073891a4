package vn.ictindex.results;

import java.time.Instant;
import java.util.List;

/**
 * A unit's objection (kiến nghị) to one node of its preliminary results, with the decision once made.
 *
 * @param fieldKey the field of the FINAL layer changed when upheld (an input key, {@code manual:NODE} or
 *                 {@code na:NODE}), else null
 * @param version  for optimistic locking: a decision names the version it started from
 */
public record Objection(long id, long publicationId, long periodId, long unitId, String nodeKey, String reason,
                        String raisedBy, Instant raisedAt, Status status, String decisionReason, String fieldKey,
                        String newValue, String decidedBy, Instant decidedAt, int version, List<Long> evidenceIds) {

    public enum Status {
        OPEN("Chờ quyết định", "Awaiting decision"),
        UPHELD("Chấp nhận", "Upheld"),
        REJECTED("Không chấp nhận", "Rejected");

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

    public Objection {
        evidenceIds = List.copyOf(evidenceIds);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
