package vn.ictindex.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.scoring.NodeFixture.sum;
import static vn.ictindex.scoring.NodeFixture.yesNo;
import static vn.ictindex.scoring.UnitFixture.unit;

class NotApplicableTests {

    /** A1 (10 points, the given policy) and A2 (30 points, always applies); the appendix is out of 40. */
    private static AppendixFixture twoCriteria(NotApplicablePolicy a1Policy) {
        return AppendixFixture.withGroups(yesNo("A1", 10, "tslcd").notApplicable(a1Policy), yesNo("A2", 30, "plan"));
    }

    private static UnitFixture planOnlyClaimingA1NotApplicable() {
        return unit("U1").with("plan", true).claimingNotApplicable("A1");
    }

    @Test
    void excludedCriterionLeavesTheApplicableMaximumAndThePercentIsOnTheRest() {
        GroupResult result = twoCriteria(NotApplicablePolicy.EXCLUDE).score(planOnlyClaimingA1NotApplicable());

        NodeResult a1 = Scored.only(result, "A1");
        assertThat(a1.status()).isEqualTo(NodeStatus.NOT_APPLICABLE);
        assertThat(a1.applicableMax()).isEqualByComparingTo("0");
        assertThat(a1.explain()).isEqualTo("Không áp dụng: không tính vào điểm tối đa");
        UnitResult u1 = Scored.unit(result, "U1");
        assertThat(u1.total()).isEqualByComparingTo("30");
        assertThat(u1.applicableMax()).isEqualByComparingTo("30");
        assertThat(u1.percent()).isEqualByComparingTo("100");
        assertThat(u1.normalized()).isEqualByComparingTo("40");
    }

    @Test
    void excludedCriterionIgnoresWhatTheUnitEnteredForIt() {
        GroupResult result = twoCriteria(NotApplicablePolicy.EXCLUDE)
                .score(planOnlyClaimingA1NotApplicable().with("tslcd", true));

        assertThat(Scored.only(result, "A1").points()).isEqualByComparingTo("0");
        assertThat(Scored.unit(result, "U1").total()).isEqualByComparingTo("30");
    }

    @Test
    void zeroPolicyKeepsTheMaximumAndCountsZero() {
        GroupResult result = twoCriteria(NotApplicablePolicy.ZERO).score(planOnlyClaimingA1NotApplicable());

        NodeResult a1 = Scored.only(result, "A1");
        assertThat(a1.status()).isEqualTo(NodeStatus.NOT_APPLICABLE_ZERO);
        assertThat(a1.applicableMax()).isEqualByComparingTo("10");
        assertThat(a1.explain()).isEqualTo("Không áp dụng: tính 0 điểm");
        UnitResult u1 = Scored.unit(result, "U1");
        assertThat(u1.applicableMax()).isEqualByComparingTo("40");
        assertThat(u1.percent()).isEqualByComparingTo("75");
        assertThat(u1.normalized()).isEqualByComparingTo("30");
    }

    @Test
    void claimOnACriterionThatMustApplyIsAnError() {
        GroupResult result = twoCriteria(NotApplicablePolicy.NOT_ALLOWED)
                .score(planOnlyClaimingA1NotApplicable().with("tslcd", true), unit("U2").with("plan", true)
                        .with("tslcd", false));

        NodeResult a1 = Scored.node(result, "U1", "A1");
        assertThat(a1.status()).isEqualTo(NodeStatus.ERROR);
        assertThat(a1.explain()).isEqualTo("Tiêu chí A1 không cho phép đánh dấu «không áp dụng»");
        UnitResult u1 = Scored.unit(result, "U1");
        assertThat(u1.total()).isNull();
        assertThat(u1.rank()).isNull();
        assertThat(Scored.unit(result, "U2").rank()).isEqualTo(1);
    }

