package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.ictindex.scoring.Decimals.dec;

/**
 * One criterion of a test appendix, built the way the scoring guide states it:
 * {@code NodeFixture.ratio("B1", 15, "with_pc", "staff")} is "Tỷ lệ with_pc / staff × 15".
 *
 * <p>Inputs the rule reads are declared on the node with a type that suits the rule (counts for ratios, yes/no for a
 * checklist…) unless the test declares them itself, on the node ({@link #declares}) or on the appendix.
 */
final class NodeFixture {

    private final String key;
    private final BigDecimal max;
    private Rule rule;
    private final List<NodeFixture> children;
    private NotApplicablePolicy notApplicable = NotApplicablePolicy.NOT_ALLOWED;
    private final Map<String, InputFixture> declared = new LinkedHashMap<>();
    private final List<InputConstraint> constraints = new ArrayList<>();
    private String name;

    private NodeFixture(String key, Number max, Rule rule, List<NodeFixture> children) {
        this.key = key;
        this.max = dec(max);
        this.rule = rule;
        this.children = children;
        this.name = "Tiêu chí " + key;
    }

    private static NodeFixture leaf(String key, Number max, Rule rule) {
        return new NodeFixture(key, max, rule, List.of());
    }

    // ------------------------------------------------------------------ rules

    static NodeFixture manual(String key, Number max) {
        return leaf(key, max, new Rule.Manual());
    }

    static NodeFixture yesNo(String key, Number max, String input) {
        return leaf(key, max, new Rule.YesNo(input));
    }

    @SafeVarargs
    static NodeFixture partialCredit(String key, Number max, String input, Map.Entry<String, Award>... awards) {
        Map<String, Award> map = new LinkedHashMap<>();
        for (Map.Entry<String, Award> award : awards) {
            map.put(award.getKey(), award.getValue());
        }
        return leaf(key, max, new Rule.PartialCredit(input, map));
    }

    static Map.Entry<String, Award> option(String value, Award award) {
        return Map.entry(value, award);
    }

    /** max × min(1, numerator / denominator); zero points on a zero denominator unless told otherwise. */
    static NodeFixture ratio(String key, Number max, String numerator, String denominator) {
        return leaf(key, max, new Rule.RatioTimesMax(numerator, denominator, Rule.ZeroDenominator.ZERO));
    }

    static NodeFixture ratioVsTarget(String key, Number max, String numerator, String denominator, Number target) {
        return leaf(key, max, new Rule.RatioVsTarget(numerator, denominator, dec(target),
                Rule.ZeroDenominator.ZERO));
    }

    static NodeFixture normalizedToBest(String key, Number max, String input) {
        return leaf(key, max, new Rule.NormalizedToBest(input, null, Rule.ZeroDenominator.ZERO));
    }

    static NodeFixture normalizedRatioToBest(String key, Number max, String input, String denominator) {
        return leaf(key, max, new Rule.NormalizedToBest(input, denominator, Rule.ZeroDenominator.ZERO));
    }

    static NodeFixture tiers(String key, Number max, String input, Rule.Tier... tiers) {
        return leaf(key, max, new Rule.Tiers(input, List.of(tiers)));
    }

    static Rule.Tier tier(Interval interval, Award award) {
        return new Rule.Tier(interval, award);
    }

    /** min(cap, points per item × items); a null cap means the node's maximum. */
    static NodeFixture perItem(String key, Number max, String input, Number pointsPerItem, Number cap) {
        return leaf(key, max, new Rule.PerItemCapped(input, dec(pointsPerItem), dec(cap)));
    }

    static NodeFixture checklist(String key, Number max, Rule.ChecklistItem... items) {
        return leaf(key, max, new Rule.Checklist(List.of(items)));
    }

    static Rule.ChecklistItem item(String input, Award award) {
        return new Rule.ChecklistItem(input, award);
    }

    /** max(floor, max − per event × events), floor zero. */
    static NodeFixture deduction(String key, Number max, String input, Number perEvent) {
        return leaf(key, max, new Rule.DeductionFromMax(input, dec(perEvent), null, null));
    }

    static NodeFixture formula(String key, Number max, String expression) {
        return leaf(key, max, new Rule.Formula(expression, null));
    }

    /** The sum of the children, capped at the maximum. */
    static NodeFixture sum(String key, Number max, NodeFixture... children) {
        return new NodeFixture(key, max, new Rule.CompositeSum(null), List.of(children));
    }

    static NodeFixture bestOf(String key, Number max, NodeFixture... alternatives) {
        return new NodeFixture(key, max, new Rule.BestCaseOfAlternatives(), List.of(alternatives));
    }

    // ------------------------------------------------------------------ modifiers

