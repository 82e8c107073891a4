package vn.ictindex.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.scoring.NodeFixture.ratio;
import static vn.ictindex.scoring.NodeFixture.ratioVsTarget;
import static vn.ictindex.scoring.NodeFixture.yesNo;
import static vn.ictindex.scoring.UnitFixture.unit;

class RatioRulesTests {

    /** Share of electronic documents against the 90% target. */
    private final AppendixFixture edocsAgainstNinetyPercent =
            AppendixFixture.withLeaf(ratioVsTarget("A2", 10, "edocs", "docs", 0.9));

    @Test
    void pointsAreTheShareOfTheMaximum() {
        GroupResult result = AppendixFixture.withLeaf(ratio("A1", 10, "with_pc", "staff"))
                .score(unit("U1").with("with_pc", 23).with("staff", 25));

        NodeResult a1 = Scored.only(result, "A1");
        assertThat(a1.status()).isEqualTo(NodeStatus.SCORED);
        assertThat(a1.points()).isEqualByComparingTo("9.20");
    }

    @Test
    void numeratorAboveDenominatorIsCappedAtTheMaximum() {
        GroupResult result = AppendixFixture.withLeaf(ratio("A1", 10, "with_pc", "staff"))
                .score(unit("U1").with("with_pc", 30).with("staff", 25));

        NodeResult a1 = Scored.only(result, "A1");
        assertThat(a1.points()).isEqualByComparingTo("10");
        assertThat(a1.explain()).isEqualTo("30/25 × 10 (tỷ lệ tính tối đa 1) = 10,00");
    }

    @Test
    void zeroNumeratorScoresZero() {
        GroupResult result = AppendixFixture.withLeaf(ratio("A1", 10, "with_pc", "staff"))
                .score(unit("U1").with("with_pc", 0).with("staff", 25));

        assertThat(Scored.only(result, "A1").points()).isEqualByComparingTo("0");
    }

    @Test
    void zeroDenominatorScoresZeroByDefault() {
        GroupResult result = AppendixFixture.withLeaf(ratio("A1", 10, "with_pc", "staff"))
                .score(unit("U1").with("with_pc", 0).with("staff", 0));

        NodeResult a1 = Scored.only(result, "A1");
        assertThat(a1.status()).isEqualTo(NodeStatus.SCORED);
        assertThat(a1.points()).isEqualByComparingTo("0");
        assertThat(a1.applicableMax()).isEqualByComparingTo("10");
        assertThat(a1.explain()).isEqualTo("Mẫu số bằng 0 → 0 điểm");
    }

    @Test
    void zeroDenominatorUnderExcludeRemovesTheCriterionFromTheUnitsMaximum() {
        GroupResult result = AppendixFixture.withGroups(
                        ratio("A1", 10, "with_pc", "staff").notApplicableOnZeroDenominator()
                                .excludableWhenNotApplicable(),
                        yesNo("A2", 30, "tslcd"))
                .score(unit("U1").with("with_pc", 0).with("staff", 0).with("tslcd", true));

        NodeResult a1 = Scored.only(result, "A1");
        assertThat(a1.status()).isEqualTo(NodeStatus.NOT_APPLICABLE);
        assertThat(a1.applicableMax()).isEqualByComparingTo("0");
        assertThat(a1.explain()).isEqualTo("Mẫu số bằng 0 → không áp dụng");
        UnitResult u1 = Scored.unit(result, "U1");
        assertThat(u1.applicableMax()).isEqualByComparingTo("30");
        assertThat(u1.percent()).isEqualByComparingTo("100");
    }

