package vn.ictindex.scoring;

/** What happens when a unit claims that a node does not apply to it (không áp dụng). */
public enum NotApplicablePolicy {
    /** The claim is refused: the node applies to every unit of the group. */
    NOT_ALLOWED,
    /** The node is removed from the unit's applicable maximum, so the unit is judged on the rest. */
    EXCLUDE,
    /** The node stays in the maximum and scores zero. */
    ZERO
}
