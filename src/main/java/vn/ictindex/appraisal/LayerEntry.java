package vn.ictindex.appraisal;

import java.time.Instant;

/**
 * One field of a unit's scores overridden in a layer above SELF, with why, by whom and when.
 *
 * @param fieldKey an input key, {@code manual:NODE} for hand-judged points, or {@code na:NODE} ("true"/"false") for a
 *                 not-applicable decision
 * @param nodeKey  the node the change is about (the node that reads the input, or the node itself)
 * @param version  for optimistic locking: a change names the version it started from
 */
public record LayerEntry(long id, long periodId, long unitId, ScoreLayer layer, String fieldKey, String nodeKey,
                         String valueText, String reason, String setBy, Instant setAt, int version) {

    public static final String MANUAL_PREFIX = "manual:";
    public static final String NOT_APPLICABLE_PREFIX = "na:";

    public static String notApplicableKey(String nodeKey) {
        return NOT_APPLICABLE_PREFIX + nodeKey;
    }

    public boolean isNotApplicableDecision() {
        return fieldKey.startsWith(NOT_APPLICABLE_PREFIX);
    }
}
