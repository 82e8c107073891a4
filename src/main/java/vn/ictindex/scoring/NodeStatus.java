package vn.ictindex.scoring;

/** How a node came out for one unit. */
public enum NodeStatus {
    /** Points computed from the inputs or the children. */
    SCORED,
    /** Some input the rule reads was not entered: zero points, shown as missing. */
    MISSING_INPUT,
    /** Not applicable and removed from the unit's maximum. */
    NOT_APPLICABLE,
    /** Not applicable and counted as zero within the maximum. */
    NOT_APPLICABLE_ZERO,
    /** The inputs break a bound or a constraint, or cannot be computed: no points, and the unit gets no total. */
    ERROR
}
