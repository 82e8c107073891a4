package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static vn.ictindex.scoring.Awards.fraction;
import static vn.ictindex.scoring.Awards.points;

/**
 * Random but reproducible appendices and target groups for the property tests: every rule type, nested sums and
 * alternatives, every not-applicable policy, adjustments, and units with missing, invalid and not-applicable entries.
 * The same seed always gives the same case, and every case is one the criteria validator accepts (a property test checks
 * it): children's maxima add up to a sum's maximum or its cap, alternatives are no higher than their parent, tiers do
 * not overlap, maxima are whole numbers.
 */
final class RandomGroups {

    /** One generated appendix with the units of its target group. */
    record Case(long seed, Appendix appendix, List<UnitInputs> units, String tree) {
        @Override
        public String toString() {
            return "seed " + seed;
        }
    }

    private enum Kind { COUNT, NUMBER, YES_NO, CHOICE, ITEMS }

    private record InputSpec(String key, Kind kind, boolean denominator) {
    }

    private final Random random;
    private final List<InputSpec> specs = new ArrayList<>();
    private final Map<String, BigDecimal> maxima = new LinkedHashMap<>();
    private int nodes;

    private RandomGroups(long seed) {
        this.random = new Random(seed);
    }

    static Case generate(long seed) {
        return new RandomGroups(seed).build(seed);
    }

    private Case build(long seed) {
        List<NodeFixture> groups = new ArrayList<>();
        int groupCount = 1 + random.nextInt(4);
        for (int g = 0; g < groupCount; g++) {
            groups.add(node(0));
        }
        AppendixFixture appendix = AppendixFixture.withGroups(groups.toArray(NodeFixture[]::new))
                .input(InputFixture.count("staff"));
        specs.add(new InputSpec("staff", Kind.COUNT, true));
        int decimals = random.nextInt(4);
        RoundingMode mode = pick(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN);
        appendix.rounding(decimals, mode, random.nextBoolean());
        Basis basis = pick(Basis.values());
        String[] tieBreak = random.nextInt(3) == 0
                ? new String[]{groups.get(random.nextInt(groups.size())).key()} : new String[0];
        appendix.rankedBy(basis, tieBreak);
        if (random.nextInt(3) == 0) {
            appendix.penalty("ADJ-LATE", "late", 1 + random.nextInt(5), 5 + random.nextInt(10));
            specs.add(new InputSpec("late", Kind.COUNT, false));
        }
        if (random.nextInt(3) == 0) {
            appendix.bonus("ADJ-AWARD", "awards", 1 + random.nextInt(3), 2 + random.nextInt(5));
            specs.add(new InputSpec("awards", Kind.COUNT, false));
        }
        if (random.nextBoolean()) {
            appendix.totalMayExceedMax();
        }
        appendix.classifiedBy(Basis.PERCENT)
                .band("Tốt", Intervals.atLeast(80))
                .band("Khá", Intervals.fromBelow(50, 80))
                .band("Yếu", Intervals.fromBelow(0, 50));
        Appendix built = appendix.build();
        List<UnitInputs> units = new ArrayList<>();
        int unitCount = 2 + random.nextInt(7);
        for (int u = 0; u < unitCount; u++) {
            units.add(unit("U" + (u + 1), built));
        }
        return new Case(seed, built, units, groups.toString());
    }

    // ------------------------------------------------------------------ the tree

    private NodeFixture node(int depth) {
        String key = "N" + (++nodes);
        int choice = random.nextInt(10);
        NodeFixture node;
        if (depth < 2 && choice < 3) {
            NodeFixture[] children = children(key, depth);
            BigDecimal total = sumOfMaxima(children);
            node = NodeFixture.sum(key, total, children);
            maxima.put(key, total);
            if (random.nextInt(3) == 0 && children.length > 1) {
                BigDecimal cap = total.subtract(BigDecimal.valueOf(random.nextInt(total.intValue())));
                node = NodeFixture.sum(key, cap, children).cappedAt(cap);
                maxima.put(key, cap);
            }
        } else if (depth < 2 && choice == 3) {
            NodeFixture[] children = children(key, depth);
            BigDecimal best = BigDecimal.ZERO;
            for (NodeFixture child : children) {
                best = best.max(maxOf(child));
            }
            node = NodeFixture.bestOf(key, best, children);
            maxima.put(key, best);
        } else {
            node = leaf(key, 1 + random.nextInt(20));
        }
        node.notApplicable(zeroDenominatorIsNotApplicable(node.rule())
                ? pick(NotApplicablePolicy.EXCLUDE, NotApplicablePolicy.ZERO)
                : pick(NotApplicablePolicy.values()));
        return node;
    }

