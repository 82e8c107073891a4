package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.ictindex.scoring.CompiledAppendix.clamp;
import static vn.ictindex.scoring.CompiledAppendix.ratio;

/** The arithmetic of each leaf rule, on inputs that are present and already checked. */
final class Rules {

    private Rules() {
    }

    /**
     * @param read   indexes into {@code values} of the inputs the rule reads, in {@link Rule#inputsRead()} order
     * @param best   the group's best value, for a normalised rule
     * @param traced whether to build the trace; without it the outcome's trace is null
     */
    static CompiledAppendix.Outcome evaluate(CriterionNode node, InputDefinition[] inputs, InputValue[] values,
                                             int[] read, BigDecimal manual, BigDecimal best,
                                             CompiledAppendix.FormulaEvaluator formula,
                                             Map<String, BigDecimal> aggregates, boolean traced) {
        Rule rule = node.rule();
        BigDecimal max = node.maxPoints();
        if (rule instanceof Rule.Manual) {
            return traced ? scored(manual, Trace.Kind.MANUAL, manual) : untraced(manual);
        }
        if (rule instanceof Rule.YesNo) {
            boolean yes = ((InputValue.BooleanValue) values[read[0]]).value();
            if (!traced) {
                return untraced(yes ? max : BigDecimal.ZERO);
            }
            return yes ? scored(max, Trace.Kind.YES, max) : scored(BigDecimal.ZERO, Trace.Kind.NO);
        }
        if (rule instanceof Rule.PartialCredit r) {
            String chosen = ((InputValue.ChoiceValue) values[read[0]]).value();
            Award award = r.awards().get(chosen);
            BigDecimal points = award == null ? BigDecimal.ZERO : clamp(award.of(max), BigDecimal.ZERO, max);
            return traced ? scored(points, Trace.Kind.CHOICE, chosen, award == null ? "0" : award.toString(), points)
                    : untraced(points);
        }
        if (rule instanceof Rule.RatioTimesMax r) {
            BigDecimal a = number(values[read[0]]);
            BigDecimal b = number(values[read[1]]);
            if (b.signum() == 0) {
                return zeroDenominator(r.onZeroDenominator());
            }
            BigDecimal points = clamp(max.multiply(a).divide(b, MathContext.DECIMAL64), BigDecimal.ZERO, max);
            return traced ? scored(points, Trace.Kind.RATIO, a, b, max, points,
                    ratio(a, b).compareTo(BigDecimal.ONE) > 0) : untraced(points);
        }
        if (rule instanceof Rule.RatioVsTarget r) {
            BigDecimal a = number(values[read[0]]);
            BigDecimal b = number(values[read[1]]);
            if (b.signum() == 0) {
                return zeroDenominator(r.onZeroDenominator());
            }
            BigDecimal share = ratio(a, b);
            BigDecimal reached = share.divide(r.target(), MathContext.DECIMAL64).min(BigDecimal.ONE);
            BigDecimal points = clamp(max.multiply(reached), BigDecimal.ZERO, max);
            return traced ? scored(points, Trace.Kind.RATIO_TARGET, a, b, share, r.target(), max, points)
                    : untraced(points);
        }
        if (rule instanceof Rule.NormalizedToBest r) {
            BigDecimal value = number(values[read[0]]);
            BigDecimal shown = value;
            if (r.isRatio()) {
                BigDecimal b = number(values[read[1]]);
                if (b.signum() == 0) {
                    return zeroDenominator(r.onZeroDenominator());
                }
                value = value.divide(b, MathContext.DECIMAL64);
            }
            if (best == null || best.signum() == 0) {
                return traced ? scored(BigDecimal.ZERO, Trace.Kind.NORMALIZED_BEST_ZERO, value)
                        : untraced(BigDecimal.ZERO);
            }
            BigDecimal points = clamp(max.multiply(value).divide(best, MathContext.DECIMAL64), BigDecimal.ZERO, max);
            if (!traced) {
                return untraced(points);
            }
            return r.isRatio()
                    ? scored(points, Trace.Kind.NORMALIZED_RATIO, shown, number(values[read[1]]), value, best, max,
                    points)
                    : scored(points, Trace.Kind.NORMALIZED, value, best, max, points);
        }
        if (rule instanceof Rule.Tiers r) {
            BigDecimal value = number(values[read[0]]);
            List<Rule.Tier> tiers = r.tiers();
            for (int t = 0; t < tiers.size(); t++) {
                if (tiers.get(t).interval().contains(value)) {
                    BigDecimal points = clamp(tiers.get(t).award().of(max), BigDecimal.ZERO, max);
                    return traced ? scored(points, Trace.Kind.TIER, value, t + 1, tiers.get(t).interval().describe(),
                            points) : untraced(points);
                }
            }
            return traced ? scored(BigDecimal.ZERO, Trace.Kind.NO_TIER, value) : untraced(BigDecimal.ZERO);
        }
        if (rule instanceof Rule.PerItemCapped r) {
            BigDecimal count = number(values[read[0]]);
            BigDecimal cap = r.cap() == null ? max : r.cap().min(max);
            BigDecimal points = clamp(r.pointsPerItem().multiply(count), BigDecimal.ZERO, cap);
            return traced ? scored(points, Trace.Kind.PER_ITEM, count, r.pointsPerItem(), cap, points)
                    : untraced(points);
        }
        if (rule instanceof Rule.Checklist r) {
            boolean[] met = new boolean[read.length];
            BigDecimal sum = BigDecimal.ZERO;
            for (int k = 0; k < read.length; k++) {
                met[k] = ((InputValue.BooleanValue) values[read[k]]).value();
                if (met[k]) {
                    sum = sum.add(r.items().get(k).award().of(max));
                }
            }
            BigDecimal points = clamp(sum, BigDecimal.ZERO, max);
            return traced ? scored(points, Trace.Kind.CHECKLIST, met, points) : untraced(points);
        }
        if (rule instanceof Rule.DeductionFromMax r) {
            BigDecimal events = number(values[read[0]]);
            BigDecimal start = r.start() == null ? max : r.start();
            BigDecimal floor = r.floor() == null ? BigDecimal.ZERO : r.floor();
            BigDecimal points = start.subtract(r.perEvent().multiply(events)).max(floor).min(max);
            return traced ? scored(points, Trace.Kind.DEDUCTION, start, r.perEvent(), events, floor, points)
                    : untraced(points);
        }
        if (rule instanceof Rule.Formula r) {
            Map<String, Object> variables = new LinkedHashMap<>();
            for (int input : read) {
                InputValue v = values[input];
                Object bound = v instanceof InputValue.BooleanValue b ? (Object) b.value()
                        : v instanceof InputValue.ChoiceValue c ? c.value() : InputChecks.number(v);
                variables.put(inputs[input].key(), bound);
            }
            variables.put(Formulas.MAX_POINTS, max);
            variables.putAll(aggregates);
            BigDecimal result = formula.evaluate(variables);
            BigDecimal floor = r.floor() == null ? BigDecimal.ZERO : r.floor();
            BigDecimal points = clamp(result, floor, max);
            return traced ? scored(points, Trace.Kind.FORMULA, variables, result, points) : untraced(points);
        }
        throw new IllegalStateException("no evaluator for " + rule.typeName());
    }

    private static CompiledAppendix.Outcome zeroDenominator(Rule.ZeroDenominator onZero) {
        return onZero == Rule.ZeroDenominator.NOT_APPLICABLE
                ? CompiledAppendix.Outcome.notApplicable(Trace.of(Trace.Kind.ZERO_DENOMINATOR_NOT_APPLICABLE))
                : scored(BigDecimal.ZERO, Trace.Kind.ZERO_DENOMINATOR);
    }

    /** Points without a trace: while scoring a group, traces are rebuilt only for the results someone reads. */
    private static CompiledAppendix.Outcome untraced(BigDecimal points) {
        return CompiledAppendix.Outcome.points(points, null);
    }

    private static CompiledAppendix.Outcome scored(BigDecimal points, Trace.Kind kind, Object... args) {
        return CompiledAppendix.Outcome.points(points, new Trace(kind, args));
    }

    private static BigDecimal number(InputValue value) {
        return InputChecks.number(value);
    }
}
