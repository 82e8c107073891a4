package vn.ictindex.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.scoring.NodeFixture.manual;
import static vn.ictindex.scoring.UnitFixture.unit;

class AdjustmentTests {

    /** A (10, may be not applicable) + B (30); 5 points off per late submission up to 10; 2 points per award up to 4. */
    private static AppendixFixture withPenaltyAndBonus() {
        return AppendixFixture.withGroups(manual("A", 10).excludableWhenNotApplicable(), manual("B", 30))
                .penalty("ADJ-LATE", "late", 5, 10)
                .bonus("ADJ-AWARD", "awards", 2, 4);
    }

    private static UnitResult scored(AppendixFixture appendix, UnitFixture unit) {
        return Scored.unit(appendix.score(unit), "U1");
    }

    @Test
    void penaltyIsTakenOffTheTotal() {
        UnitResult u1 = scored(withPenaltyAndBonus(), unit("U1").judged("A", 8).judged("B", 25).with("late", 1));

        assertThat(u1.treeTotal()).isEqualByComparingTo("33");
        assertThat(u1.total()).isEqualByComparingTo("28");
        assertThat(u1.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.item().key()).isEqualTo("ADJ-LATE");
            assertThat(a.points()).isEqualByComparingTo("-5");
            assertThat(a.explanation()).isEqualTo("1 × 5, tối đa 10 → −5,00");
        });
    }

    @Test
    void aBadFigureReadOnlyByAnAdjustmentBlocksTheTotalButNotTheGroupThatDeclaresIt() {
        AppendixFixture appendix = AppendixFixture.withGroups(
                        manual("A", 10).declares(InputFixture.count("late")), manual("B", 30))
                .penalty("ADJ-LATE", "late", 5, 10);

        UnitResult u1 = scored(appendix, unit("U1").judged("A", 8).judged("B", 25).with("late", -1));

        assertThat(Scored.node(u1, "A").status()).isEqualTo(NodeStatus.SCORED);
        assertThat(Scored.node(u1, "A").points()).isEqualByComparingTo("8");
        assertThat(u1.problems()).anySatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.nodeKey()).isNull();
            assertThat(p.inputKey()).isEqualTo("late");
        });
        assertThat(u1.total()).isNull();
    }

    @Test
    void penaltyStopsAtItsCap() {
        UnitResult u1 = scored(withPenaltyAndBonus(), unit("U1").judged("A", 8).judged("B", 25).with("late", 3));

        assertThat(u1.adjustments()).singleElement().extracting(AdjustmentResult::points)
                .satisfies(p -> assertThat(p).isEqualByComparingTo("-10"));
        assertThat(u1.total()).isEqualByComparingTo("23");
    }

    @Test
    void totalIsFlooredAtZero() {
        UnitResult u1 = scored(withPenaltyAndBonus(), unit("U1").judged("A", 2).judged("B", 3).with("late", 2));

        assertThat(u1.treeTotal()).isEqualByComparingTo("5");
        assertThat(u1.total()).isEqualByComparingTo("0");
    }

    @Test
    void noEventsMeansNoAdjustment() {
        UnitResult u1 = scored(withPenaltyAndBonus(), unit("U1").judged("A", 8).judged("B", 25).with("late", 0));

        assertThat(u1.adjustments()).isEmpty();
        assertThat(u1.total()).isEqualByComparingTo("33");
    }

    @Test
    void bonusIsAddedUpToItsCap() {
        UnitResult u1 = scored(withPenaltyAndBonus(), unit("U1").judged("A", 5).judged("B", 20).with("awards", 5));

        assertThat(u1.adjustments()).singleElement().extracting(AdjustmentResult::points)
                .satisfies(p -> assertThat(p).isEqualByComparingTo("4"));
        assertThat(u1.total()).isEqualByComparingTo("29");
    }

    @Test
    void bonusIsCappedAtTheApplicableMaximum() {
        UnitResult u1 = scored(withPenaltyAndBonus(), unit("U1").judged("A", 9).judged("B", 29).with("awards", 2));

        assertThat(u1.treeTotal()).isEqualByComparingTo("38");
        assertThat(u1.total()).isEqualByComparingTo("40");
    }

    @Test
    void bonusIsCappedAtTheUnitsOwnMaximumWhenACriterionDoesNotApply() {
        UnitResult u1 = scored(withPenaltyAndBonus(),
                unit("U1").claimingNotApplicable("A").judged("B", 28).with("awards", 2));

        assertThat(u1.applicableMax()).isEqualByComparingTo("30");
        assertThat(u1.total()).isEqualByComparingTo("30");
        assertThat(u1.percent()).isEqualByComparingTo("100");
    }

    @Test
    void bonusMayTakeTheTotalAboveTheMaximumWhenTheAppendixAllowsIt() {
        UnitResult u1 = scored(withPenaltyAndBonus().totalMayExceedMax(),
                unit("U1").judged("A", 9).judged("B", 29).with("awards", 2));

        assertThat(u1.total()).isEqualByComparingTo("42");
        assertThat(u1.percent()).isEqualByComparingTo("105");
    }

    @Test
    void penaltyAndBonusTogether() {
        UnitResult u1 = scored(withPenaltyAndBonus(),
                unit("U1").judged("A", 5).judged("B", 20).with("late", 1).with("awards", 1));

        assertThat(u1.adjustments()).extracting(a -> a.item().key()).containsExactly("ADJ-LATE", "ADJ-AWARD");
        assertThat(u1.total()).isEqualByComparingTo("22");
        assertThat(u1.treeTotal()).isEqualByComparingTo("25");
    }

    @Test
    void rankingUsesTheAdjustedTotal() {
        GroupResult result = withPenaltyAndBonus().score(
                unit("U1").judged("A", 10).judged("B", 25).with("late", 2),
                unit("U2").judged("A", 5).judged("B", 25));

        assertThat(Scored.unit(result, "U1").rank()).isEqualTo(2);
        assertThat(Scored.unit(result, "U2").rank()).isEqualTo(1);
    }
}
