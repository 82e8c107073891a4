package vn.ictindex.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ictindex.scoring.NodeFixture.formula;
import static vn.ictindex.scoring.NodeFixture.yesNo;
import static vn.ictindex.scoring.UnitFixture.unit;

class FormulaTests {

    /** "Kế hoạch ban hành đúng hạn: điểm tối đa; chậm tới 30 ngày: 1/2; chậm hơn hoặc chưa ban hành: 0". */
    private static AppendixFixture planOnTime() {
        return AppendixFixture.withLeaf(formula("C4", 5,
                        "IF(plan_issued, IF(days_late <= 0, max_points, IF(days_late <= 30, max_points / 2, 0)), 0)")
                .declares(InputFixture.yesNo("plan_issued"), InputFixture.integer("days_late")));
    }

    @ParameterizedTest(name = "issued {0}, {1} days late → {2}")
    @CsvSource({
            "true,  -3, 5",
            "true,   0, 5",
            "true,  10, 2.5",
            "true,  30, 2.5",
            "true,  31, 0",
            "false,  0, 0"
    })
    void ifChoosesTheBranchTheInputsSay(boolean issued, int daysLate, String expected) {
        GroupResult result = planOnTime().score(unit("U1").with("plan_issued", issued).with("days_late", daysLate));

        assertThat(Scored.only(result, "C4").points()).isEqualByComparingTo(expected);
    }

    @Test
    void unitsWithTheSameFiguresShareAnEvaluationAndOthersGetTheirOwn() {
        // a scoring evaluates each distinct set of figures once; the third unit must not get the first one's result
        GroupResult result = planOnTime().score(
                unit("U1").with("plan_issued", true).with("days_late", 10),
                unit("U2").with("plan_issued", true).with("days_late", 10),
                unit("U3").with("plan_issued", true).with("days_late", 0),
                unit("U4").with("plan_issued", false).with("days_late", 10));

        assertThat(Scored.node(result, "U1", "C4").points()).isEqualByComparingTo("2.5");
        assertThat(Scored.node(result, "U2", "C4").points()).isEqualByComparingTo("2.5");
        assertThat(Scored.node(result, "U3", "C4").points()).isEqualByComparingTo("5");
        assertThat(Scored.node(result, "U4", "C4").points()).isEqualByComparingTo("0");
        assertThat(Scored.node(result, "U2", "C4").explain()).isEqualTo(Scored.node(result, "U1", "C4").explain());
    }

    @Test
    void traceShowsTheExpressionAndItsInputs() {
        GroupResult result = planOnTime().score(unit("U1").with("plan_issued", true).with("days_late", 10));

        assertThat(Scored.only(result, "C4").explain()).isEqualTo(
                "IF(plan_issued, IF(days_late <= 0, max_points, IF(days_late <= 30, max_points / 2, 0)), 0)"
                        + " với days_late = 10; plan_issued = Có = 2,50"); // inputs listed alphabetically
    }

    @Test
    void minTakesTheSmallerValue() {
        AppendixFixture appendix = AppendixFixture.withLeaf(formula("B2", 10, "MIN(apps * 3, 7)"));

        assertThat(Scored.only(appendix.score(unit("U1").with("apps", 2)), "B2").points()).isEqualByComparingTo("6");
        assertThat(Scored.only(appendix.score(unit("U1").with("apps", 5)), "B2").points()).isEqualByComparingTo("7");
    }

    @Test
    void groupMaxComparesEachUnitWithTheBestOfTheGroup() {
        GroupResult result = AppendixFixture.withLeaf(formula("A3", 10, "max_points * bandwidth / GROUP_MAX(bandwidth)"))
                .score(unit("U1").with("bandwidth", 200), unit("U2").with("bandwidth", 50));

        assertThat(Scored.node(result, "U1", "A3").points()).isEqualByComparingTo("10");
        assertThat(Scored.node(result, "U2", "A3").points()).isEqualByComparingTo("2.5");
        assertThat(Scored.node(result, "U2", "A3").explain()).isEqualTo(
                "max_points * bandwidth / GROUP_MAX(bandwidth) với bandwidth = 50; GROUP_MAX(bandwidth) = 200 = 2,50");
    }

    @Test
    void groupAverageSumAndMinAreOverTheWholeGroup() {
        GroupResult result = AppendixFixture.withLeaf(
                        formula("X", 100, "GROUP_AVG(v) + GROUP_SUM(v) / 10 + GROUP_MIN(v)"))
                .score(unit("U1").with("v", 10), unit("U2").with("v", 20), unit("U3").with("v", 60));

        // avg 30 + sum 90 / 10 + min 10 = 49
        assertThat(Scored.node(result, "U1", "X").points()).isEqualByComparingTo("49");
    }

