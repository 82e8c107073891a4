package vn.ictindex.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.scoring.NodeFixture.deduction;
import static vn.ictindex.scoring.NodeFixture.sum;
import static vn.ictindex.scoring.NodeFixture.yesNo;
import static vn.ictindex.scoring.UnitFixture.unit;

class DeductionTests {

    /** "Không để xảy ra sự cố: 5 điểm, mỗi sự cố trừ 2 điểm". */
    private static NodeFixture incidents() {
        return deduction("C1", 5, "incidents", 2);
    }

    private static NodeResult c1(NodeFixture node, int incidents) {
        return Scored.only(AppendixFixture.withLeaf(node).score(unit("U1").with("incidents", incidents)), "C1");
    }

    @Test
    void noEventKeepsTheMaximum() {
        assertThat(c1(incidents(), 0).points()).isEqualByComparingTo("5");
    }

    @Test
    void eachEventTakesItsPointsOff() {
        NodeResult c1 = c1(incidents(), 2);

        assertThat(c1.points()).isEqualByComparingTo("1");
        assertThat(c1.explain()).isEqualTo("5 − 2 × 2 lần, không dưới 0 = 1,00");
    }

    @Test
    void deductionsBelowTheFloorStopAtTheFloor() {
        assertThat(c1(incidents(), 3).points()).isEqualByComparingTo("0");
        assertThat(c1(incidents(), 40).points()).isEqualByComparingTo("0");
    }

    @Test
    void floorAboveZeroIsKept() {
        assertThat(c1(incidents().floor(2), 10).points()).isEqualByComparingTo("2");
    }

    @Test
    void negativeFloorAllowsNegativePoints() {
        NodeResult c1 = c1(incidents().floor(-5), 4);

        assertThat(c1.points()).isEqualByComparingTo("-3");
        assertThat(c1(incidents().floor(-5), 40).points()).isEqualByComparingTo("-5");
        assertThat(c1.explain()).isEqualTo("5 − 2 × 4 lần, không dưới −5 = −3,00");
    }

    @Test
    void negativeCriterionPullsItsGroupDownButTheTotalStaysAtZeroOrAbove() {
        AppendixFixture appendix = AppendixFixture.withGroups(
                sum("C", 15, incidents().floor(-5), yesNo("C2", 10, "plan")));

        GroupResult withPlan = appendix.score(unit("U1").with("incidents", 4).with("plan", true));
        GroupResult withoutPlan = appendix.score(unit("U1").with("incidents", 4).with("plan", false));

        assertThat(Scored.only(withPlan, "C").points()).isEqualByComparingTo("7");
        assertThat(Scored.unit(withPlan, "U1").total()).isEqualByComparingTo("7");
        assertThat(Scored.only(withoutPlan, "C").points()).isEqualByComparingTo("-3");
        assertThat(Scored.unit(withoutPlan, "U1").total()).isEqualByComparingTo("0");
    }

    @Test
    void deductionCanStartBelowTheMaximum() {
        assertThat(c1(incidents().startingAt(3), 1).points()).isEqualByComparingTo("1");
    }

    @Test
    void startAboveTheMaximumNeverGivesMoreThanTheMaximum() {
        assertThat(c1(incidents().startingAt(9), 1).points()).isEqualByComparingTo("5");
    }
}
