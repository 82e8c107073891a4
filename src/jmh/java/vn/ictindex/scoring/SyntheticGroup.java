package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A generated target group for benchmarks: an appendix of 150 leaf criteria (6 groups A–F, 5 criteria of 5
 * sub-criteria each, 500 points) with a realistic mix of rule types, and units with seeded random but plausible
 * inputs. The same seed gives the same appendix and inputs on every run.
 *
 * <p>Rule mix of the 150 leaves: 52 ratio_times_max, 8 ratio_vs_target, 29 tiers, 18 boolean, 15 checklist (2–3
 * items), 12 per_item_capped (lists of 0–8 names), 8 normalized_to_best_in_group (half of them ratios), 4
 * deduction_from_max, 2 partial_credit, 2 formula (one reads a group aggregate). About a fifth of the leaves accept a
 * "not applicable" claim; each unit claims it on 3 % of those, and leaves 0.5 % of its inputs empty.
 */
public final class SyntheticGroup {

    public static final int UNITS = 10_000;
    public static final long SEED = 20_190_201L;

    /** Rule types in the order they are dealt to the 150 leaves, with how many of each. */
    enum Kind {
        RATIO(52), RATIO_TARGET(8), TIERS(29), BOOLEAN(18), CHECKLIST(15), PER_ITEM(12), NORMALIZED(8), DEDUCTION(4),
        PARTIAL(2), FORMULA(2);

        final int count;

        Kind(int count) {
            this.count = count;
        }
    }

    private static final String[] GROUPS = {"A", "B", "C", "D", "E", "F"};
    private static final int[] GROUP_MAX = {100, 100, 80, 80, 70, 70};
    /** Leaf maxima, cycled within a group so that 25 leaves add up to the group's maximum. */
    private static final int[][] LEAF_MAX = {{2, 3, 4, 5, 6}, {2, 3, 4, 5, 6}, {2, 3, 3, 4, 4}, {2, 3, 3, 4, 4},
            {2, 2, 3, 3, 4}, {2, 2, 3, 3, 4}};
    private static final String[] SHARED_DENOMINATORS = {"staff_total", "docs_total", "procedures_total",
            "computers_total"};
    private static final List<String> ITEM_NAMES = List.of("Quản lý văn bản", "Một cửa điện tử", "Thư điện tử",
            "Kế toán", "Quản lý cán bộ", "Họp trực tuyến", "Chữ ký số", "Cổng thông tin");

    private SyntheticGroup() {
    }

    /** What the generated leaves are, for reports. */
    public static Map<String, Integer> ruleMix(Appendix appendix) {
        Map<String, Integer> mix = new LinkedHashMap<>();
        appendix.visit(n -> {
            if (n.isLeaf()) {
                mix.merge(n.rule().typeName(), 1, Integer::sum);
            }
        });
        return mix;
    }

    // ---------------------------------------------------------------- the appendix