    NodeFixture notApplicable(NotApplicablePolicy policy) {
        this.notApplicable = policy;
        return this;
    }

    NodeFixture excludableWhenNotApplicable() {
        return notApplicable(NotApplicablePolicy.EXCLUDE);
    }

    NodeFixture zeroWhenNotApplicable() {
        return notApplicable(NotApplicablePolicy.ZERO);
    }

    NodeFixture onZeroDenominator(Rule.ZeroDenominator onZero) {
        if (rule instanceof Rule.RatioTimesMax r) {
            rule = new Rule.RatioTimesMax(r.numerator(), r.denominator(), onZero);
        } else if (rule instanceof Rule.RatioVsTarget r) {
            rule = new Rule.RatioVsTarget(r.numerator(), r.denominator(), r.target(), onZero);
        } else if (rule instanceof Rule.NormalizedToBest r) {
            rule = new Rule.NormalizedToBest(r.input(), r.denominator(), onZero);
        } else {
            throw new IllegalStateException(rule.typeName() + " has no denominator");
        }
        return this;
    }

    NodeFixture notApplicableOnZeroDenominator() {
        return onZeroDenominator(Rule.ZeroDenominator.NOT_APPLICABLE);
    }

    NodeFixture cappedAt(Number cap) {
        if (!(rule instanceof Rule.CompositeSum)) {
            throw new IllegalStateException("only a sum has a cap here");
        }
        rule = new Rule.CompositeSum(dec(cap));
        return this;
    }

    NodeFixture floor(Number floor) {
        if (rule instanceof Rule.DeductionFromMax r) {
            rule = new Rule.DeductionFromMax(r.input(), r.perEvent(), dec(floor), r.start());
        } else if (rule instanceof Rule.Formula r) {
            rule = new Rule.Formula(r.expression(), dec(floor));
        } else {
            throw new IllegalStateException(rule.typeName() + " has no floor");
        }
        return this;
    }

    NodeFixture startingAt(Number start) {
        Rule.DeductionFromMax r = (Rule.DeductionFromMax) rule;
        rule = new Rule.DeductionFromMax(r.input(), r.perEvent(), r.floor(), dec(start));
        return this;
    }

    /** Declares inputs on this node instead of the inferred ones (a unit name for traces, bounds, another type). */
    NodeFixture declares(InputFixture... inputs) {
        for (InputFixture input : inputs) {
            declared.put(input.key(), input);
        }
        return this;
    }

    NodeFixture constraint(String text) {
        constraints.add(AppendixFixture.parseConstraint(text));
        return this;
    }

    NodeFixture named(String name) {
        this.name = name;
        return this;
    }

    String key() {
        return key;
    }

    Rule rule() {
        return rule;
    }

    List<NodeFixture> children() {
        return children;
    }

    // ------------------------------------------------------------------ building

    /** Builds the node, declaring each input once: inputs in {@code alreadyDeclared} are left to their declarer. */
    CriterionNode build(Set<String> alreadyDeclared) {
        List<InputDefinition> inputs = new ArrayList<>();
        for (InputFixture input : declared.values()) {
            if (alreadyDeclared.add(input.key())) {
                inputs.add(input.build());
            }
        }
        for (String read : rule.inputsRead()) {
            if (alreadyDeclared.add(read)) {
                inputs.add(inferred(read).build());
            }
        }
        List<CriterionNode> built = new ArrayList<>();
        for (NodeFixture child : children) {
            built.add(child.build(alreadyDeclared));
        }
        return new CriterionNode(key, name, "Criterion " + key, max, null, EvidenceRequirement.NONE, List.of(),
                notApplicable, inputs, constraints, rule, built, null);
    }

    private InputFixture inferred(String input) {
        if (rule instanceof Rule.YesNo || rule instanceof Rule.Checklist) {
            return InputFixture.yesNo(input);
        }
        if (rule instanceof Rule.PartialCredit r) {
            return InputFixture.choice(input, r.awards().keySet().toArray(String[]::new));
        }
        if (rule instanceof Rule.RatioTimesMax || rule instanceof Rule.RatioVsTarget
                || rule instanceof Rule.DeductionFromMax) {
            return InputFixture.count(input);
        }
        if (rule instanceof Rule.NormalizedToBest) {
            return InputFixture.number(input).min(0);
        }
        if (rule instanceof Rule.PerItemCapped) {
            return InputFixture.items(input);
        }
        return InputFixture.number(input);
    }

    @Override
    public String toString() {
        return key + " " + rule.typeName() + " max " + max.toPlainString()
                + (children.isEmpty() ? "" : " " + Arrays.toString(children.toArray()));
    }
}
