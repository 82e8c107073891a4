package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A leaf's rounded points straight from its inputs, in whole units of the appendix's last decimal place, without the
 * {@link BigDecimal} temporaries of {@link Rules}: from a table when the rule has few outcomes (yes or no, a choice, a
 * checklist, a tier, a small count), or by exact long arithmetic for a ratio. The engine uses it only for leaves whose
 * exact points nobody reads (their parent adds rounded parts), and only where it agrees with {@link Rules} to the last
 * digit; for anything else {@link #points} answers {@link #UNKNOWN} and the engine evaluates the rule as usual.
 */
abstract class RoundedLeaf {

    /** "Ask {@link Rules}": a value outside what this leaf computes exactly, a zero denominator, a negative figure. */
    static final long UNKNOWN = Long.MIN_VALUE + 1;
    /** Counts up to this have their points in a table (lists of names, incidents). */
    private static final int COUNT_TABLE = 64;
    private static final BigDecimal LARGEST_COUNT = BigDecimal.valueOf(COUNT_TABLE);
    /** Checklists up to this many items have every combination in a table. */
    private static final int CHECKLIST_TABLE = 10;
    private static final long[] TEN_TO = new long[19];

    static {
        TEN_TO[0] = 1;
        for (int i = 1; i < TEN_TO.length; i++) {
            TEN_TO[i] = TEN_TO[i - 1] * 10;
        }
    }

    /**
     * @param values the unit's checked inputs; those the rule reads are present
     * @param read   indexes into {@code values} of the inputs the rule reads
     * @param best   the group's best value, for a normalised rule
     */
    abstract long points(InputValue[] values, int[] read, BigDecimal best);

    /**
     * The fast form of a leaf, or null when its rule has none: manual points, formulas, a normalised ratio (two
     * roundings to 16 digits in a row), a maximum or target with too many digits for the checks below.
     *
     * @param exact the points {@link Rules} gives for a given set of the rule's inputs, before rounding; used to fill
     *              the tables, so that a table says exactly what the rule says
     */
    static RoundedLeaf of(CriterionNode node, Rounding rounding, Function<InputValue[], BigDecimal> exact) {
        if (rounding.mode() == RoundingMode.UNNECESSARY) {
            return null;
        }
        Function<InputValue[], Long> rounded = given -> unscaled(rounding.apply(exact.apply(given)), rounding);
        Rule rule = node.rule();
        if (rule instanceof Rule.YesNo) {
            return new YesNo(rounded.apply(of(new InputValue.BooleanValue(false))),
                    rounded.apply(of(new InputValue.BooleanValue(true))));
        }
        if (rule instanceof Rule.PartialCredit r) {
            Map<String, Long> byChoice = new HashMap<>();
            r.awards().keySet().forEach(choice -> byChoice.put(choice,
                    rounded.apply(of(new InputValue.ChoiceValue(choice)))));
            return new Choice(byChoice);
        }
        if (rule instanceof Rule.Checklist r && r.items().size() <= CHECKLIST_TABLE) {
            int items = r.items().size();
            long[] byCombination = new long[1 << items];
            for (int met = 0; met < byCombination.length; met++) {
                InputValue[] given = new InputValue[items];
                for (int k = 0; k < items; k++) {
                    given[k] = new InputValue.BooleanValue((met & (1 << k)) != 0);
                }
                byCombination[met] = rounded.apply(given);
            }
            return new Checklist(byCombination);
        }
        if (rule instanceof Rule.Tiers r) {
            List<Rule.Tier> tiers = r.tiers();
            Interval[] intervals = new Interval[tiers.size()];
            long[] tierPoints = new long[tiers.size()];
            for (int t = 0; t < tiers.size(); t++) {
                intervals[t] = tiers.get(t).interval();
                BigDecimal max = node.maxPoints();
                tierPoints[t] = unscaled(rounding.apply(CompiledAppendix.clamp(tiers.get(t).award().of(max),
                        BigDecimal.ZERO, max)), rounding);
            }
            return new Tiers(intervals, tierPoints);
        }
        if (rule instanceof Rule.PerItemCapped || rule instanceof Rule.DeductionFromMax) {
            long[] byCount = new long[COUNT_TABLE + 1];
            for (int count = 0; count <= COUNT_TABLE; count++) {
                byCount[count] = rounded.apply(of(InputValue.of(count)));
            }
            return new Counted(byCount);
        }
        if (rule instanceof Rule.RatioTimesMax) {
            return Ratio.of(node.maxPoints(), rounding, false);
        }
        if (rule instanceof Rule.NormalizedToBest r && !r.isRatio()) {
            return Ratio.of(node.maxPoints(), rounding, true);
        }
        if (rule instanceof Rule.RatioVsTarget r) {
            return ShareOfTarget.of(node.maxPoints(), r.target(), rounding);
        }
        return null;
    }

    /** The non-negative quotient rounded to a whole number with the appendix's rounding mode. */
    static long divide(long numerator, long denominator, RoundingMode mode) {
        long quotient = numerator / denominator;
        long remainder = numerator % denominator;
        if (remainder == 0) {
            return quotient;
        }
        long twice = 2 * remainder;
        boolean up = switch (mode) {
            case UP, CEILING -> true;
            case DOWN, FLOOR -> false;
            case HALF_UP -> twice >= denominator;
            case HALF_DOWN -> twice > denominator;
            case HALF_EVEN -> twice > denominator || (twice == denominator && (quotient & 1) == 1);
            case UNNECESSARY -> throw new IllegalStateException("excluded when the leaf is made");
        };
        return up ? quotient + 1 : quotient;
    }

    /** The unscaled value of a number with 0 to 18 decimals that fits in a long, or {@link #UNKNOWN}. */
    static long unscaledOf(BigDecimal value) {
        if (value.scale() < 0 || value.scale() > 18) {
            return UNKNOWN;
        }
        if (value.scale() == 0) {
            try {
                return value.longValueExact();
            } catch (ArithmeticException tooLarge) {
                return UNKNOWN;
            }
        }
        java.math.BigInteger unscaled = value.unscaledValue();
        return unscaled.bitLength() < 63 ? unscaled.longValue() : UNKNOWN;
    }

    /**
     * {@code rounding.apply(x × m / d)} where the division is to 16 significant digits, as the engine computes a
     * unit's percentage, in whole numbers: the argument of {@link Ratio}, with the quotient's own whole digits in place
     * of a maximum's. Null when it cannot be sure: a negative or very long figure, a denominator too large.
     */
    static BigDecimal roundedQuotient(BigDecimal x, BigDecimal m, BigDecimal d, Rounding rounding) {
        if (rounding.mode() == RoundingMode.UNNECESSARY || x.signum() < 0 || m.signum() < 0 || d.signum() <= 0) {
            return null;
        }
        long xUnscaled = unscaledOf(x);
        long mUnscaled = unscaledOf(m);
        long dUnscaled = unscaledOf(d);
        int decimals = rounding.decimals();
        if (xUnscaled == UNKNOWN || mUnscaled == UNKNOWN || dUnscaled == UNKNOWN || d.scale() + decimals > 18
                || x.scale() + m.scale() > 18) {
            return null;
        }
        try {
            long numerator = Math.multiplyExact(Math.multiplyExact(xUnscaled, mUnscaled), TEN_TO[d.scale() + decimals]);
            long denominator = Math.multiplyExact(dUnscaled, TEN_TO[x.scale() + m.scale()]);
            long whole = numerator / denominator / TEN_TO[decimals];
            int wholeDigits = whole == 0 ? 0 : Long.toString(whole).length();
            int limitDigits = 15 - wholeDigits - decimals;
            if (limitDigits < 1 || denominator >= TEN_TO[limitDigits]) {
                return null;
            }
            return BigDecimal.valueOf(divide(numerator, denominator, rounding.mode()), decimals);
        } catch (ArithmeticException tooLarge) {
            return null;
        }
    }

    private static InputValue[] of(InputValue value) {
        return new InputValue[]{value};
    }

    /** Rounded points in whole units of the last decimal place. */
    static long unscaled(BigDecimal rounded, Rounding rounding) {
        return rounded.movePointRight(rounding.decimals()).longValueExact();
    }

    private static final class YesNo extends RoundedLeaf {
        private final long no;
        private final long yes;

        YesNo(long no, long yes) {
            this.no = no;
            this.yes = yes;
        }

        @Override
        long points(InputValue[] values, int[] read, BigDecimal best) {
            return ((InputValue.BooleanValue) values[read[0]]).value() ? yes : no;
        }
    }

    private static final class Choice extends RoundedLeaf {
        private final Map<String, Long> byChoice;

        Choice(Map<String, Long> byChoice) {
            this.byChoice = byChoice;
        }

        @Override
        long points(InputValue[] values, int[] read, BigDecimal best) {
            Long points = byChoice.get(((InputValue.ChoiceValue) values[read[0]]).value());
            return points == null ? 0 : points;
        }
    }

    private static final class Checklist extends RoundedLeaf {
        private final long[] byCombination;

        Checklist(long[] byCombination) {
            this.byCombination = byCombination;
        }

        @Override
        long points(InputValue[] values, int[] read, BigDecimal best) {
            int met = 0;
            for (int k = 0; k < read.length; k++) {
                if (((InputValue.BooleanValue) values[read[k]]).value()) {
                    met |= 1 << k;
                }
            }
            return byCombination[met];
        }
    }

    private static final class Tiers extends RoundedLeaf {
        private final Interval[] intervals;
        private final long[] tierPoints;

        Tiers(Interval[] intervals, long[] tierPoints) {
            this.intervals = intervals;
            this.tierPoints = tierPoints;
        }

        @Override
        long points(InputValue[] values, int[] read, BigDecimal best) {
            BigDecimal value = InputChecks.number(values[read[0]]);
            for (int t = 0; t < intervals.length; t++) {
                if (intervals[t].contains(value)) {
                    return tierPoints[t];
                }
            }
            return 0;
        }
    }

    /** Points by a whole count from 0 to {@link #COUNT_TABLE}: items of a list, incidents. */
    private static final class Counted extends RoundedLeaf {
        private final long[] byCount;

        Counted(long[] byCount) {
            this.byCount = byCount;
        }

        @Override
        long points(InputValue[] values, int[] read, BigDecimal best) {
            InputValue value = values[read[0]];
            int count;
            if (value instanceof InputValue.ItemsValue items) {
                count = items.items().size();
            } else if (value instanceof InputValue.NumberValue n && n.value().scale() == 0
                    && n.value().signum() >= 0 && n.value().compareTo(LARGEST_COUNT) <= 0) {
                count = n.value().intValue();
            } else {
                return UNKNOWN;
            }
            return count <= COUNT_TABLE ? byCount[count] : UNKNOWN;
        }
    }

    /** A leaf whose points are a share of its maximum, in whole units of the last decimal place. */
    private abstract static class AgainstMaximum extends RoundedLeaf {
        final long maxUnscaled;
        final int maxScale;
        /** The maximum itself, rounded: the points of a unit that reaches it. */
        final long maxRounded;
        final int decimals;
        private final RoundingMode mode;

        AgainstMaximum(BigDecimal max, Rounding rounding) {
            this.maxUnscaled = max.unscaledValue().longValueExact();
            this.maxScale = max.scale();
            this.maxRounded = unscaled(rounding.apply(max), rounding);
            this.decimals = rounding.decimals();
            this.mode = rounding.mode();
        }

        /** The non-negative quotient, rounded with the appendix's mode. */
        long divide(long numerator, long denominator) {
            return RoundedLeaf.divide(numerator, denominator, mode);
        }
    }

    /**
     * {@code max × a / b} capped at max, rounded, as {@link Rules} computes a ratio of inputs or a value against the
     * group's best. Rules divides to 16 significant digits and then rounds to the appendix's places; long arithmetic
     * rounds the exact quotient once. The two agree whenever the denominator is small enough that no exact quotient
     * lies closer to a rounding boundary than half a unit of the 16th digit (see {@link #denominatorLimit}); a larger
     * denominator is left to Rules.
     */
    private static final class Ratio extends AgainstMaximum {
        private final long denominatorLimit;
        private final boolean againstBest;

        private Ratio(BigDecimal max, long denominatorLimit, Rounding rounding, boolean againstBest) {
            super(max, rounding);
            this.denominatorLimit = denominatorLimit;
            this.againstBest = againstBest;
        }

        static Ratio of(BigDecimal max, Rounding rounding, boolean againstBest) {
            if (max.signum() <= 0 || max.scale() < 0 || max.scale() > 6 || max.precision() > 12) {
                return null;
            }
            // the quotient is at most max, so it has at most this many digits before the decimal point
            int wholeDigits = Math.max(0, max.precision() - max.scale());
            // a quotient N/D that is not on a boundary (a multiple of half a unit of the last place) is at least
            // 1 / (2 · 10^decimals · D) from one; half a unit of the 16th significant digit is at most
            // 0.5 · 10^(wholeDigits − 16); keeping D below 10^(15 − wholeDigits − decimals) leaves a factor of ten
            int limitDigits = 15 - wholeDigits - rounding.decimals();
            if (limitDigits < 1) {
                return null;
            }
            return new Ratio(max, TEN_TO[limitDigits], rounding, againstBest);
        }

        @Override
        long points(InputValue[] values, int[] read, BigDecimal best) {
            BigDecimal a = InputChecks.number(values[read[0]]);
            BigDecimal b = againstBest ? best : InputChecks.number(values[read[1]]);
            if (againstBest && (b == null || b.signum() == 0)) {
                return 0;
            }
            if (a == null || b == null || a.signum() < 0 || b.signum() <= 0) {
                return UNKNOWN;
            }
            if (a.signum() == 0) {
                return 0;
            }
            long aUnscaled = unscaledOf(a);
            long bUnscaled = unscaledOf(b);
            if (aUnscaled == UNKNOWN || bUnscaled == UNKNOWN || a.scale() + maxScale > 18
                    || b.scale() + decimals > 18) {
                return UNKNOWN;
            }
            try {
                // a / b ≥ 1 means max × a / b ≥ max: the points are capped at max
                if (Math.multiplyExact(aUnscaled, TEN_TO[b.scale()])
                        >= Math.multiplyExact(bUnscaled, TEN_TO[a.scale()])) {
                    return maxRounded;
                }
                long denominator = Math.multiplyExact(bUnscaled, TEN_TO[maxScale + a.scale()]);
                if (denominator >= denominatorLimit) {
                    return UNKNOWN;
                }
                long numerator = Math.multiplyExact(Math.multiplyExact(maxUnscaled, aUnscaled),
                        TEN_TO[b.scale() + decimals]);
                return divide(numerator, denominator);
            } catch (ArithmeticException tooLarge) {
                return UNKNOWN;
            }
        }
    }

    /**
     * {@code max × min(1, share / target)} rounded, where the share {@code a / b} is rounded half up to 10 places
     * first, as {@link Rules} computes a ratio against a target. The share is exact in long arithmetic; Rules then
     * divides by the target to 16 significant digits, an error of at most {@code max × 0.5 · 10^-16} in the points,
     * while a quotient with denominator {@code target · 10^10} that is not on a rounding boundary lies at least
     * {@code 1 / (2 · 10^decimals · target · 10^10)} from one. The two agree when
     * {@code max · target · 10^decimals < 10^6} in unscaled digits (a tenth of that is required here) and the exact
     * points are not on a boundary themselves: {@code 9 × 0,05 / 0,6 = 0,75}, but Rules has
     * {@code 9 × 0,08333333333333333}, just below it.
     */
    private static final class ShareOfTarget extends AgainstMaximum {
        private static final int SHARE_DECIMALS = 10;
        private final long targetUnscaled;
        private final int targetScale;

        private ShareOfTarget(BigDecimal max, long targetUnscaled, int targetScale, Rounding rounding) {
            super(max, rounding);
            this.targetUnscaled = targetUnscaled;
            this.targetScale = targetScale;
        }

        static ShareOfTarget of(BigDecimal max, BigDecimal target, Rounding rounding) {
            if (max.signum() <= 0 || max.scale() < 0 || max.scale() > 6 || target.signum() <= 0
                    || target.scale() < 0 || target.scale() > 6) {
                return null;
            }
            long maxUnscaled = unscaledOf(max);
            long targetUnscaled = unscaledOf(target);
            if (maxUnscaled == UNKNOWN || targetUnscaled == UNKNOWN || maxUnscaled > 100_000
                    || targetUnscaled > 100_000
                    || maxUnscaled * targetUnscaled * TEN_TO[rounding.decimals()] >= 100_000) {
                return null;
            }
            return new ShareOfTarget(max, targetUnscaled, target.scale(), rounding);
        }

        @Override
        long points(InputValue[] values, int[] read, BigDecimal best) {
            BigDecimal a = InputChecks.number(values[read[0]]);
            BigDecimal b = InputChecks.number(values[read[1]]);
            if (a == null || b == null || a.signum() < 0 || b.signum() <= 0) {
                return UNKNOWN;
            }
            long aUnscaled = unscaledOf(a);
            long bUnscaled = unscaledOf(b);
            if (aUnscaled == UNKNOWN || bUnscaled == UNKNOWN || b.scale() + SHARE_DECIMALS > 18
                    || a.scale() > 18) {
                return UNKNOWN;
            }
            try {
                // the share, rounded half up to 10 places as Rules rounds it, in units of 10^-10
                long share = RoundedLeaf.divide(Math.multiplyExact(aUnscaled, TEN_TO[b.scale() + SHARE_DECIMALS]),
                        Math.multiplyExact(bUnscaled, TEN_TO[a.scale()]), RoundingMode.HALF_UP);
                // share ≥ target: the target is reached and the points are max
                if (Math.multiplyExact(share, TEN_TO[targetScale])
                        >= Math.multiplyExact(targetUnscaled, TEN_TO[SHARE_DECIMALS])) {
                    return maxRounded;
                }
                long numerator = Math.multiplyExact(Math.multiplyExact(maxUnscaled, share),
                        TEN_TO[targetScale + decimals]);
                long denominator = Math.multiplyExact(targetUnscaled, TEN_TO[maxScale + SHARE_DECIMALS]);
                long remainder = numerator % denominator;
                if (remainder == 0 || 2 * remainder == denominator) {
                    // exactly on a boundary, where Rules' 16 digits of share / target (1/12 = 0,0833…) may fall
                    // just short of it
                    return UNKNOWN;
                }
                return divide(numerator, denominator);
            } catch (ArithmeticException tooLarge) {
                return UNKNOWN;
            }
        }
    }
}