    @Test
    void zeroDenominatorUnderZeroPolicyKeepsTheMaximumAndScoresZero() {
        GroupResult result = AppendixFixture.withGroups(
                        ratio("A1", 10, "with_pc", "staff").notApplicableOnZeroDenominator()
                                .zeroWhenNotApplicable(),
                        yesNo("A2", 30, "tslcd"))
                .score(unit("U1").with("with_pc", 0).with("staff", 0).with("tslcd", true));

        NodeResult a1 = Scored.only(result, "A1");
        assertThat(a1.status()).isEqualTo(NodeStatus.NOT_APPLICABLE_ZERO);
        assertThat(a1.points()).isEqualByComparingTo("0");
        assertThat(a1.applicableMax()).isEqualByComparingTo("10");
        UnitResult u1 = Scored.unit(result, "U1");
        assertThat(u1.applicableMax()).isEqualByComparingTo("40");
        assertThat(u1.percent()).isEqualByComparingTo("75");
    }

    @Test
    void zeroDenominatorOnANodeThatRefusesNotApplicableCountsAsZero() {
        GroupResult result = AppendixFixture.withLeaf(
                        ratio("A1", 10, "with_pc", "staff").notApplicableOnZeroDenominator()
                                .notApplicable(NotApplicablePolicy.NOT_ALLOWED))
                .score(unit("U1").with("with_pc", 0).with("staff", 0));

        NodeResult a1 = Scored.only(result, "A1");
        assertThat(a1.status()).isEqualTo(NodeStatus.NOT_APPLICABLE_ZERO);
        assertThat(a1.applicableMax()).isEqualByComparingTo("10");
        assertThat(Scored.unit(result, "U1").hasErrors()).isFalse();
    }

    @Test
    void belowTheTargetEarnsTheReachedShareOfTheTarget() {
        GroupResult result = edocsAgainstNinetyPercent.score(unit("U1").with("edocs", 60).with("docs", 100));

        assertThat(Scored.only(result, "A2").points()).isEqualByComparingTo("6.67");
    }

    @Test
    void exactlyOnTheTargetEarnsTheMaximum() {
        GroupResult result = edocsAgainstNinetyPercent.score(unit("U1").with("edocs", 90).with("docs", 100));

        assertThat(Scored.only(result, "A2").points()).isEqualByComparingTo("10");
    }

    @Test
    void aboveTheTargetEarnsNoMoreThanTheMaximum() {
        GroupResult result = edocsAgainstNinetyPercent.score(unit("U1").with("edocs", 99).with("docs", 100));

        assertThat(Scored.only(result, "A2").points()).isEqualByComparingTo("10");
    }

    @Test
    void targetTraceShowsShareTargetAndPoints() {
        GroupResult result = edocsAgainstNinetyPercent.score(unit("U1").with("edocs", 60).with("docs", 100));

        assertThat(Scored.only(result, "A2").explain())
                .isEqualTo("60/100 = 60%; mục tiêu 90% → min(1; 60%/90%) × 10 = 6,67 (làm tròn từ 6,6667)");
    }

    @Test
    void targetRatioWithZeroDenominatorUnderExcludeIsNotApplicable() {
        GroupResult result = AppendixFixture.withGroups(
                        ratioVsTarget("A2", 10, "edocs", "docs", 0.9).notApplicableOnZeroDenominator()
                                .excludableWhenNotApplicable(),
                        yesNo("A4", 10, "tslcd"))
                .score(unit("U1").with("edocs", 0).with("docs", 0).with("tslcd", false));

        assertThat(Scored.only(result, "A2").status()).isEqualTo(NodeStatus.NOT_APPLICABLE);
        assertThat(Scored.unit(result, "U1").applicableMax()).isEqualByComparingTo("10");
    }

    @Test
    void targetRatioWithZeroDenominatorScoresZeroByDefault() {
        GroupResult result = edocsAgainstNinetyPercent.score(unit("U1").with("edocs", 0).with("docs", 0));

        assertThat(Scored.only(result, "A2").status()).isEqualTo(NodeStatus.SCORED);
        assertThat(Scored.only(result, "A2").points()).isEqualByComparingTo("0");
    }
}
