package vn.ictindex.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.scoring.NodeFixture.normalizedRatioToBest;
import static vn.ictindex.scoring.NodeFixture.normalizedToBest;
import static vn.ictindex.scoring.UnitFixture.unit;

class NormalizedToBestTests {

    /** Bandwidth normalised to the best unit of the group, at most 1000 Mbps. */
    private static AppendixFixture bandwidth() {
        return AppendixFixture.withLeaf(normalizedToBest("A3", 10, "bandwidth")
                .declares(InputFixture.number("bandwidth").min(0).max(1000))
                .excludableWhenNotApplicable());
    }

    @Test
    void bestUnitGetsTheMaximumAndOthersTheirShareOfTheBest() {
        GroupResult result = bandwidth().score(
                unit("U1").with("bandwidth", 100), unit("U2").with("bandwidth", 50), unit("U3").with("bandwidth", 25));

        assertThat(Scored.node(result, "U1", "A3").points()).isEqualByComparingTo("10");
        assertThat(Scored.node(result, "U2", "A3").points()).isEqualByComparingTo("5");
        assertThat(Scored.node(result, "U3", "A3").points()).isEqualByComparingTo("2.50");
        assertThat(Scored.node(result, "U3", "A3").explain()).isEqualTo("25 / 100 (cao nhất nhóm) × 10 = 2,50");
    }

    @Test
    void bestValueZeroGivesEveryUnitZero() {
        GroupResult result = bandwidth().score(unit("U1").with("bandwidth", 0), unit("U2").with("bandwidth", 0));

        for (String u : new String[]{"U1", "U2"}) {
            NodeResult a3 = Scored.node(result, u, "A3");
            assertThat(a3.status()).isEqualTo(NodeStatus.SCORED);
            assertThat(a3.points()).isEqualByComparingTo("0");
            assertThat(a3.explain()).isEqualTo("Giá trị cao nhất trong nhóm bằng 0 → 0 điểm");
        }
    }

    @Test
    void unitWithAnInputErrorIsLeftOutOfTheBest() {
        GroupResult result = bandwidth().score(
                unit("U1").with("bandwidth", 5000), unit("U2").with("bandwidth", 50), unit("U3").with("bandwidth", 25));

        assertThat(Scored.node(result, "U1", "A3").status()).isEqualTo(NodeStatus.ERROR);
        assertThat(Scored.node(result, "U2", "A3").points()).isEqualByComparingTo("10");
        assertThat(Scored.node(result, "U3", "A3").points()).isEqualByComparingTo("5");
    }

    @Test
    void unitClaimingNotApplicableIsLeftOutOfTheBest() {
        GroupResult result = bandwidth().score(
                unit("U1").with("bandwidth", 100).claimingNotApplicable("A3"), unit("U2").with("bandwidth", 50));

        assertThat(Scored.node(result, "U1", "A3").status()).isEqualTo(NodeStatus.NOT_APPLICABLE);
        assertThat(Scored.node(result, "U2", "A3").points()).isEqualByComparingTo("10");
    }

    @Test
    void unitThatDidNotEnterTheValueIsLeftOutOfTheBestAndShownAsMissing() {
        GroupResult result = bandwidth().score(unit("U1"), unit("U2").with("bandwidth", 50));

        assertThat(Scored.node(result, "U1", "A3").status()).isEqualTo(NodeStatus.MISSING_INPUT);
        assertThat(Scored.unit(result, "U1").missingInputs()).containsExactly("bandwidth");
        assertThat(Scored.node(result, "U2", "A3").points()).isEqualByComparingTo("10");
    }

    @Test
    void oneUnitsChangeMovesAnotherUnitsPoints() {
        GroupResult before = bandwidth().score(unit("U1").with("bandwidth", 100), unit("U2").with("bandwidth", 50));
        GroupResult after = bandwidth().score(unit("U1").with("bandwidth", 200), unit("U2").with("bandwidth", 50));

        assertThat(Scored.node(before, "U2", "A3").points()).isEqualByComparingTo("5");
        assertThat(Scored.node(after, "U2", "A3").points()).isEqualByComparingTo("2.50");
    }

    @Test
    void ratioValueIsComparedPerDenominator() {
        GroupResult result = AppendixFixture.withLeaf(normalizedRatioToBest("A3", 10, "bandwidth", "staff"))
                .score(unit("U1").with("bandwidth", 100).with("staff", 10),
                        unit("U2").with("bandwidth", 100).with("staff", 40));

        assertThat(Scored.node(result, "U1", "A3").points()).isEqualByComparingTo("10");
        NodeResult u2 = Scored.node(result, "U2", "A3");
        assertThat(u2.points()).isEqualByComparingTo("2.50");
        assertThat(u2.explain()).isEqualTo("100/40 = 2,5; 2,5 / 10 (cao nhất nhóm) × 10 = 2,50");
    }

    @Test
    void theBestRatioIsTheSameWhicheverOrderTheUnitsComeIn() {
        // 3/9 and 1/3 are the same ratio; 35/100 is the best, whether it comes first, last or between them
        AppendixFixture appendix = AppendixFixture.withLeaf(normalizedRatioToBest("A3", 10, "bandwidth", "staff"));
        UnitFixture third = unit("U1").with("bandwidth", 3).with("staff", 9);
        UnitFixture sameThird = unit("U2").with("bandwidth", 1).with("staff", 3);
        UnitFixture best = unit("U3").with("bandwidth", 35).with("staff", 100);
        UnitFixture small = unit("U4").with("bandwidth", 1).with("staff", 10);

        for (GroupResult result : new GroupResult[]{appendix.score(third, sameThird, best, small),
                appendix.score(best, small, third, sameThird), appendix.score(small, third, best, sameThird)}) {
            assertThat(Scored.node(result, "U3", "A3").points()).isEqualByComparingTo("10");
            assertThat(Scored.node(result, "U1", "A3").points()).isEqualByComparingTo("9.52");
            assertThat(Scored.node(result, "U2", "A3").points()).isEqualByComparingTo("9.52");
            assertThat(Scored.node(result, "U4", "A3").points()).isEqualByComparingTo("2.86");
        }
    }

    @Test
    void zeroDenominatorMadeNotApplicableIsLeftOutOfTheBest() {
        GroupResult result = AppendixFixture.withLeaf(normalizedRatioToBest("A3", 10, "bandwidth", "staff")
                        .notApplicableOnZeroDenominator().excludableWhenNotApplicable())
                .score(unit("U1").with("bandwidth", 500).with("staff", 0),
                        unit("U2").with("bandwidth", 100).with("staff", 20));

        assertThat(Scored.node(result, "U1", "A3").status()).isEqualTo(NodeStatus.NOT_APPLICABLE);
        assertThat(Scored.unit(result, "U1").applicableMax()).isEqualByComparingTo("0");
        assertThat(Scored.node(result, "U2", "A3").points()).isEqualByComparingTo("10");
    }

    @Test
    void singleUnitWithAPositiveValueIsTheBest() {
        GroupResult result = bandwidth().score(unit("U1").with("bandwidth", "0.001"));

        assertThat(Scored.node(result, "U1", "A3").points()).isEqualByComparingTo("10");
    }
}