    @Test
    void aUnitForWhichTheCriterionDoesNotApplyIsLeftOutOfTheGroupAggregate() {
        GroupResult result = AppendixFixture.withLeaf(formula("A3", 10, "max_points * bandwidth / GROUP_MAX(bandwidth)")
                        .excludableWhenNotApplicable())
                .score(unit("U1").with("bandwidth", 100), unit("U2").with("bandwidth", 50),
                        unit("U3").with("bandwidth", 400).claimingNotApplicable("A3"));

        assertThat(Scored.node(result, "U1", "A3").points()).isEqualByComparingTo("10");
        assertThat(Scored.node(result, "U2", "A3").points()).isEqualByComparingTo("5");
        assertThat(Scored.node(result, "U3", "A3").status()).isEqualTo(NodeStatus.NOT_APPLICABLE);
    }

    @Test
    void divisionByZeroIsAnErrorForThatUnitAndNodeNeverASilentScore() {
        GroupResult result = AppendixFixture.withGroups(
                        formula("A1", 10, "max_points * with_pc / staff"),
                        yesNo("A2", 10, "tslcd"))
                .score(unit("U1").with("with_pc", 5).with("staff", 0).with("tslcd", true),
                        unit("U2").with("with_pc", 5).with("staff", 10).with("tslcd", true));

        UnitResult u1 = Scored.unit(result, "U1");
        NodeResult a1 = Scored.node(u1, "A1");
        assertThat(a1.status()).isEqualTo(NodeStatus.ERROR);
        assertThat(a1.points()).isNull();
        assertThat(a1.explain()).startsWith("Công thức không tính được");
        assertThat(u1.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.nodeKey()).isEqualTo("A1");
        });
        assertThat(u1.total()).isNull();
        assertThat(u1.rank()).isNull();
        assertThat(Scored.node(u1, "A2").points()).isEqualByComparingTo("10");

        UnitResult u2 = Scored.unit(result, "U2");
        assertThat(Scored.node(u2, "A1").points()).isEqualByComparingTo("5");
        assertThat(u2.rank()).isEqualTo(1);
    }

    @Test
    void resultAboveTheMaximumIsKeptAtTheMaximum() {
        GroupResult result = AppendixFixture.withLeaf(formula("X", 10, "max_points * 2")).score(unit("U1"));

        assertThat(Scored.only(result, "X").points()).isEqualByComparingTo("10");
    }

    @Test
    void resultBelowZeroIsKeptAtZeroByDefault() {
        GroupResult result = AppendixFixture.withLeaf(formula("X", 10, "2 - v")).score(unit("U1").with("v", 5));

        assertThat(Scored.only(result, "X").points()).isEqualByComparingTo("0");
    }

    @Test
    void resultIsKeptAboveAConfiguredNegativeFloor() {
        AppendixFixture appendix = AppendixFixture.withLeaf(formula("X", 10, "2 - v").floor(-2));

        assertThat(Scored.only(appendix.score(unit("U1").with("v", 3)), "X").points()).isEqualByComparingTo("-1");
        assertThat(Scored.only(appendix.score(unit("U1").with("v", 9)), "X").points()).isEqualByComparingTo("-2");
    }

    @Test
    void comparisonResultCountsAsOneOrZero() {
        AppendixFixture appendix = AppendixFixture.withLeaf(formula("X", 10, "v >= 3"));

        assertThat(Scored.only(appendix.score(unit("U1").with("v", 4)), "X").points()).isEqualByComparingTo("1");
        assertThat(Scored.only(appendix.score(unit("U1").with("v", 2)), "X").points()).isEqualByComparingTo("0");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"DT_NOW()", "RANDOM()", "DT_DATE_NEW(2024, 1, 1)", "max_points * RANDOM()",
            "DT_TODAY()", "STR_UPPER(x)"})
    void clockRandomAndOtherUnlistedFunctionsDoNotParse(String expression) {
        Formulas.Check check = Formulas.check(expression);

        assertThat(check.ok()).isFalse();
        assertThat(check.error()).startsWith("công thức không đọc được");
    }

    @Test
    void appendixWithAnUnlistedFunctionCannotBeCompiled() {
        Appendix appendix = AppendixFixture.withLeaf(formula("X", 10, "max_points * RANDOM()")).build();

        assertThatThrownBy(() -> ScoringEngine.compile(appendix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("formula of «X»");
    }

    @Test
    void checkListsTheInputsAndGroupAggregatesAFormulaReads() {
        Formulas.Check check = Formulas.check("max_points * MIN(1, a / GROUP_MAX(b)) + IF(c, 1, 0)");

        assertThat(check.ok()).isTrue();
        assertThat(check.inputs()).containsExactly("a", "c");
        assertThat(check.aggregates()).containsExactly(new Formulas.GroupAggregate("MAX", "b"));
        assertThat(check.allInputs()).containsExactly("a", "c", "b");
    }

    @Test
    void unknownGroupAggregateIsRefused() {
        assertThat(Formulas.check("GROUP_MEDIAN(a)").error()).contains("GROUP_MEDIAN");
        assertThat(Formulas.check("GROUP_MAX(a + b)").ok()).isFalse();
    }

    @Test
    void emptyOrOverlongFormulaIsRefused() {
        assertThat(Formulas.check(" ").ok()).isFalse();
        assertThat(Formulas.check("1 + ".repeat(200) + "1").error()).contains("vượt giới hạn 500");
    }
}