    public static Appendix appendix() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Kind> deck = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < kind.count; i++) {
                deck.add(kind);
            }
        }
        // a seeded shuffle, so that every group gets a mix
        for (int i = deck.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Kind t = deck.get(i);
            deck.set(i, deck.get(j));
            deck.set(j, t);
        }
        List<InputDefinition> shared = new ArrayList<>();
        shared.add(integer("staff_total", "Tổng số CBCCVC", 1, "người"));
        shared.add(integer("docs_total", "Tổng số văn bản đi", 0, "văn bản"));
        shared.add(integer("procedures_total", "Tổng số thủ tục hành chính", 0, "thủ tục"));
        shared.add(integer("computers_total", "Tổng số máy tính", 0, "máy tính"));
        shared.add(integer("late_submissions", "Số lần nộp báo cáo muộn", 0, null));

        List<CriterionNode> groups = new ArrayList<>();
        Map<Kind, Integer> dealt = new EnumMap<>(Kind.class);
        int leaf = 0;
        for (int g = 0; g < GROUPS.length; g++) {
            List<CriterionNode> criteria = new ArrayList<>();
            for (int c = 1; c <= 5; c++) {
                List<CriterionNode> subs = new ArrayList<>();
                int criterionMax = 0;
                for (int s = 1; s <= 5; s++) {
                    int max = LEAF_MAX[g][s - 1];
                    criterionMax += max;
                    String key = GROUPS[g] + c + "." + s;
                    Kind kind = deck.get(leaf++);
                    int ordinal = dealt.merge(kind, 1, Integer::sum);
                    subs.add(leaf(key, BigDecimal.valueOf(max), kind, ordinal, random));
                }
                criteria.add(node(GROUPS[g] + c, "Tiêu chí " + GROUPS[g] + c, BigDecimal.valueOf(criterionMax),
                        NotApplicablePolicy.NOT_ALLOWED, List.of(), List.of(), new Rule.CompositeSum(null), subs));
            }
            groups.add(node(GROUPS[g], "Nhóm tiêu chí " + GROUPS[g], BigDecimal.valueOf(GROUP_MAX[g]),
                    NotApplicablePolicy.NOT_ALLOWED, List.of(), List.of(), new Rule.CompositeSum(null), criteria));
        }
        Classification classification = new Classification(Basis.PERCENT, List.of(
                band("Tốt", "Good", 80, null), band("Khá", "Fair", 60, 80), band("Trung bình", "Average", 40, 60),
                band("Yếu", "Weak", 0, 40)));
        Adjustments adjustments = new Adjustments(false, List.of(new Adjustments.Item("ADJ-LATE",
                "Nộp báo cáo muộn", Adjustments.Kind.PENALTY, "late_submissions", BigDecimal.valueOf(2),
                BigDecimal.TEN, null)));
        return new Appendix("PL-BENCH", "Phụ lục sinh tự động cho đo hiệu năng", "Generated benchmark appendix",
                new TargetGroup("BENCH", "Nhóm đo hiệu năng"), BigDecimal.valueOf(500), Rounding.DEFAULT,
                classification, new Ranking(Basis.PERCENT, List.of()), shared, List.of(), groups, adjustments);
    }

    /** @param ordinal 1 for the first leaf of its kind, 2 for the second... */
    private static CriterionNode leaf(String key, BigDecimal max, Kind kind, int ordinal, SplittableRandom random) {
        String p = key.toLowerCase().replace('.', '_');
        double naDraw = random.nextDouble();
        NotApplicablePolicy na = naDraw < 0.15 ? NotApplicablePolicy.EXCLUDE
                : naDraw < 0.20 ? NotApplicablePolicy.ZERO : NotApplicablePolicy.NOT_ALLOWED;
        List<InputDefinition> inputs = new ArrayList<>();
        List<InputConstraint> constraints = new ArrayList<>();
        Rule rule;
        switch (kind) {
            case RATIO, RATIO_TARGET -> {
                String num = p + "_done";
                String den;
                inputs.add(integer(num, "Số đã thực hiện (" + key + ")", 0, null));
                if (random.nextBoolean()) {
                    den = SHARED_DENOMINATORS[random.nextInt(SHARED_DENOMINATORS.length)];
                } else {
                    den = p + "_total";
                    inputs.add(integer(den, "Tổng số (" + key + ")", 0, null));
                }
                if (random.nextBoolean()) {
                    constraints.add(new InputConstraint(InputConstraint.Operand.input(num),
                            InputConstraint.Comparison.LESS_OR_EQUAL, InputConstraint.Operand.input(den)));
                }
                Rule.ZeroDenominator onZero = na != NotApplicablePolicy.NOT_ALLOWED
                        ? Rule.ZeroDenominator.NOT_APPLICABLE : Rule.ZeroDenominator.ZERO;
                rule = kind == Kind.RATIO ? new Rule.RatioTimesMax(num, den, onZero)
                        : new Rule.RatioVsTarget(num, den, new BigDecimal("0.8").add(
                        BigDecimal.valueOf(random.nextInt(4), 2)), onZero);
            }
            case TIERS -> {
                String in = p + "_count";
                inputs.add(integer(in, "Số lượng (" + key + ")", 0, "lần"));
                rule = new Rule.Tiers(in, List.of(
                        new Rule.Tier(new Interval(Bound.inclusive(BigDecimal.valueOf(12)), null),
                                new Award.FractionOfMax(BigInteger.ONE, BigInteger.ONE)),
                        new Rule.Tier(new Interval(Bound.inclusive(BigDecimal.valueOf(6)),
                                Bound.exclusive(BigDecimal.valueOf(12))),
                                new Award.FractionOfMax(BigInteger.TWO, BigInteger.valueOf(3))),
                        new Rule.Tier(new Interval(Bound.inclusive(BigDecimal.ONE),
                                Bound.exclusive(BigDecimal.valueOf(6))),
                                new Award.Points(max.divide(BigDecimal.valueOf(4)))),
                        new Rule.Tier(new Interval(null, Bound.inclusive(BigDecimal.ZERO)),
                                new Award.Points(BigDecimal.ZERO))));
            }
            case BOOLEAN -> {
                String in = p + "_yes";
                inputs.add(bool(in, "Đã thực hiện (" + key + ")"));
                rule = new Rule.YesNo(in);
            }
            case CHECKLIST -> {
                int items = 2 + random.nextInt(2);
                List<Rule.ChecklistItem> list = new ArrayList<>();
                for (int i = 1; i <= items; i++) {
                    String in = p + "_item" + i;
                    inputs.add(bool(in, "Mục " + i + " (" + key + ")"));
                    list.add(new Rule.ChecklistItem(in, new Award.FractionOfMax(BigInteger.ONE,
                            BigInteger.valueOf(items))));
                }
                rule = new Rule.Checklist(list);
            }
            case PER_ITEM -> {
                String in = p + "_items";
                inputs.add(new InputDefinition(in, "Danh sách (" + key + ")", null, InputType.ITEMS, null,
                        BigDecimal.valueOf(8), null, List.of(), null));
                rule = new Rule.PerItemCapped(in, max.divide(BigDecimal.valueOf(4)), max);
            }
            case NORMALIZED -> {
                String in = p + "_value";
                inputs.add(new InputDefinition(in, "Giá trị (" + key + ")", null, InputType.NUMBER, BigDecimal.ZERO,
                        null, "Mbps", List.of(), null));
                boolean ratio = random.nextBoolean();
                rule = new Rule.NormalizedToBest(in, ratio ? "staff_total" : null,
                        na != NotApplicablePolicy.NOT_ALLOWED ? Rule.ZeroDenominator.NOT_APPLICABLE
                                : Rule.ZeroDenominator.ZERO);
            }
            case DEDUCTION -> {
                String in = p + "_events";
                inputs.add(integer(in, "Số sự cố (" + key + ")", 0, "sự cố"));
                rule = new Rule.DeductionFromMax(in, max.divide(BigDecimal.valueOf(4)), null, null);
            }
            case PARTIAL -> {
                String in = p + "_role";
                inputs.add(new InputDefinition(in, "Vai trò (" + key + ")", null, InputType.CHOICE, null, null, null,
                        List.of(new InputDefinition.ChoiceOption("head", "Người đứng đầu"),
                                new InputDefinition.ChoiceOption("deputy", "Cấp phó"),
                                new InputDefinition.ChoiceOption("none", "Chưa có")), null));
                Map<String, Award> awards = new LinkedHashMap<>();
                awards.put("head", new Award.FractionOfMax(BigInteger.ONE, BigInteger.ONE));
                awards.put("deputy", new Award.FractionOfMax(BigInteger.ONE, BigInteger.TWO));
                awards.put("none", new Award.Points(BigDecimal.ZERO));
                rule = new Rule.PartialCredit(in, awards);
            }
            case FORMULA -> {
                String issued = p + "_issued";
                String late = p + "_days_late";
                inputs.add(bool(issued, "Đã ban hành (" + key + ")"));
                inputs.add(integer(late, "Số ngày chậm (" + key + ")", 0, "ngày"));
                String expression = ordinal % 2 == 1
                        ? "IF(" + issued + ", IF(" + late + " <= 0, max_points, IF(" + late
                        + " <= 30, max_points / 2, 0)), 0)"
                        : "IF(" + issued + ", max_points * (1 - " + late + " / MAX(GROUP_MAX(" + late + "), 1)), 0)";
                rule = new Rule.Formula(expression, null);
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return node(key, "Tiêu chí con " + key + " (" + rule.typeName() + ")", max, na, inputs, constraints, rule,
                List.of());
    }

    private static CriterionNode node(String key, String name, BigDecimal max, NotApplicablePolicy na,
                                      List<InputDefinition> inputs, List<InputConstraint> constraints, Rule rule,
                                      List<CriterionNode> children) {
        return new CriterionNode(key, name, null, max, null, EvidenceRequirement.NONE, List.of(), na, inputs,
                constraints, rule, children, null);
    }

    private static InputDefinition integer(String key, String label, int min, String unit) {
        return new InputDefinition(key, label, null, InputType.INTEGER, BigDecimal.valueOf(min), null, unit, List.of(),
                null);
    }

    private static InputDefinition bool(String key, String label) {
        return new InputDefinition(key, label, null, InputType.BOOLEAN, null, null, null, List.of(), null);
    }

    private static Classification.Band band(String label, String labelEn, int min, Integer below) {
        return new Classification.Band(label, labelEn, new Interval(Bound.inclusive(BigDecimal.valueOf(min)),
                below == null ? null : Bound.exclusive(BigDecimal.valueOf(below))));
    }

    // ---------------------------------------------------------------- the units

    public static List<UnitInputs> units(Appendix appendix) {
        return units(appendix, UNITS, SEED);
    }

    /** {@code count} units with plausible inputs for the appendix; the same seed gives the same units. */
    public static List<UnitInputs> units(Appendix appendix, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CriterionNode> leaves = new ArrayList<>();
        appendix.visit(n -> {
            if (n.isLeaf()) {
                leaves.add(n);
            }
        });
        List<UnitInputs> units = new ArrayList<>(count);
        for (int u = 0; u < count; u++) {
            // a unit's "maturity" makes its answers correlated, as they are in real evaluations
            double maturity = 0.35 + 0.6 * random.nextDouble();
            Map<String, Long> shared = new LinkedHashMap<>();
            long staff = 15 + random.nextInt(586);
            shared.put("staff_total", staff);
            shared.put("docs_total", 300L + random.nextInt(20_000));
            shared.put("procedures_total", 20L + random.nextInt(1_500));
            shared.put("computers_total", Math.max(1, Math.round(staff * (0.7 + 0.4 * random.nextDouble()))));
            shared.put("late_submissions", random.nextDouble() < 0.1 ? 1L + random.nextInt(3) : 0L);
            Map<String, InputValue> inputs = new LinkedHashMap<>();
            shared.forEach((k, v) -> inputs.put(k, number(v)));
            Set<String> notApplicable = new HashSet<>();
            for (CriterionNode leaf : leaves) {
                values(leaf, maturity, shared, inputs, random);
                if (leaf.notApplicable() != NotApplicablePolicy.NOT_ALLOWED && random.nextDouble() < 0.03) {
                    notApplicable.add(leaf.key());
                }
            }
            inputs.keySet().removeIf(k -> random.nextDouble() < 0.005);
            units.add(new UnitInputs(String.format("DV-%05d", u + 1), inputs, notApplicable, Map.of()));
        }
        return units;
    }

    private static void values(CriterionNode leaf, double maturity, Map<String, Long> shared,
                               Map<String, InputValue> out, SplittableRandom random) {
        Rule rule = leaf.rule();
        if (rule instanceof Rule.RatioTimesMax || rule instanceof Rule.RatioVsTarget) {
            List<String> read = rule.inputsRead();
            String num = read.get(0);
            String den = read.get(1);
            long total = shared.containsKey(den) ? shared.get(den)
                    : random.nextDouble() < 0.01 ? 0 : 5 + random.nextInt(1_000);
            if (!shared.containsKey(den)) {
                out.put(den, number(total));
            }
            double share = Math.min(1.0, maturity + 0.3 * (random.nextDouble() - 0.5));
            out.put(num, number(Math.max(0, Math.round(total * share))));
        } else if (rule instanceof Rule.Tiers t) {
            out.put(t.input(), number(Math.round(maturity * 16 * random.nextDouble() * 1.2)));
        } else if (rule instanceof Rule.YesNo y) {
            out.put(y.input(), new InputValue.BooleanValue(random.nextDouble() < maturity + 0.1));
        } else if (rule instanceof Rule.Checklist c) {
            for (Rule.ChecklistItem item : c.items()) {
                out.put(item.input(), new InputValue.BooleanValue(random.nextDouble() < maturity + 0.05));
            }
        } else if (rule instanceof Rule.PerItemCapped p) {
            int n = Math.min(8, (int) Math.round(maturity * 8 * random.nextDouble() * 1.3));
            out.put(p.input(), new InputValue.ItemsValue(ITEM_NAMES.subList(0, n)));
        } else if (rule instanceof Rule.NormalizedToBest n) {
            out.put(n.input(), new InputValue.NumberValue(BigDecimal.valueOf(
                    Math.round(maturity * 2000 * random.nextDouble()), 1)));
        } else if (rule instanceof Rule.DeductionFromMax d) {
            out.put(d.input(), number(random.nextDouble() < maturity ? 0 : 1 + random.nextInt(5)));
        } else if (rule instanceof Rule.PartialCredit pc) {
            double r = random.nextDouble();
            out.put(pc.input(), new InputValue.ChoiceValue(r < maturity ? "head" : r < maturity + 0.3 ? "deputy"
                    : "none"));
        } else if (rule instanceof Rule.Formula f) {
            List<String> read = f.inputsRead();
            for (String key : read) {
                if (key.endsWith("_issued")) {
                    out.put(key, new InputValue.BooleanValue(random.nextDouble() < maturity + 0.1));
                } else {
                    out.put(key, number(random.nextDouble() < maturity ? 0 : random.nextInt(60)));
                }
            }
        } else {
            throw new IllegalStateException(rule.typeName());
        }
    }

    private static InputValue number(long value) {
        return new InputValue.NumberValue(BigDecimal.valueOf(value));
    }

    /** Counts over a generated group, for reports: inputs per unit, empty inputs, not-applicable claims. */
    public static String describe(Appendix appendix, List<UnitInputs> units) {
        int inputsDeclared = appendix.allInputs().size();
        long entered = units.stream().mapToLong(u -> u.inputs().size()).sum();
        long claims = units.stream().mapToLong(u -> u.notApplicable().size()).sum();
        int naLeaves = (int) appendix.allNodes().stream()
                .filter(n -> n.notApplicable() != NotApplicablePolicy.NOT_ALLOWED).count();
        Map<NotApplicablePolicy, Integer> policies = new EnumMap<>(NotApplicablePolicy.class);
        appendix.visit(n -> policies.merge(n.notApplicable(), 1, Integer::sum));
        return String.format("%d units; %d nodes (%d leaves); %d inputs declared; %.1f entered per unit (%.2f %% empty);"
                        + " %d leaves accept N/A %s; %.2f N/A claims per unit; rule mix %s",
                units.size(), appendix.allNodes().size(), ruleMix(appendix).values().stream().mapToInt(i -> i).sum(),
                inputsDeclared, (double) entered / units.size(),
                100.0 * (1 - (double) entered / units.size() / inputsDeclared), naLeaves, policies,
                (double) claims / units.size(), ruleMix(appendix));
    }
}