    private static boolean zeroDenominatorIsNotApplicable(Rule rule) {
        Rule.ZeroDenominator onZero = rule instanceof Rule.RatioTimesMax r ? r.onZeroDenominator()
                : rule instanceof Rule.RatioVsTarget r ? r.onZeroDenominator()
                : rule instanceof Rule.NormalizedToBest r ? r.onZeroDenominator() : null;
        return onZero == Rule.ZeroDenominator.NOT_APPLICABLE;
    }

    private NodeFixture[] children(String key, int depth) {
        NodeFixture[] children = new NodeFixture[1 + random.nextInt(4)];
        for (int c = 0; c < children.length; c++) {
            children[c] = node(depth + 1);
        }
        return children;
    }

    private BigDecimal maxOf(NodeFixture node) {
        return maxima.get(node.key());
    }

    private BigDecimal sumOfMaxima(NodeFixture[] children) {
        BigDecimal total = BigDecimal.ZERO;
        for (NodeFixture child : children) {
            total = total.add(maxOf(child));
        }
        return total;
    }

    private NodeFixture leaf(String key, int max) {
        maxima.put(key, BigDecimal.valueOf(max));
        String a = key.toLowerCase() + "_a";
        String b = key.toLowerCase() + "_b";
        switch (random.nextInt(13)) {
            case 0 -> {
                specs.add(new InputSpec(a, Kind.YES_NO, false));
                return NodeFixture.yesNo(key, max, a);
            }
            case 1 -> {
                specs.add(new InputSpec(a, Kind.CHOICE, false));
                return NodeFixture.partialCredit(key, max, a, NodeFixture.option("full", Awards.fullMarks()),
                        NodeFixture.option("half", Awards.half()), NodeFixture.option("none", points(0)));
            }
            case 2, 3 -> {
                String denominator = denominator(b);
                specs.add(new InputSpec(a, Kind.COUNT, false));
                NodeFixture node = random.nextBoolean()
                        ? NodeFixture.ratio(key, max, a, denominator)
                        : NodeFixture.ratioVsTarget(key, max, a, denominator, pick(0.5, 0.8, 0.9, 1));
                if (random.nextBoolean()) {
                    node.notApplicableOnZeroDenominator();
                }
                if (random.nextInt(3) == 0) {
                    node.constraint(a + " <= " + denominator);
                }
                return node;
            }
            case 4 -> {
                specs.add(new InputSpec(a, Kind.NUMBER, false));
                if (random.nextBoolean()) {
                    return NodeFixture.normalizedToBest(key, max, a);
                }
                NodeFixture node = NodeFixture.normalizedRatioToBest(key, max, a, denominator(b));
                return random.nextBoolean() ? node.notApplicableOnZeroDenominator() : node;
            }
            case 5 -> {
                specs.add(new InputSpec(a, Kind.COUNT, false));
                int t1 = 1 + random.nextInt(5);
                int t2 = t1 + 1 + random.nextInt(5);
                int t3 = t2 + 1 + random.nextInt(10);
                Interval low = random.nextBoolean() ? Intervals.fromBelow(t1, t2)
                        : new Interval(Bound.exclusive(BigDecimal.valueOf(t1)), Bound.exclusive(BigDecimal.valueOf(t2)));
                return NodeFixture.tiers(key, max, a,
                        NodeFixture.tier(Intervals.atLeast(t3), Awards.fullMarks()),
                        NodeFixture.tier(Intervals.fromBelow(t2, t3), Awards.half()),
                        NodeFixture.tier(low, points(Math.min(max, 1 + random.nextInt(3)))));
            }
            case 6 -> {
                specs.add(new InputSpec(a, Kind.ITEMS, false));
                Integer cap = random.nextBoolean() ? null : 1 + random.nextInt(max);
                return NodeFixture.perItem(key, max, a, pick(0.5, 1, 2, 3), cap);
            }
            case 7 -> {
                int items = pick(1, 2, 4);
                Rule.ChecklistItem[] list = new Rule.ChecklistItem[items];
                for (int i = 0; i < items; i++) {
                    String input = key.toLowerCase() + "_q" + i;
                    specs.add(new InputSpec(input, Kind.YES_NO, false));
                    list[i] = NodeFixture.item(input, fraction(1, items));
                }
                return NodeFixture.checklist(key, max, list);
            }
            case 8 -> {
                specs.add(new InputSpec(a, Kind.COUNT, false));
                NodeFixture node = NodeFixture.deduction(key, max, a, 1 + random.nextInt(3));
                return switch (random.nextInt(3)) {
                    case 0 -> node.floor(-(1 + random.nextInt(max)));
                    case 1 -> node.floor(random.nextInt(max));
                    default -> node;
                };
            }
            case 9, 10 -> {
                return formula(key, max, a, b);
            }
            default -> {
                return NodeFixture.manual(key, max);
            }
        }
    }

