package vn.ictindex.scoring;

import java.math.BigDecimal;

/**
 * A range of values with explicit inclusive or exclusive ends, as tiers and classification bands need: "Khá is
 * 350 or more and below 430" is {@code [350, 430)}. Either end may be null for unbounded.
 */
public record Interval(Bound lower, Bound upper) {

    public boolean contains(BigDecimal value) {
        if (lower != null) {
            int c = value.compareTo(lower.value());
            if (c < 0 || (c == 0 && !lower.inclusive())) {
                return false;
            }
        }
        if (upper != null) {
            int c = value.compareTo(upper.value());
            return c < 0 || (c == 0 && upper.inclusive());
        }
        return true;
    }

    /** "[350; 430)" style, with a decimal comma, for messages and traces. */
    public String describe() {
        String lo = lower == null ? "(−∞" : (lower.inclusive() ? "[" : "(") + Numbers.plain(lower.value());
        String hi = upper == null ? "+∞)" : Numbers.plain(upper.value()) + (upper.inclusive() ? "]" : ")");
        return lo + "; " + hi;
    }
}
