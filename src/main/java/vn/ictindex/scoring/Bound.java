package vn.ictindex.scoring;

import java.math.BigDecimal;

/** One end of an interval, inclusive or not. A null bound on an {@link Interval} means unbounded. */
public record Bound(BigDecimal value, boolean inclusive) {

    public static Bound inclusive(BigDecimal value) {
        return new Bound(value, true);
    }

    public static Bound exclusive(BigDecimal value) {
        return new Bound(value, false);
    }
}