    @Test
    void claimOnAnUnknownCriterionIsAnErrorOfTheUnit() {
        GroupResult result = twoCriteria(NotApplicablePolicy.EXCLUDE)
                .score(unit("U1").with("plan", true).with("tslcd", true).claimingNotApplicable("Z9"));

        UnitResult u1 = Scored.unit(result, "U1");
        assertThat(u1.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("Z9");
        });
        assertThat(u1.total()).isNull();
    }

    @Test
    void claimingAGroupExcludesAllItsCriteria() {
        GroupResult result = AppendixFixture.withGroups(
                        sum("A", 20, yesNo("A1", 10, "x"), yesNo("A2", 10, "y")).excludableWhenNotApplicable(),
                        yesNo("B", 20, "z"))
                .score(unit("U1").with("x", true).with("z", true).claimingNotApplicable("A"));

        for (String key : new String[]{"A", "A1", "A2"}) {
            assertThat(Scored.only(result, key).status()).as(key).isEqualTo(NodeStatus.NOT_APPLICABLE);
        }
        UnitResult u1 = Scored.unit(result, "U1");
        assertThat(u1.hasErrors()).isFalse();
        assertThat(u1.missingInputs()).isEmpty();
        assertThat(u1.applicableMax()).isEqualByComparingTo("20");
        assertThat(u1.percent()).isEqualByComparingTo("100");
    }

    @Test
    void claimingAGroupUnderTheZeroPolicyCountsItsCriteriaAsZero() {
        GroupResult result = AppendixFixture.withGroups(
                        sum("A", 20, yesNo("A1", 10, "x"), yesNo("A2", 10, "y")).zeroWhenNotApplicable(),
                        yesNo("B", 20, "z"))
                .score(unit("U1").with("z", true).claimingNotApplicable("A"));

        assertThat(Scored.only(result, "A1").status()).isEqualTo(NodeStatus.NOT_APPLICABLE_ZERO);
        assertThat(Scored.only(result, "A").status()).isEqualTo(NodeStatus.NOT_APPLICABLE_ZERO);
        assertThat(Scored.unit(result, "U1").applicableMax()).isEqualByComparingTo("40");
        assertThat(Scored.unit(result, "U1").percent()).isEqualByComparingTo("50");
    }

    @Test
    void exclusionWinsOverCountingZeroWhenBothAreClaimed() {
        GroupResult result = AppendixFixture.withGroups(
                        sum("A", 20, yesNo("A1", 10, "x").excludableWhenNotApplicable(), yesNo("A2", 10, "y"))
                                .zeroWhenNotApplicable(),
                        yesNo("B", 20, "z"))
                .score(unit("U1").with("z", true).claimingNotApplicable("A", "A1"));

        assertThat(Scored.only(result, "A1").status()).isEqualTo(NodeStatus.NOT_APPLICABLE);
        assertThat(Scored.only(result, "A2").status()).isEqualTo(NodeStatus.NOT_APPLICABLE_ZERO);
        assertThat(Scored.only(result, "A").applicableMax()).isEqualByComparingTo("10");
        assertThat(Scored.unit(result, "U1").applicableMax()).isEqualByComparingTo("30");
        assertThat(Scored.unit(result, "U1").percent()).isEqualByComparingTo("66.67");
    }

    @Test
    void unitWithEverythingNotApplicableHasNoPercentAndNoRank() {
        GroupResult result = AppendixFixture.withLeaf(yesNo("A1", 10, "x").excludableWhenNotApplicable())
                .rankedBy(Basis.PERCENT)
                .score(unit("U1").claimingNotApplicable("A1"), unit("U2").with("x", true));

        UnitResult u1 = Scored.unit(result, "U1");
        assertThat(u1.applicableMax()).isEqualByComparingTo("0");
        assertThat(u1.percent()).isNull();
        assertThat(u1.rank()).isNull();
        assertThat(Scored.unit(result, "U2").rank()).isEqualTo(1);
    }
}
