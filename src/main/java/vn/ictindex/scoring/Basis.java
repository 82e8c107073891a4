package vn.ictindex.scoring;

/** The value a unit is classified or ranked on. */
public enum Basis {
    /** The total points (after adjustments). */
    TOTAL,
    /** The total as a percentage of the unit's applicable maximum (not-applicable nodes excluded). */
    PERCENT,
    /** That percentage brought back to the appendix's scale: total / applicable maximum × total points. */
    NORMALIZED
}
