package vn.ictindex.scoring;

import org.junit.jupiter.api.Test;

import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.scoring.NodeFixture.bestOf;
import static vn.ictindex.scoring.NodeFixture.manual;
import static vn.ictindex.scoring.NodeFixture.ratio;
import static vn.ictindex.scoring.NodeFixture.sum;
import static vn.ictindex.scoring.NodeFixture.yesNo;
import static vn.ictindex.scoring.UnitFixture.unit;

class AggregationTests {

    @Test
    void groupIsTheSumOfItsCriteria() {
        GroupResult result = AppendixFixture.withGroups(sum("C", 10, manual("C1", 5), manual("C2", 5)))
                .score(unit("U1").judged("C1", 4).judged("C2", 3));

        NodeResult c = Scored.only(result, "C");
        assertThat(c.points()).isEqualByComparingTo("7");
        assertThat(c.explain()).isEqualTo("Tổng các tiêu chí con = 7,00");
        assertThat(Scored.unit(result, "U1").total()).isEqualByComparingTo("7");
    }

    @Test
    void pointsTooLargeForTheCompactColumnAreKeptExactly() {
        // 30 million points are 3 billion hundredths: beyond an int, where a unit's points are usually kept
        GroupResult result = AppendixFixture.withGroups(sum("C", 30_000_001, yesNo("C1", 30_000_000, "big"),
                        manual("C2", 1)))
                .score(unit("U1").with("big", true).judged("C2", new java.math.BigDecimal("0.25")), unit("U2").with("big", false));

        assertThat(Scored.node(result, "U1", "C1").points()).isEqualByComparingTo("30000000");
        assertThat(Scored.node(result, "U1", "C").points()).isEqualByComparingTo("30000000.25");
        assertThat(Scored.unit(result, "U1").total()).isEqualByComparingTo("30000000.25");
        assertThat(Scored.node(result, "U2", "C").points()).isEqualByComparingTo("0");
    }

    @Test
    void sumAboveTheCapIsKeptAtTheCap() {
        GroupResult result = AppendixFixture.withGroups(
                        sum("B", 15, manual("B1", 10), manual("B2", 10)).cappedAt(15))
                .score(unit("U1").judged("B1", 10).judged("B2", 8));

        NodeResult b = Scored.only(result, "B");
        assertThat(b.points()).isEqualByComparingTo("15");
        assertThat(b.explain()).isEqualTo("Tổng các tiêu chí con = 18,00, tính tối đa 15");
    }

    @Test
    void sumBelowTheCapIsNotTouched() {
        GroupResult result = AppendixFixture.withGroups(
                        sum("B", 15, manual("B1", 10), manual("B2", 10)).cappedAt(15))
                .score(unit("U1").judged("B1", 6).judged("B2", 8));

        assertThat(Scored.only(result, "B").points()).isEqualByComparingTo("14");
    }

    @Test
    void bestOfAlternativesTakesTheHighestCase() {
        AppendixFixture dataCentre = AppendixFixture.withGroups(
                bestOf("C3", 5, yesNo("C3a", 5, "server_room"), yesNo("C3b", 3, "rented_dc")));

        GroupResult both = dataCentre.score(unit("U1").with("server_room", true).with("rented_dc", true));
        GroupResult rentedOnly = dataCentre.score(unit("U1").with("server_room", false).with("rented_dc", true));
        GroupResult neither = dataCentre.score(unit("U1").with("server_room", false).with("rented_dc", false));

        assertThat(Scored.only(both, "C3").points()).isEqualByComparingTo("5");
        assertThat(Scored.only(both, "C3").explain()).isEqualTo("Cao nhất trong các trường hợp: C3a = 5,00");
        assertThat(Scored.only(rentedOnly, "C3").points()).isEqualByComparingTo("3");
        assertThat(Scored.only(rentedOnly, "C3").explain()).isEqualTo("Cao nhất trong các trường hợp: C3b = 3,00");
        assertThat(Scored.only(neither, "C3").points()).isEqualByComparingTo("0");
        assertThat(Scored.unit(both, "U1").total()).isEqualByComparingTo("5");
    }

    @Test
    void bestOfWithAnExcludedAlternativeIsMeasuredAgainstTheBestReachableCase() {
        AppendixFixture dataCentre = AppendixFixture.withGroups(bestOf("C3", 5,
                yesNo("C3a", 5, "server_room").excludableWhenNotApplicable(), yesNo("C3b", 3, "rented_dc")));

        GroupResult noServerRoom = dataCentre.score(unit("U1").claimingNotApplicable("C3a").with("rented_dc", true));

        assertThat(Scored.only(noServerRoom, "C3").points()).isEqualByComparingTo("3");
        assertThat(Scored.only(noServerRoom, "C3").applicableMax()).isEqualByComparingTo("3");
        assertThat(Scored.only(noServerRoom, "C3").explain()).isEqualTo("Cao nhất trong các trường hợp: C3b = 3,00");
        assertThat(Scored.unit(noServerRoom, "U1").percent()).isEqualByComparingTo("100");
    }

