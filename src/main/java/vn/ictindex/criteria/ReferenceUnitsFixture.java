package vn.ictindex.criteria;

import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.Award;
import vn.ictindex.scoring.Bound;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.InputConstraint;
import vn.ictindex.scoring.InputDefinition;
import vn.ictindex.scoring.InputType;
import vn.ictindex.scoring.InputValue;
import vn.ictindex.scoring.Interval;
import vn.ictindex.scoring.NotApplicablePolicy;
import vn.ictindex.scoring.Rule;
import vn.ictindex.scoring.UnitInputs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Units of a target group with the figures they would enter for the reconstructed criteria set
 * ({@code criteria-sets/bt-udcntt-2019.yaml}): raw counts, lists, yes/no answers and choices, built from the appendix's own
 * input definitions and rules so that they respect types, bounds and constraints.
 *
 * <p>Realistic units have 20–300 staff and mostly reach 60–100 % on ratio criteria; a few have no administrative
 * procedures, so their procedure criteria are not applicable. The best unit reaches every criterion's maximum (and the
 * highest value of the group on criteria normalised to the best unit); the worst unit earns nothing anywhere while
 * every criterion still applies to it.
 *
 * <p>Main code rather than a test fixture because the demo data fills a previous year with these figures.
 */
public final class ReferenceUnitsFixture {

    static final String BEST_UNIT = "don-vi-tot-nhat";
    static final String WORST_UNIT = "don-vi-kem-nhat";

    /** Share of realistic units that have no administrative procedures (criteria D3–D5 not applicable). */
    private static final double WITHOUT_PROCEDURES = 0.15;

    private ReferenceUnitsFixture() {
    }

