package vn.ictindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A unit's self-assessment for one period: what its people typed (kept exactly as typed, so that nothing is lost when a
 * value is not yet valid), its not-applicable claims and explanations, and where it stands.
 *
 * @param values  typed text by input key; hand-judged points by {@code manual:NODE}
 * @param claims  by node key
 * @param version for optimistic locking: every save must name the version it started from
 */
public record SelfAssessment(Long id, long periodId, long unitId, String appendixId, AssessmentStatus status,
                             int version, Map<String, String> values, Map<String, NodeClaim> claims,
                             Instant lastActivityAt, String lastActivityBy, Instant completedAt, String completedBy,
                             Receipt receipt) {

    public static final String MANUAL_PREFIX = "manual:";

    public SelfAssessment {
        values = Map.copyOf(values);
        claims = Map.copyOf(claims);
    }

    public String value(String key) {
        return values.getOrDefault(key, "");
    }

    public NodeClaim claim(String nodeKey) {
        return claims.getOrDefault(nodeKey, NodeClaim.NONE);
    }

    /** A node's not-applicable claim (with its reason) and the unit's explanation (giải trình). */
    public record NodeClaim(boolean notApplicable, String reason, String explanation) {
        public static final NodeClaim NONE = new NodeClaim(false, null, null);

        public boolean isEmpty() {
            return !notApplicable && (reason == null || reason.isBlank())
                    && (explanation == null || explanation.isBlank());
        }
    }

    /** What the head received on submission: when, by whom, and the self-score at that moment. */
    public record Receipt(String number, Instant submittedAt, String submittedBy, BigDecimal total,
                          BigDecimal applicableMax, BigDecimal percent, String classification) {
    }
}