    /** Three criteria of 10 × 1/3 each: 3,333… printed as 3,33. */
    private static AppendixFixture threeThirds() {
        return AppendixFixture.withGroups(sum("A", 30,
                ratio("A1", 10, "a1", "n"), ratio("A2", 10, "a2", "n"), ratio("A3", 10, "a3", "n")));
    }

    private static UnitFixture aThirdEverywhere() {
        return unit("U1").with("n", 3).with("a1", 1).with("a2", 1).with("a3", 1);
    }

    @Test
    void sumOfRoundedPartsAddsThePrintedNumbers() {
        GroupResult result = threeThirds().rounding(2, RoundingMode.HALF_UP, true).score(aThirdEverywhere());

        assertThat(Scored.only(result, "A1").points()).isEqualByComparingTo("3.33");
        assertThat(Scored.only(result, "A").points()).isEqualByComparingTo("9.99");
        assertThat(Scored.unit(result, "U1").total()).isEqualByComparingTo("9.99");
    }

    @Test
    void exactSumIsRoundedOnceAndDiffersFromTheSumOfRoundedParts() {
        GroupResult result = threeThirds().rounding(2, RoundingMode.HALF_UP, false).score(aThirdEverywhere());

        assertThat(Scored.only(result, "A1").points()).isEqualByComparingTo("3.33");
        assertThat(Scored.only(result, "A").points()).isEqualByComparingTo("10.00");
        assertThat(Scored.unit(result, "U1").total()).isEqualByComparingTo("10.00");
    }

    @Test
    void totalIsTheSumOfTheGroupsRoundedPoints() {
        GroupResult result = AppendixFixture.withGroups(
                        ratio("A", 10, "a", "n"), ratio("B", 10, "b", "n"), ratio("C", 10, "c", "n"))
                .rounding(1, RoundingMode.HALF_UP, true)
                .score(unit("U1").with("n", 3).with("a", 1).with("b", 1).with("c", 1));

        assertThat(Scored.unit(result, "U1").total()).isEqualByComparingTo("9.9");
        assertThat(Scored.unit(result, "U1").total().scale()).isEqualTo(1);
    }

    @Test
    void childWithAnErrorLeavesItsParentsWithoutPoints() {
        GroupResult result = AppendixFixture.withGroups(
                        sum("A", 20, sum("A1", 10, manual("A1a", 5), manual("A1b", 5)), manual("A2", 10)))
                .score(unit("U1").judged("A1a", 7).judged("A1b", 1).judged("A2", 1));

        assertThat(Scored.only(result, "A1a").status()).isEqualTo(NodeStatus.ERROR);
        assertThat(Scored.only(result, "A1").status()).isEqualTo(NodeStatus.ERROR);
        assertThat(Scored.only(result, "A").status()).isEqualTo(NodeStatus.ERROR);
        assertThat(Scored.only(result, "A").explain()).isEqualTo("Tiêu chí con A1 có lỗi");
        assertThat(Scored.only(result, "A2").points()).isEqualByComparingTo("1");
    }

    @Test
    void childWithMissingInputAddsNothingAndIsListed() {
        GroupResult result = AppendixFixture.withGroups(sum("A", 20, yesNo("A1", 10, "x"), yesNo("A2", 10, "y")))
                .score(unit("U1").with("x", true));

        assertThat(Scored.only(result, "A").points()).isEqualByComparingTo("10");
        assertThat(Scored.unit(result, "U1").missingInputs()).containsExactly("y");
        assertThat(Scored.unit(result, "U1").isComplete()).isFalse();
    }

    @Test
    void groupMaximumShrinksToItsApplicableCriteria() {
        GroupResult result = AppendixFixture.withGroups(sum("A", 20,
                        yesNo("A1", 10, "x").excludableWhenNotApplicable(), yesNo("A2", 10, "y")))
                .score(unit("U1").with("y", true).claimingNotApplicable("A1"));

        NodeResult a = Scored.only(result, "A");
        assertThat(a.points()).isEqualByComparingTo("10");
        assertThat(a.applicableMax()).isEqualByComparingTo("10");
    }

    @Test
    void groupWhoseCriteriaAllDoNotApplyDoesNotApplyItself() {
        GroupResult result = AppendixFixture.withGroups(
                        sum("A", 20, yesNo("A1", 10, "x").excludableWhenNotApplicable(),
                                yesNo("A2", 10, "y").excludableWhenNotApplicable()),
                        yesNo("B", 10, "z"))
                .score(unit("U1").with("z", true).claimingNotApplicable("A1", "A2"));

        assertThat(Scored.only(result, "A").status()).isEqualTo(NodeStatus.NOT_APPLICABLE);
        assertThat(Scored.unit(result, "U1").applicableMax()).isEqualByComparingTo("10");
        assertThat(Scored.unit(result, "U1").percent()).isEqualByComparingTo("100");
    }
}
