package vn.ictindex.results;

import java.math.BigDecimal;

/** One node of one unit in a snapshot: points, the unit's maximum for it, status and the trace as a sentence. */
public record NodeStanding(long unitId, String nodeKey, int order, int depth, BigDecimal points,
                           BigDecimal maxPoints, String status, String trace) {

    public boolean isGroup() {
        return depth == 0;
    }
}
