package vn.ictindex.scoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.scoring.NodeFixture.manual;
import static vn.ictindex.scoring.UnitFixture.unit;

class RankingTests {

    /** A (60 points, may be not applicable) and B (40 points), both judged by the council. */
    private static AppendixFixture twoJudgedGroups() {
        return AppendixFixture.withGroups(manual("A", 60).excludableWhenNotApplicable(), manual("B", 40));
    }

    private static UnitFixture judged(String id, Number a, Number b) {
        return unit(id).judged("A", a).judged("B", b);
    }

    private static List<Integer> ranks(GroupResult result) {
        return result.units().stream().map(UnitResult::rank).toList();
    }

    @Test
    void tiedScoresShareARankAndSkipTheNext() {
        GroupResult result = twoJudgedGroups().score(
                judged("U1", 50, 40), judged("U2", 40, 40), judged("U3", 45, 35), judged("U4", 30, 40));

        assertThat(ranks(result)).containsExactly(1, 2, 2, 4);
    }

    @Test
    void manyUnitsSharingFirstPlaceAreFollowedByTheirCountPlusOne() {
        GroupResult result = twoJudgedGroups().score(
                judged("U1", 60, 40), judged("U2", 60, 40), judged("U3", 60, 40), judged("U4", 10, 10));

        assertThat(ranks(result)).containsExactly(1, 1, 1, 4);
    }

    @Test
    void rankDoesNotDependOnTheOrderUnitsAreGiven() {
        GroupResult result = twoJudgedGroups().score(
                judged("U4", 30, 40), judged("U3", 45, 35), judged("U1", 50, 40), judged("U2", 40, 40));

        assertThat(ranks(result)).containsExactly(4, 2, 1, 2);
        assertThat(result.ranking()).extracting(UnitResult::unitId).containsExactly("U1", "U3", "U2", "U4");
    }

    @Test
    void rankingOnPercentDiffersFromRankingOnTotalWhenAUnitHasACriterionNotApplicable() {
        UnitFixture smallAgency = unit("U1").claimingNotApplicable("A").judged("B", 36);   // 36 of 40 = 90 %
        UnitFixture bigAgency = judged("U2", 44, 36);                                       // 80 of 100 = 80 %

        GroupResult byTotal = twoJudgedGroups().rankedBy(Basis.TOTAL).score(smallAgency, bigAgency);
        GroupResult byPercent = twoJudgedGroups().rankedBy(Basis.PERCENT).score(smallAgency, bigAgency);

        assertThat(ranks(byTotal)).containsExactly(2, 1);
        assertThat(ranks(byPercent)).containsExactly(1, 2);
        assertThat(Scored.unit(byPercent, "U1").percent()).isEqualByComparingTo("90");
        assertThat(Scored.unit(byPercent, "U2").percent()).isEqualByComparingTo("80");
    }

    @Test
    void rankingOnTheNormalizedScoreFollowsThePercent() {
        UnitFixture smallAgency = unit("U1").claimingNotApplicable("A").judged("B", 36);
        UnitFixture bigAgency = judged("U2", 44, 36);

        GroupResult result = twoJudgedGroups().rankedBy(Basis.NORMALIZED).score(smallAgency, bigAgency);

        assertThat(Scored.unit(result, "U1").normalized()).isEqualByComparingTo("90");
        assertThat(ranks(result)).containsExactly(1, 2);
    }

    @Test
    void tieBreakNodeOrdersEqualTotals() {
        GroupResult result = twoJudgedGroups().rankedBy(Basis.TOTAL, "B").score(
                judged("U1", 50, 30), judged("U2", 40, 40), judged("U3", 60, 20));

        assertThat(ranks(result)).containsExactly(2, 1, 3);
    }

    @Test
    void unitsStillEqualAfterTheTieBreakShareTheRank() {
        GroupResult result = twoJudgedGroups().rankedBy(Basis.TOTAL, "B").score(
                judged("U1", 50, 30), judged("U2", 50, 30), judged("U3", 40, 40), judged("U4", 10, 10));

        assertThat(ranks(result)).containsExactly(2, 2, 1, 4);
    }

    @Test
    void tieBreakNodesAreComparedInTurn() {
        GroupResult result = twoJudgedGroups().rankedBy(Basis.TOTAL, "B", "A").score(
                judged("U1", 50, 30), judged("U2", 50, 30), judged("U3", 60, 20));

        assertThat(ranks(result)).containsExactly(1, 1, 3);
    }

    @Test
    void withoutATieBreakNothingElseOrdersEqualTotals() {
        GroupResult result = twoJudgedGroups().score(judged("U1", 50, 30), judged("U2", 40, 40));

        assertThat(ranks(result)).containsExactly(1, 1);
    }

    @Test
    void unitsWithErrorsGetNoRankAndDoNotPushOthersDown() {
        GroupResult result = twoJudgedGroups().score(
                judged("U1", 70, 40), judged("U2", 50, 40), judged("U3", 40, 40));   // 70 is above A's 60

        assertThat(ranks(result)).containsExactly(null, 1, 2);
        assertThat(result.ranking()).extracting(UnitResult::unitId).containsExactly("U2", "U3", "U1");
    }

    @Test
    void tiesAreOnTheRoundedValue() {
        GroupResult result = twoJudgedGroups().score(
                judged("U1", new BigDecimal("50.004"), 30), judged("U2", new BigDecimal("50.001"), 30),
                judged("U3", new BigDecimal("50.006"), 30));

        assertThat(Scored.unit(result, "U1").total()).isEqualByComparingTo("80.00");
        assertThat(ranks(result)).containsExactly(2, 2, 1);
    }

    @Test
    void unitWithMissingInputsIsStillRankedOnWhatItHas() {
        GroupResult result = twoJudgedGroups().score(unit("U1").judged("A", 50), judged("U2", 10, 10));

        assertThat(Scored.unit(result, "U1").isComplete()).isFalse();
        assertThat(Scored.unit(result, "U1").missingInputs()).containsExactly("manual:B");
        assertThat(Scored.node(result, "U1", "B").status()).isEqualTo(NodeStatus.MISSING_INPUT);
        assertThat(ranks(result)).containsExactly(1, 2);
    }

    @Test
    void rankerGivesStandardCompetitionRanks() {
        List<BigDecimal> values = List.of(new BigDecimal("7"), new BigDecimal("9"), new BigDecimal("7.0"),
                new BigDecimal("3"), new BigDecimal("9.00"));

        List<Integer> ranks = Ranker.rank(values, v -> List.of(v));

        assertThat(ranks).containsExactly(3, 1, 3, 5, 1);
    }
}