    private NodeFixture formula(String key, int max, String a, String b) {
        specs.add(new InputSpec(a, Kind.COUNT, false));
        int k = 1 + random.nextInt(10);
        return switch (random.nextInt(5)) {
            case 0 -> NodeFixture.formula(key, max, "MIN(max_points, " + a + " * " + k + ")");
            case 1 -> NodeFixture.formula(key, max, "IF(" + a + " > " + k + ", max_points, max_points / 2)");
            case 2 -> NodeFixture.formula(key, max, "max_points * " + a + " / GROUP_MAX(" + a + ")");
            case 3 -> {
                specs.add(new InputSpec(b, Kind.COUNT, true));
                yield NodeFixture.formula(key, max, "max_points * " + a + " / " + b);
            }
            default -> NodeFixture.formula(key, max, a + " - " + k).floor(-k);
        };
    }

    private String denominator(String own) {
        if (random.nextBoolean()) {
            return "staff";
        }
        specs.add(new InputSpec(own, Kind.COUNT, true));
        return own;
    }

    // ------------------------------------------------------------------ the units

    private UnitInputs unit(String id, Appendix appendix) {
        Map<String, InputValue> inputs = new LinkedHashMap<>();
        for (InputSpec spec : specs) {
            int dice = random.nextInt(100);
            if (dice < 4) {
                continue;
            }
            inputs.put(spec.key(), dice < 6 ? invalid(spec) : valid(spec));
        }
        Set<String> notApplicable = new LinkedHashSet<>();
        Map<String, BigDecimal> manual = new LinkedHashMap<>();
        for (CriterionNode node : appendix.allNodes()) {
            int claim = random.nextInt(100);
            if (node.notApplicable() != NotApplicablePolicy.NOT_ALLOWED ? claim < 10 : claim < 1) {
                notApplicable.add(node.key());
            }
            if (node.rule() instanceof Rule.Manual) {
                int dice = random.nextInt(100);
                if (dice >= 5) {
                    BigDecimal points = node.maxPoints().multiply(BigDecimal.valueOf(random.nextInt(10001)))
                            .divide(BigDecimal.valueOf(10000), 2, RoundingMode.DOWN);
                    manual.put(node.key(), dice < 7 ? node.maxPoints().add(BigDecimal.ONE) : points);
                }
            }
        }
        return new UnitInputs(id, inputs, notApplicable, manual);
    }

    private InputValue valid(InputSpec spec) {
        return switch (spec.kind()) {
            case COUNT -> new InputValue.NumberValue(BigDecimal.valueOf(
                    spec.denominator() && random.nextInt(8) == 0 ? 0 : random.nextInt(31)));
            case NUMBER -> new InputValue.NumberValue(BigDecimal.valueOf(random.nextInt(1001), 1));
            case YES_NO -> new InputValue.BooleanValue(random.nextBoolean());
            case CHOICE -> new InputValue.ChoiceValue(pick("full", "half", "none"));
            case ITEMS -> {
                List<String> items = new ArrayList<>();
                for (int i = random.nextInt(6); i > 0; i--) {
                    items.add("mục " + i);
                }
                yield new InputValue.ItemsValue(items);
            }
        };
    }

    private InputValue invalid(InputSpec spec) {
        return switch (spec.kind()) {
            case COUNT, NUMBER -> new InputValue.NumberValue(BigDecimal.valueOf(-1 - random.nextInt(5)));
            case YES_NO -> new InputValue.NumberValue(BigDecimal.ONE);
            case CHOICE -> new InputValue.ChoiceValue("không có");
            case ITEMS -> new InputValue.ItemsValue(List.of(" "));
        };
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }
}
