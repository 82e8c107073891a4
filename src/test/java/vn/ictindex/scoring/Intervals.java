package vn.ictindex.scoring;

import static vn.ictindex.scoring.Decimals.dec;

/** Intervals for tiers and classification bands, named as a guide would say them. */
final class Intervals {

    private Intervals() {
    }

    /** [from; below): "from … up to but not including …", the usual band. */
    static Interval fromBelow(Number from, Number below) {
        return new Interval(Bound.inclusive(dec(from)), Bound.exclusive(dec(below)));
    }

    /** [from; to]. */
    static Interval between(Number from, Number to) {
        return new Interval(Bound.inclusive(dec(from)), Bound.inclusive(dec(to)));
    }

    /** (above; to]. */
    static Interval aboveUpTo(Number above, Number to) {
        return new Interval(Bound.exclusive(dec(above)), Bound.inclusive(dec(to)));
    }

    static Interval atLeast(Number from) {
        return new Interval(Bound.inclusive(dec(from)), null);
    }

    static Interval above(Number value) {
        return new Interval(Bound.exclusive(dec(value)), null);
    }

    static Interval atMost(Number to) {
        return new Interval(null, Bound.inclusive(dec(to)));
    }

    static Interval below(Number value) {
        return new Interval(null, Bound.exclusive(dec(value)));
    }
}