    /** {@code count} units with plausible, varied figures; the same seed gives the same units. */
    public static List<UnitInputs> realisticUnits(Appendix appendix, int count, long seed) {
        Random random = new Random(seed);
        List<UnitInputs> units = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            double quality = 0.55 + 0.45 * random.nextDouble();
            boolean withoutProcedures = random.nextDouble() < WITHOUT_PROCEDURES;
            units.add(new UnitBuilder(appendix, Profile.REALISTIC, random, quality, withoutProcedures)
                    .build(String.format("%s-don-vi-%02d", appendix.id(), i)));
        }
        return units;
    }

    /** A unit that earns every point: full ratios, top tiers, enough items, no incidents, the group's best values. */
    public static UnitInputs bestUnit(Appendix appendix) {
        return new UnitBuilder(appendix, Profile.BEST, new Random(1), 1.0, false).build(BEST_UNIT);
    }

    /**
     * The best unit, except that it has no administrative procedures: the criteria whose denominator is then zero are
     * not applicable and leave its maximum.
     */
    public static UnitInputs bestUnitWithoutAdministrativeProcedures(Appendix appendix) {
        return new UnitBuilder(appendix, Profile.BEST, new Random(1), 1.0, true).build(BEST_UNIT + "-khong-tthc");
    }

    /** A unit that earns nothing although every criterion applies to it (denominators above zero). */
    public static UnitInputs worstUnit(Appendix appendix) {
        return new UnitBuilder(appendix, Profile.WORST, new Random(2), 0.0, false).build(WORST_UNIT);
    }

    private enum Profile {
        BEST, WORST, REALISTIC
    }

    /** Fills one unit's inputs rule by rule, in document order, then checks bounds and constraints. */
    private static final class UnitBuilder {

        private final Appendix appendix;
        private final Profile profile;
        private final Random random;
        private final double quality;
        private final boolean withoutProcedures;
        private final Map<String, InputDefinition> definitions = new LinkedHashMap<>();
        private final List<InputConstraint> constraints = new ArrayList<>();
        private final Map<String, InputValue> values = new LinkedHashMap<>();

        UnitBuilder(Appendix appendix, Profile profile, Random random, double quality, boolean withoutProcedures) {
            this.appendix = appendix;
            this.profile = profile;
            this.random = random;
            this.quality = quality;
            this.withoutProcedures = withoutProcedures;
            appendix.allInputs().forEach(i -> definitions.put(i.key(), i));
            constraints.addAll(appendix.constraints());
            appendix.visit(n -> constraints.addAll(n.constraints()));
        }

        UnitInputs build(String unitId) {
            for (CriterionNode node : appendix.allNodes()) {
                if (node.isLeaf()) {
                    fill(node);
                }
            }
            definitions.keySet().forEach(key -> values.computeIfAbsent(key, k -> defaultValue(definitions.get(k))));
            satisfyConstraints();
            return UnitInputs.of(unitId, values);
        }

        private void fill(CriterionNode node) {
            Rule rule = node.rule();
            BigDecimal max = node.maxPoints();
            if (rule instanceof Rule.YesNo r) {
                values.put(r.input(), new InputValue.BooleanValue(achieves()));
            } else if (rule instanceof Rule.Checklist r) {
                r.items().forEach(item -> values.put(item.input(), new InputValue.BooleanValue(achieves())));
            } else if (rule instanceof Rule.PartialCredit r) {
                values.put(r.input(), new InputValue.ChoiceValue(option(r, max)));
            } else if (rule instanceof Rule.RatioTimesMax r) {
                ratio(node, r.numerator(), r.denominator());
            } else if (rule instanceof Rule.RatioVsTarget r) {
                ratio(node, r.numerator(), r.denominator());
            } else if (rule instanceof Rule.NormalizedToBest r) {
                normalized(node, r);
            } else if (rule instanceof Rule.Tiers r) {
                values.put(r.input(), number(tierValue(r, max, definitions.get(r.input()))));
            } else if (rule instanceof Rule.PerItemCapped r) {
                items(r, max);
            } else if (rule instanceof Rule.DeductionFromMax r) {
                long enough = max.divide(r.perEvent(), 0, RoundingMode.CEILING).longValue();
                long events = switch (profile) {
                    case BEST -> 0;
                    case WORST -> enough;
                    case REALISTIC -> random.nextDouble() < 0.8 ? 0 : 1 + random.nextInt(2);
                };
                values.put(r.input(), InputValue.of(events));
            } else if (rule instanceof Rule.Formula r) {
                r.inputsRead().forEach(this::ensureFormulaFigure);
            }
        }

        // ------------------------------------------------------------------ rules

        private boolean achieves() {
            return switch (profile) {
                case BEST -> true;
                case WORST -> false;
                case REALISTIC -> random.nextDouble() < 0.35 + 0.65 * quality;
            };
        }

        private String option(Rule.PartialCredit rule, BigDecimal max) {
            List<Map.Entry<String, Award>> byAward = new ArrayList<>(rule.awards().entrySet());
            byAward.sort(Comparator.comparing(e -> e.getValue().of(max)));
            return switch (profile) {
                case BEST -> byAward.get(byAward.size() - 1).getKey();
                case WORST -> byAward.get(0).getKey();
                case REALISTIC -> random.nextDouble() < quality ? byAward.get(byAward.size() - 1).getKey()
                        : byAward.get(random.nextInt(byAward.size())).getKey();
            };
        }

        private void ratio(CriterionNode node, String numerator, String denominator) {
            if (withoutProcedures && mayNotApply(node)) {
                values.putIfAbsent(denominator, InputValue.of(0));
            }
            long whole = count(denominator);
            long part = switch (profile) {
                case BEST -> whole;
                case WORST -> 0;
                case REALISTIC -> Math.round(whole * share());
            };
            values.putIfAbsent(numerator, InputValue.of(part));
        }

        private void normalized(CriterionNode node, Rule.NormalizedToBest rule) {
            if (!rule.isRatio()) {
                values.put(rule.input(), number(BigDecimal.valueOf(profile == Profile.WORST ? 0
                        : profile == Profile.BEST ? 1_000 : Math.round(1_000 * share() * 0.6))));
                return;
            }
            if (withoutProcedures && mayNotApply(node)) {
                values.putIfAbsent(rule.denominator(), InputValue.of(0));
            }
            long whole = count(rule.denominator());
            if (bounded(rule.input(), rule.denominator())) {
                // a share such as online applications / applications: at most 1, the best unit reaches 1
                long part = switch (profile) {
                    case BEST -> whole;
                    case WORST -> 0;
                    case REALISTIC -> Math.round(whole * (0.05 + 0.55 * random.nextDouble()) * quality);
                };
                values.put(rule.input(), InputValue.of(part));
            } else {
                // a figure per staff member such as Mbps per person: realistic 0.2–3, the best unit well above
                double perUnit = switch (profile) {
                    case BEST -> 10.0;
                    case WORST -> 0.0;
                    case REALISTIC -> (0.2 + 2.8 * random.nextDouble()) * quality;
                };
                values.put(rule.input(), number(BigDecimal.valueOf(whole * perUnit).setScale(1, RoundingMode.HALF_UP)));
            }
        }

        private BigDecimal tierValue(Rule.Tiers rule, BigDecimal max, InputDefinition input) {
            List<Rule.Tier> tiers = new ArrayList<>(rule.tiers());
            tiers.sort(Comparator.comparing(t -> t.award().of(max)));
            Rule.Tier chosen = switch (profile) {
                case BEST -> tiers.get(tiers.size() - 1);
                case WORST -> tiers.get(0);
                case REALISTIC -> random.nextDouble() < quality ? tiers.get(tiers.size() - 1)
                        : tiers.get(random.nextInt(tiers.size()));
            };
            return valueInside(chosen.interval(), input);
        }

        private void items(Rule.PerItemCapped rule, BigDecimal max) {
            BigDecimal cap = rule.cap() == null ? max : rule.cap().min(max);
            long enough = cap.divide(rule.pointsPerItem(), 0, RoundingMode.CEILING).longValue();
            InputDefinition input = definitions.get(rule.input());
            if (input.max() != null) {
                enough = Math.min(enough, input.max().longValue());
            }
            long n = switch (profile) {
                case BEST -> enough;
                case WORST -> 0;
                case REALISTIC -> Math.min(enough, Math.round(enough * quality * random.nextDouble() * 1.3));
            };
            if (input.type() == InputType.ITEMS) {
                List<String> names = new ArrayList<>();
                for (long i = 1; i <= n; i++) {
                    names.add((input.unit() == null ? "Mục" : capitalized(input.unit())) + " " + i);
                }
                values.put(rule.input(), new InputValue.ItemsValue(names));
            } else {
                values.put(rule.input(), InputValue.of(n));
            }
        }

        /**
         * The figures read by formula rules, which the fixture cannot derive from the rule itself: what a unit would
         * report for the plan's timeliness, its IT spending, its digital signatures and its website.
         */
        private InputValue formulaFigure(String key) {
            InputDefinition input = definitions.get(key);
            return switch (key) {
                case "plan_issued", "has_org_certificate" -> new InputValue.BooleanValue(profile == Profile.BEST
                        || (profile == Profile.REALISTIC && random.nextDouble() < 0.8 + 0.2 * quality));
                case "plan_days_late" -> InputValue.of(switch (profile) {
                    case BEST -> -3;
                    case WORST -> 45;
                    case REALISTIC -> random.nextDouble() < quality ? -random.nextInt(20) : 1 + random.nextInt(50);
                });
                case "recurrent_budget" -> number(BigDecimal.valueOf(count("staff_total") * (150 + random.nextInt(250))));
                case "it_spending" -> {
                    BigDecimal budget = decimal("recurrent_budget");
                    double share = switch (profile) {
                        case BEST -> 0.015;
                        case WORST -> 0.0;
                        case REALISTIC -> 0.015 * quality * random.nextDouble();
                    };
                    yield number(budget.multiply(BigDecimal.valueOf(share)).setScale(1, RoundingMode.HALF_UP));
                }
                case "docs_signed" -> {
                    long sent = count("docs_out_electronic");
                    yield InputValue.of(switch (profile) {
                        case BEST -> sent;
                        case WORST -> 0;
                        case REALISTIC -> Math.round(sent * share());
                    });
                }
                case "web_months" -> InputValue.of(12);
                case "web_posts" -> {
                    long months = count("web_months");
                    yield InputValue.of(switch (profile) {
                        case BEST -> 10 * months;
                        case WORST -> 0;
                        case REALISTIC -> Math.round(months * 14 * quality * random.nextDouble());
                    });
                }
                default -> input.type() == InputType.BOOLEAN ? new InputValue.BooleanValue(profile != Profile.WORST)
                        : defaultValue(input);
            };
        }

        // ------------------------------------------------------------------ figures

        /** A count already entered, or a plausible size for it (staff, computers, documents…). */
        private long count(String key) {
            InputValue present = values.get(key);
            if (present != null) {
                return ((InputValue.NumberValue) present).value().longValueExact();
            }
            long size = switch (key) {
                case "staff_total" -> 20 + random.nextInt(281);
                case "computers_total" -> Math.round(count("staff_total") * (0.85 + 0.25 * random.nextDouble()));
                case "leaders_total" -> 2 + random.nextInt(4);
                case "docs_out_total" -> count("staff_total") * (8 + random.nextInt(13));
                case "docs_in_total" -> count("staff_total") * (15 + random.nextInt(26));
                case "reports_due" -> 6 + random.nextInt(19);
                case "case_files_required" -> 30 + random.nextInt(371);
                case "communes_total" -> 5 + random.nextInt(14);
                case "procedures_eligible" -> 10 + random.nextInt(111);
                case "apps_online_procedures" -> 50 + random.nextInt(4_951);
                case "apps_received" -> 200 + random.nextInt(19_801);
                default -> 10 + random.nextInt(191);
            };
            values.put(key, InputValue.of(size));
            return size;
        }

        private BigDecimal decimal(String key) {
            ensureFormulaFigure(key);
            return ((InputValue.NumberValue) values.get(key)).value();
        }

        private void ensureFormulaFigure(String key) {
            if (!values.containsKey(key)) {
                InputValue value = formulaFigure(key);
                values.put(key, value);
            }
        }

        /** A realistic share for ratio criteria: mostly 60–100 %, higher for better units. */
        private double share() {
            double s = quality + random.nextGaussian() * 0.08;
            return Math.max(0.3, Math.min(1.0, s));
        }

        private boolean mayNotApply(CriterionNode node) {
            return node.notApplicable() == NotApplicablePolicy.EXCLUDE;
        }

        private boolean bounded(String left, String right) {
            return constraints.stream().anyMatch(c -> c.left().isInput() && c.right().isInput()
                    && c.left().inputKey().equals(left) && c.right().inputKey().equals(right)
                    && (c.comparison() == InputConstraint.Comparison.LESS_OR_EQUAL
                    || c.comparison() == InputConstraint.Comparison.LESS));
        }

        private static BigDecimal valueInside(Interval interval, InputDefinition input) {
            BigDecimal step = input.type() == InputType.INTEGER ? BigDecimal.ONE : new BigDecimal("0.5");
            Bound lower = interval.lower();
            Bound upper = interval.upper();
            BigDecimal value;
            if (lower != null) {
                value = lower.inclusive() ? lower.value() : lower.value().add(step);
            } else if (upper != null) {
                value = upper.inclusive() ? upper.value() : upper.value().subtract(step);
            } else {
                value = BigDecimal.ZERO;
            }
            if (input.min() != null && value.compareTo(input.min()) < 0) {
                value = input.min();
            }
            return value;
        }

        private static InputValue defaultValue(InputDefinition input) {
            return switch (input.type()) {
                case BOOLEAN -> new InputValue.BooleanValue(false);
                case CHOICE -> new InputValue.ChoiceValue(input.options().get(0).value());
                case ITEMS -> new InputValue.ItemsValue(List.of());
                case DATE -> new InputValue.DateValue(java.time.LocalDate.of(2019, 9, 30));
                default -> number(input.min() == null ? BigDecimal.ZERO : input.min());
            };
        }

        // ------------------------------------------------------------------ checks

        /** Repairs the rare draw that breaks a constraint or a bound, as a careful unit would before submitting. */
        private void satisfyConstraints() {
            for (int pass = 0; pass < 3; pass++) {
                for (InputConstraint c : constraints) {
                    BigDecimal left = operand(c.left());
                    BigDecimal right = operand(c.right());
                    if (left == null || right == null || c.comparison().holds(left.compareTo(right))) {
                        continue;
                    }
                    if (!c.left().isInput()) {
                        throw new IllegalStateException("cannot satisfy " + c);
                    }
                    BigDecimal fixed = switch (c.comparison()) {
                        case LESS_OR_EQUAL, EQUAL, GREATER_OR_EQUAL -> right;
                        case LESS -> right.subtract(BigDecimal.ONE);
                        case GREATER -> right.add(BigDecimal.ONE);
                    };
                    values.put(c.left().inputKey(), number(fixed));
                }
            }
            for (Map.Entry<String, InputValue> e : values.entrySet()) {
                InputDefinition input = definitions.get(e.getKey());
                if (e.getValue() instanceof InputValue.NumberValue v && !withinBounds(input, v.value())) {
                    throw new IllegalStateException(e.getKey() + " = " + v.value() + " is outside its bounds");
                }
            }
        }

        private BigDecimal operand(InputConstraint.Operand operand) {
            if (!operand.isInput()) {
                return operand.literal();
            }
            return values.get(operand.inputKey()) instanceof InputValue.NumberValue n ? n.value() : null;
        }

        private static boolean withinBounds(InputDefinition input, BigDecimal value) {
            Predicate<BigDecimal> aboveMin = v -> input.min() == null || v.compareTo(input.min()) >= 0;
            Predicate<BigDecimal> belowMax = v -> input.max() == null || v.compareTo(input.max()) <= 0;
            return aboveMin.and(belowMax).test(value);
        }

        private static InputValue number(BigDecimal value) {
            return new InputValue.NumberValue(value);
        }

        private static String capitalized(String text) {
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }
}
