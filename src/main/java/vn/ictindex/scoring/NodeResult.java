package vn.ictindex.scoring;

import java.math.BigDecimal;

/**
 * The points of one node for one unit, with what produced them.
 *
 * @param points        rounded as the appendix says; null when {@link NodeStatus#ERROR}
 * @param exactPoints   before rounding (equal to {@code points} for sums of rounded parts)
 * @param applicableMax the node's maximum for this unit: zero when not applicable, the sum of the applicable
 *                      children's maxima (capped at the node's maximum) for a sum
 * @param trace         the rule and the numbers, rendered to text on demand by {@link #explain()}
 */
public record NodeResult(CriterionNode node, int depth, NodeStatus status, BigDecimal points, BigDecimal exactPoints,
                         BigDecimal applicableMax, Trace trace) {

    public String key() {
        return node.key();
    }

    /** The trace in Vietnamese: "23/25 máy tính × 15 = 13,80". */
    public String explain() {
        return trace.describe(this, Trace.Language.VI);
    }

    public String explain(Trace.Language language) {
        return trace.describe(this, language);
    }
}
