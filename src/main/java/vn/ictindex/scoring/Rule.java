package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How a node turns a unit's inputs (or its children's points) into points: the typed rules of the scoring guide.
 *
 * <p>Every rule's points are kept between zero and the node's maximum, except a deduction or formula whose floor is
 * set below zero. Names follow {@code shared/reference/scoring-rules.md}.
 */
public sealed interface Rule {

    /** The type name used in the criteria file. */
    String typeName();

    /** The inputs this rule reads, in the order it reads them. */
    default List<String> inputsRead() {
        return List.of();
    }

    /** Whether a node with this rule is scored from its children rather than from inputs. */
    default boolean aggregatesChildren() {
        return false;
    }

    /** The council judges: the points are entered by hand, between zero and the maximum. */
    record Manual() implements Rule {
        public String typeName() {
            return "manual";
        }
    }

    /** Yes: the maximum; no: zero. */
    record YesNo(String input) implements Rule {
        public String typeName() {
            return "boolean";
        }

        public List<String> inputsRead() {
            return List.of(input);
        }
    }

    /** The points (or fraction of the maximum) that go with the chosen option: partial credit by role or quality. */
    record PartialCredit(String input, Map<String, Award> awards) implements Rule {
        public PartialCredit {
            awards = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(awards));
        }

        public String typeName() {
            return "partial_credit";
        }

        public List<String> inputsRead() {
            return List.of(input);
        }
    }

    /** maximum × min(1, numerator / denominator). */
    record RatioTimesMax(String numerator, String denominator, ZeroDenominator onZeroDenominator) implements Rule {
        public String typeName() {
            return "ratio_times_max";
        }

        public List<String> inputsRead() {
            return List.of(numerator, denominator);
        }
    }

    /** maximum × min(1, (numerator / denominator) / target): full points once the target share is reached. */
    record RatioVsTarget(String numerator, String denominator, BigDecimal target, ZeroDenominator onZeroDenominator)
            implements Rule {
        public String typeName() {
            return "ratio_vs_target";
        }

        public List<String> inputsRead() {
            return List.of(numerator, denominator);
        }
    }

    /**
     * maximum × value / best value in the target group (zero when the best is zero). The value is one input, or a
     * ratio of two when {@code denominator} is set. It depends on every other unit, so it is computed for the whole
     * group at once.
     */
    record NormalizedToBest(String input, String denominator, ZeroDenominator onZeroDenominator) implements Rule {
        public String typeName() {
            return "normalized_to_best_in_group";
        }

        public boolean isRatio() {
            return denominator != null;
        }

        public List<String> inputsRead() {
            return isRatio() ? List.of(input, denominator) : List.of(input);
        }
    }

    /** The points of the first tier (top-down) whose interval holds the input; zero when none does. */
    record Tiers(String input, List<Tier> tiers) implements Rule {
        public Tiers {
            tiers = List.copyOf(tiers);
        }

        public String typeName() {
            return "tiers";
        }

        public List<String> inputsRead() {
            return List.of(input);
        }
    }

    record Tier(Interval interval, Award award) {
    }

    /** min(cap, points per item × number of items); the input is a list of named items or a count. */
    record PerItemCapped(String input, BigDecimal pointsPerItem, BigDecimal cap) implements Rule {
        public String typeName() {
            return "per_item_capped";
        }

        public List<String> inputsRead() {
            return List.of(input);
        }
    }

    /** The sum of the points of the items (yes/no inputs) that are satisfied. */
    record Checklist(List<ChecklistItem> items) implements Rule {
        public Checklist {
            items = List.copyOf(items);
        }

        public String typeName() {
            return "checklist";
        }

        public List<String> inputsRead() {
            return items.stream().map(ChecklistItem::input).toList();
        }
    }

    record ChecklistItem(String input, Award award) {
    }

    /** The sum of the children's points, capped (by default at the node's maximum). */
    record CompositeSum(BigDecimal cap) implements Rule {
        public String typeName() {
            return "composite_sum";
        }

        public boolean aggregatesChildren() {
            return true;
        }
    }

    /** The best of the children's points: "tính điểm cho trường hợp nào có điểm cao nhất". */
    record BestCaseOfAlternatives() implements Rule {
        public String typeName() {
            return "best_case_of_alternatives";
        }

        public boolean aggregatesChildren() {
            return true;
        }
    }

    /** max(floor, start − points per event × events); start defaults to the maximum, floor to zero. */
    record DeductionFromMax(String input, BigDecimal perEvent, BigDecimal floor, BigDecimal start) implements Rule {
        public String typeName() {
            return "deduction_from_max";
        }

        public List<String> inputsRead() {
            return List.of(input);
        }
    }

    /**
     * An arithmetic expression over inputs, {@code max_points} and group aggregates such as {@code GROUP_MAX(x)}, for
     * what the named rules cannot say. Evaluated by a safe evaluator (no code execution); the result is kept between
     * {@code floor} (zero by default) and the maximum.
     */
    record Formula(String expression, BigDecimal floor) implements Rule {
        public String typeName() {
            return "formula";
        }

        /** The inputs named in the expression, directly or inside a group aggregate; empty if it does not parse. */
        public List<String> inputsRead() {
            return Formulas.check(expression).allInputs();
        }
    }

    /** What a ratio rule does when the denominator is zero. */
    enum ZeroDenominator {
        /** Zero points. */
        ZERO,
        /** The node is treated as not applicable, under the node's not-applicable policy. */
        NOT_APPLICABLE
    }

    /** Every rule type name, for messages that list what is allowed. */
    static List<String> typeNames() {
        return Stream.of("manual", "boolean", "partial_credit", "ratio_times_max", "ratio_vs_target",
                "normalized_to_best_in_group", "tiers", "per_item_capped", "checklist", "composite_sum",
                "best_case_of_alternatives", "deduction_from_max", "formula").toList();
    }
}
