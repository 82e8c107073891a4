package vn.ictindex.scoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.scoring.Decimals.dec;
import static vn.ictindex.scoring.NodeFixture.checklist;
import static vn.ictindex.scoring.NodeFixture.deduction;
import static vn.ictindex.scoring.NodeFixture.item;
import static vn.ictindex.scoring.NodeFixture.normalizedToBest;
import static vn.ictindex.scoring.NodeFixture.option;
import static vn.ictindex.scoring.NodeFixture.partialCredit;
import static vn.ictindex.scoring.NodeFixture.perItem;
import static vn.ictindex.scoring.NodeFixture.ratio;
import static vn.ictindex.scoring.NodeFixture.tier;
import static vn.ictindex.scoring.NodeFixture.tiers;
import static vn.ictindex.scoring.NodeFixture.yesNo;

/**
 * The fast form of a leaf must give, to the last digit, what {@link Rules} gives and the appendix's rounding makes of
 * it, or say it does not know. Random figures from a fixed seed, plus figures built to land on a rounding boundary or
 * just beside one, under every rounding mode and scale an appendix may choose.
 */
class RoundedLeafTests {

    private static final List<RoundingMode> MODES = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_DOWN,
            RoundingMode.HALF_EVEN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR);

    @Test
    void ratiosComputedInWholeNumbersAgreeWithRulesUnderEveryRounding() {
        SplittableRandom random = new SplittableRandom(20_261_128L);
        int known = 0;
        int cases = 60_000;
        for (int n = 0; n < cases; n++) {
            Rounding rounding = new Rounding(random.nextInt(5), MODES.get(random.nextInt(MODES.size())), true);
            BigDecimal max = BigDecimal.valueOf(1 + random.nextInt(5_000), random.nextInt(3));
            long denominator = 1 + random.nextLong(random.nextBoolean() ? 1_000 : 10_000_000);
            BigDecimal b = BigDecimal.valueOf(denominator, random.nextInt(3));
            BigDecimal a = BigDecimal.valueOf(random.nextLong(denominator + denominator / 5 + 1), random.nextInt(3));
            if (agree(ratio("R", max, "a", "b"), rounding, null, number(a), number(b))) {
                known++;
            }
        }
        // the fast form must answer for almost every realistic figure, or it saves nothing
        assertThat(known).isGreaterThan(cases * 9 / 10);
    }

    @Test
    void ratiosOnARoundingBoundaryOrJustBesideItAgreeWithRules() {
        // 1 × a / b with b = 2 · 10^(d+1): a odd puts the quotient exactly half-way between two printed values
        for (int decimals = 0; decimals <= 4; decimals++) {
            long b = 2 * BigInteger.TEN.pow(decimals + 1).longValueExact();
            for (RoundingMode mode : MODES) {
                Rounding rounding = new Rounding(decimals, mode, true);
                for (long a = 1; a < b; a += 2) {
                    assertThat(agree(ratio("R", 1, "a", "b"), rounding, null, InputValue.of(a), InputValue.of(b)))
                            .as("%d/%d at %s", a, b, rounding).isTrue();
                }
            }
        }
        // a third, two thirds, a sixth and a seventh of maxima that make long repeating decimals
        for (RoundingMode mode : MODES) {
            Rounding rounding = new Rounding(2, mode, true);
            for (int max = 1; max <= 30; max++) {
                for (long b : new long[]{3, 6, 7, 9, 11, 13, 999_983}) {
                    for (long a = 0; a <= b && a < 40; a++) {
                        agree(ratio("R", max, "a", "b"), rounding, null, InputValue.of(a), InputValue.of(b));
                    }
                }
            }
        }
    }

    @Test
    void percentagesInWholeNumbersAgreeWithDividingTo16Digits() {
        SplittableRandom random = new SplittableRandom(3L);
        int known = 0;
        for (int n = 0; n < 50_000; n++) {
            Rounding rounding = new Rounding(random.nextInt(5), MODES.get(random.nextInt(MODES.size())), true);
            BigDecimal max = BigDecimal.valueOf(1 + random.nextInt(100_000), random.nextInt(3));
            BigDecimal total = rounding.apply(BigDecimal.valueOf(random.nextLong(max.unscaledValue().longValue() * 2),
                    max.scale()));
            BigDecimal scale = random.nextBoolean() ? BigDecimal.valueOf(100)
                    : BigDecimal.valueOf(1 + random.nextInt(1000));
            BigDecimal fast = RoundedLeaf.roundedQuotient(total, scale, max, rounding);
            if (fast != null) {
                known++;
                assertThat(fast).as("%s × %s / %s at %s", total, scale, max, rounding)
                        .isEqualTo(rounding.apply(total.multiply(scale).divide(max, java.math.MathContext.DECIMAL64)));
            }
        }
        assertThat(known).isGreaterThan(40_000);
        // exactly half-way: 1 × 100 / 8 = 12,5 at no decimals
        for (RoundingMode mode : MODES) {
            Rounding rounding = new Rounding(0, mode, true);
            assertThat(RoundedLeaf.roundedQuotient(BigDecimal.ONE, BigDecimal.valueOf(100), BigDecimal.valueOf(8),
                    rounding)).isEqualTo(BigDecimal.valueOf(12.5).setScale(0, mode));
        }
    }

    @Test
    void aDenominatorTooLargeForExactWholeNumbersIsLeftToRules() {
        RoundedLeaf leaf = leaf(ratio("R", 10, "a", "b").build(new HashSet<>()), Rounding.DEFAULT);

        assertThat(leaf.points(new InputValue[]{InputValue.of(123_456_789_012L), InputValue.of(987_654_321_098L)},
                new int[]{0, 1}, null)).isEqualTo(RoundedLeaf.UNKNOWN);
        assertThat(leaf.points(new InputValue[]{InputValue.of(3), InputValue.of(0)}, new int[]{0, 1}, null))
                .as("a zero denominator has its own policy in Rules").isEqualTo(RoundedLeaf.UNKNOWN);
        assertThat(leaf.points(new InputValue[]{InputValue.of(-3), InputValue.of(7)}, new int[]{0, 1}, null))
                .isEqualTo(RoundedLeaf.UNKNOWN);
    }

    @Test
    void valuesAgainstTheGroupsBestAgreeWithRules() {
        SplittableRandom random = new SplittableRandom(7L);
        int known = 0;
        int cases = 20_000;
        for (int n = 0; n < cases; n++) {
            Rounding rounding = new Rounding(random.nextInt(5), MODES.get(random.nextInt(MODES.size())), true);
            BigDecimal best = BigDecimal.valueOf(random.nextInt(20_000), random.nextInt(3));
            BigDecimal value = BigDecimal.valueOf(random.nextInt(20_000), random.nextInt(3));
            if (agree(normalizedToBest("N", 1 + random.nextInt(20), "v"), rounding, best, number(value))) {
                known++;
            }
        }
        assertThat(known).isGreaterThan(cases * 9 / 10);
    }

    @Test
    void tablesAgreeWithRulesForEveryOutcome() {
        for (RoundingMode mode : MODES) {
            for (int decimals = 0; decimals <= 4; decimals++) {
                Rounding rounding = new Rounding(decimals, mode, true);
                // a table always answers, except for a count beyond it
                assertThat(agree(yesNo("Y", dec("2.5"), "y"), rounding, null, InputValue.of(true))).isTrue();
                assertThat(agree(yesNo("Y", dec("2.5"), "y"), rounding, null, InputValue.of(false))).isTrue();
                for (String chosen : List.of("head", "deputy", "none")) {
                    assertThat(agree(partialCredit("P", 5, "role", option("head", new Award.FractionOfMax(
                                    BigInteger.ONE, BigInteger.ONE)), option("deputy", new Award.FractionOfMax(
                                    BigInteger.ONE, BigInteger.valueOf(3)))), rounding, null,
                            new InputValue.ChoiceValue(chosen))).isTrue();
                }
                NodeFixture checklist = checklist("C", 4, item("i1", third()), item("i2", third()),
                        item("i3", third()));
                for (int met = 0; met < 8; met++) {
                    assertThat(agree(checklist, rounding, null, InputValue.of((met & 1) != 0),
                            InputValue.of((met & 2) != 0), InputValue.of((met & 4) != 0))).isTrue();
                }
                NodeFixture tiered = tiers("T", 7, "t", tier(Intervals.atLeast(12), third()),
                        tier(Intervals.between(6, 12), new Award.Points(dec("2.345"))));
                for (int value = -2; value <= 14; value++) {
                    assertThat(agree(tiered, rounding, null, InputValue.of(value))).isTrue();
                }
                for (int count = 0; count <= 70; count++) {
                    assertThat(agree(perItem("I", 6, "items", dec("0.675"), 5), rounding, null,
                            InputValue.of(count))).isEqualTo(count <= 64);
                    assertThat(agree(deduction("D", 6, "events", dec("1.125")), rounding, null,
                            InputValue.of(count))).isEqualTo(count <= 64);
                }
            }
        }
    }

    @Test
    void aCountTooLargeForTheTableOrNotWholeIsLeftToRules() {
        RoundedLeaf leaf = leaf(perItem("I", 6, "items", dec("0.5"), 5).build(new HashSet<>()), Rounding.DEFAULT);

        assertThat(leaf.points(new InputValue[]{InputValue.of(65)}, new int[]{0}, null))
                .isEqualTo(RoundedLeaf.UNKNOWN);
        assertThat(leaf.points(new InputValue[]{InputValue.of("2.5")}, new int[]{0}, null))
                .isEqualTo(RoundedLeaf.UNKNOWN);
        assertThat(leaf.points(new InputValue[]{InputValue.of(9)}, new int[]{0}, null)).isEqualTo(450);
    }

    @Test
    void sharesOfATargetAgreeWithRulesUnderEveryRounding() {
        SplittableRandom random = new SplittableRandom(11L);
        int known = 0;
        int cases = 40_000;
        for (int n = 0; n < cases; n++) {
            Rounding rounding = new Rounding(random.nextInt(3), MODES.get(random.nextInt(MODES.size())), true);
            int max = 1 + random.nextInt(10);
            BigDecimal target = BigDecimal.valueOf(50 + random.nextInt(50), 2);
            long denominator = 1 + random.nextLong(random.nextBoolean() ? 100 : 1_000_000);
            BigDecimal a = BigDecimal.valueOf(random.nextLong(denominator + 1), random.nextInt(2));
            BigDecimal b = BigDecimal.valueOf(denominator, random.nextInt(2));
            if (agree(NodeFixture.ratioVsTarget("V", max, "a", "b", target), rounding, null, number(a), number(b))) {
                known++;
            }
        }
        assertThat(known).isGreaterThan(cases / 2);
        // shares that reach a printed value's half-way point once divided by the target: 0,8 × 5 / 8 = 0,5 …
        for (RoundingMode mode : MODES) {
            for (long a = 0; a <= 80; a++) {
                agree(NodeFixture.ratioVsTarget("V", 1, "a", "b", dec("0.8")), new Rounding(0, mode, true), null,
                        InputValue.of(a), InputValue.of(100));
                agree(NodeFixture.ratioVsTarget("V", 3, "a", "b", dec("0.75")), new Rounding(1, mode, true), null,
                        InputValue.of(a), InputValue.of(80));
            }
        }
    }

    @Test
    void rulesWithTwoRoundingsInARowOrTooManyDigitsHaveNoFastForm() {
        assertThat(RoundedLeaf.of(NodeFixture.ratioVsTarget("V", 500, "a", "b", dec("0.85")).build(new HashSet<>()),
                Rounding.DEFAULT, given -> BigDecimal.ZERO)).isNull();
        assertThat(RoundedLeaf.of(NodeFixture.normalizedRatioToBest("N", 5, "a", "b").build(new HashSet<>()),
                Rounding.DEFAULT, given -> BigDecimal.ZERO)).isNull();
        assertThat(RoundedLeaf.of(ratio("R", 5, "a", "b").build(new HashSet<>()),
                new Rounding(2, RoundingMode.UNNECESSARY, true), given -> BigDecimal.ZERO)).isNull();
    }

    // ------------------------------------------------------------------ helpers

    private static Award third() {
        return new Award.FractionOfMax(BigInteger.ONE, BigInteger.valueOf(3));
    }

    private static InputValue number(BigDecimal value) {
        return new InputValue.NumberValue(value);
    }

    /**
     * Asserts that the fast form and Rules agree on these inputs (given in the order the rule reads them), unless the
     * fast form does not know; returns whether it knew.
     */
    private static boolean agree(NodeFixture fixture, Rounding rounding, BigDecimal best, InputValue... given) {
        CriterionNode node = fixture.build(new HashSet<>());
        int[] read = java.util.stream.IntStream.range(0, given.length).toArray();
        long fast = leaf(node, rounding).points(given, read, best);
        if (fast == RoundedLeaf.UNKNOWN) {
            return false;
        }
        CompiledAppendix.Outcome outcome = Rules.evaluate(node, new InputDefinition[0], given, read, null, best,
                null, Map.of(), false);
        assertThat(outcome.notApplicable()).isFalse();
        long expected = RoundedLeaf.unscaled(rounding.apply(outcome.points()), rounding);
        assertThat(fast).as("%s on %s with best %s at %s", node.rule(), List.of(given), best, rounding)
                .isEqualTo(expected);
        return true;
    }

    private static RoundedLeaf leaf(CriterionNode node, Rounding rounding) {
        int[] read = java.util.stream.IntStream.range(0, node.rule().inputsRead().size()).toArray();
        RoundedLeaf leaf = RoundedLeaf.of(node, rounding, given -> Rules.evaluate(node, new InputDefinition[0], given,
                read, null, null, null, Map.of(), false).points());
        assertThat(leaf).isNotNull();
        return leaf;
    }
}
