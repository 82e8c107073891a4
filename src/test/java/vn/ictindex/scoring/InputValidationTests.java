package vn.ictindex.scoring;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.scoring.Intervals.atLeast;
import static vn.ictindex.scoring.NodeFixture.formula;
import static vn.ictindex.scoring.NodeFixture.normalizedRatioToBest;
import static vn.ictindex.scoring.NodeFixture.ratio;
import static vn.ictindex.scoring.NodeFixture.yesNo;
import static vn.ictindex.scoring.UnitFixture.unit;

class InputValidationTests {

    /**
     * A1 = share of staff with a computer, A3 = bandwidth per staff member (both read the appendix-level staff), A4 a
     * yes/no that reads nothing else; classified "Đạt" from 0 so that any total gets a band.
     */
    private static AppendixFixture infrastructure() {
        return AppendixFixture.withGroups(
                        ratio("A1", 10, "with_pc", "staff").declares(InputFixture.count("with_pc").max(5000)),
                        normalizedRatioToBest("A3", 10, "bandwidth", "staff"),
                        yesNo("A4", 10, "tslcd"))
                .input(InputFixture.count("staff"))
                .constraint("with_pc <= staff")
                .band("Đạt", atLeast(0));
    }

    private static UnitFixture valid(String id) {
        return unit(id).with("staff", 25).with("with_pc", 23).with("bandwidth", 100).with("tslcd", true);
    }

    private static void assertUnitNotScoredRankedOrClassified(UnitResult unit) {
        assertThat(unit.hasErrors()).isTrue();
        assertThat(unit.treeTotal()).isNull();
        assertThat(unit.total()).isNull();
        assertThat(unit.percent()).isNull();
        assertThat(unit.rank()).isNull();
        assertThat(unit.classification()).isNull();
    }

    @Test
    void validUnitIsScoredRankedAndClassified() {
        UnitResult u1 = Scored.unit(infrastructure().score(valid("U1")), "U1");

        assertThat(u1.problems()).isEmpty();
        assertThat(u1.total()).isEqualByComparingTo("29.20");
        assertThat(u1.rank()).isEqualTo(1);
        assertThat(u1.classificationLabel()).isEqualTo("Đạt");
    }

    @Test
    void valueAboveTheInputsMaximumIsAnErrorOnTheNodeThatReadsIt() {
        GroupResult result = infrastructure().score(valid("U1").with("with_pc", 6000).with("staff", 7000), valid("U2"));

        UnitResult u1 = Scored.unit(result, "U1");
        assertThat(Scored.node(u1, "A1").status()).isEqualTo(NodeStatus.ERROR);
        assertThat(Scored.node(u1, "A1").explain()).isEqualTo("«Số liệu with_pc» = 6.000 lớn hơn mức tối đa 5.000");
        assertThat(Scored.node(u1, "A4").status()).isEqualTo(NodeStatus.SCORED);
        assertUnitNotScoredRankedOrClassified(u1);
        assertThat(Scored.unit(result, "U2").rank()).isEqualTo(1);
    }

    @Test
    void valueBelowTheInputsMinimumIsAnError() {
        GroupResult result = infrastructure().score(valid("U1").with("with_pc", -1));

        assertThat(Scored.only(result, "A1").explain()).isEqualTo("«Số liệu with_pc» = −1 nhỏ hơn mức tối thiểu 0");
        assertUnitNotScoredRankedOrClassified(Scored.unit(result, "U1"));
    }

    @Test
    void fractionForAWholeNumberIsAnError() {
        GroupResult result = infrastructure().score(valid("U1").with("with_pc", "22.5"));

        assertThat(Scored.only(result, "A1").status()).isEqualTo(NodeStatus.ERROR);
        assertThat(Scored.only(result, "A1").explain()).isEqualTo("«Số liệu with_pc» phải là số nguyên, không phải 22,5");
        assertUnitNotScoredRankedOrClassified(Scored.unit(result, "U1"));
    }

    @Test
    void wholeNumberWrittenWithDecimalsIsAccepted() {
        GroupResult result = infrastructure().score(valid("U1").with("with_pc", "23.00"));

        assertThat(Scored.only(result, "A1").points()).isEqualByComparingTo("9.20");
    }

    @Test
    void wrongTypeIsAnError() {
        GroupResult yesForANumber = infrastructure().score(valid("U1").with("with_pc", true));
        GroupResult numberForAYes = infrastructure().score(valid("U1").with("tslcd", 1));
        GroupResult dateForANumber = infrastructure().score(valid("U1").dated("with_pc", LocalDate.of(2024, 1, 1)));

        assertThat(Scored.only(yesForANumber, "A1").explain())
                .isEqualTo("«Số liệu with_pc» phải là một số, không phải «Có»");
        assertThat(Scored.only(numberForAYes, "A4").explain())
                .isEqualTo("«Số liệu tslcd» phải là Có hoặc Không, không phải «1»");
        assertThat(Scored.only(dateForANumber, "A1").status()).isEqualTo(NodeStatus.ERROR);
        assertUnitNotScoredRankedOrClassified(Scored.unit(numberForAYes, "U1"));
    }

    @Test
    void percentageAbove100IsAnErrorEvenWithoutDeclaredBounds() {
        GroupResult result = AppendixFixture.withLeaf(formula("X", 10, "max_points * share / 100")
                        .declares(InputFixture.percentage("share")))
                .score(unit("U1").with("share", "100.5"), unit("U2").with("share", 80));

        assertThat(Scored.node(result, "U1", "X").status()).isEqualTo(NodeStatus.ERROR);
        assertThat(Scored.node(result, "U2", "X").points()).isEqualByComparingTo("8");
    }

    @Test
    void unknownChoiceIsAnError() {
        GroupResult result = AppendixFixture.withLeaf(NodeFixture.partialCredit("B4", 10, "role",
                        NodeFixture.option("chairman", Awards.fullMarks())))
                .score(unit("U1").choosing("role", "mayor"));

        assertThat(Scored.only(result, "B4").status()).isEqualTo(NodeStatus.ERROR);
        assertUnitNotScoredRankedOrClassified(Scored.unit(result, "U1"));
    }

    @Test
    void brokenConstraintIsAnErrorOnEveryNodeReadingEitherInput() {
        GroupResult result = infrastructure().score(valid("U1").with("with_pc", 30), valid("U2"));

        UnitResult u1 = Scored.unit(result, "U1");
        String message = "Số liệu không hợp lệ: «Số liệu with_pc» (30) phải ≤ «Số liệu staff» (25)";
        assertThat(Scored.node(u1, "A1").status()).isEqualTo(NodeStatus.ERROR);
        assertThat(Scored.node(u1, "A1").explain()).isEqualTo(message);
        assertThat(Scored.node(u1, "A3").status()).isEqualTo(NodeStatus.ERROR);
        assertThat(Scored.node(u1, "A4").status()).isEqualTo(NodeStatus.SCORED);
        assertThat(u1.problems()).extracting(ScoringProblem::nodeKey).containsExactlyInAnyOrder("A1", "A3");
        assertUnitNotScoredRankedOrClassified(u1);
        assertThat(Scored.unit(result, "U2").rank()).isEqualTo(1);
    }

    @Test
    void constraintHoldingOnItsBoundaryIsNoError() {
        GroupResult result = infrastructure().score(valid("U1").with("with_pc", 25));

        assertThat(Scored.unit(result, "U1").problems()).isEmpty();
        assertThat(Scored.only(result, "A1").points()).isEqualByComparingTo("10");
    }

    @Test
    void constraintAgainstANumberIsChecked() {
        GroupResult result = AppendixFixture.withLeaf(yesNo("A4", 10, "tslcd"))
                .input(InputFixture.count("staff"))
                .constraint("staff >= 1")
                .score(unit("U1").with("tslcd", true).with("staff", 0));

        UnitResult u1 = Scored.unit(result, "U1");
        assertThat(u1.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.inputKey()).isEqualTo("staff");
            assertThat(p.message()).isEqualTo("Số liệu không hợp lệ: «Số liệu staff» (0) phải ≥ 1");
        });
        assertThat(u1.total()).isNull();
    }

    @Test
    void unknownInputKeyIsOnlyAWarning() {
        GroupResult result = infrastructure().score(valid("U1").with("fax_machines", 3));

        UnitResult u1 = Scored.unit(result, "U1");
        assertThat(u1.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(ScoringProblem.Severity.WARNING);
            assertThat(p.inputKey()).isEqualTo("fax_machines");
            assertThat(p.message()).isEqualTo("Số liệu «fax_machines» không có trong PL-TEST nên bị bỏ qua");
        });
        assertThat(u1.hasErrors()).isFalse();
        assertThat(u1.total()).isEqualByComparingTo("29.20");
        assertThat(u1.rank()).isEqualTo(1);
        assertThat(u1.classificationLabel()).isEqualTo("Đạt");
    }

    @Test
    void errorOnOneUnitLeavesTheOthersUntouched() {
        GroupResult alone = infrastructure().score(valid("U2"));
        GroupResult withABrokenUnit = infrastructure().score(valid("U1").with("with_pc", 30), valid("U2"));

        assertThat(Scored.unit(withABrokenUnit, "U2").total()).isEqualByComparingTo(Scored.unit(alone, "U2").total());
    }
    @Test
    void theQuickAcceptanceNeverLetsThroughAValueTheFullCheckRefuses() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5L);
        java.util.List<InputValue> values = java.util.List.of(InputValue.of(0), InputValue.of(-1), InputValue.of(100),
                InputValue.of(101), InputValue.of("2.0"), InputValue.of("2.5"), InputValue.of("99.99"),
                InputValue.of("1E+1"), InputValue.of(true), new InputValue.ChoiceValue("head"),
                new InputValue.ChoiceValue("boss"), new InputValue.DateValue(LocalDate.of(2026, 1, 5)),
                new InputValue.ItemsValue(java.util.List.of("a", "b")));
        int accepted = 0;
        for (int n = 0; n < 2_000; n++) {
            InputType type = InputType.values()[random.nextInt(InputType.values().length)];
            java.math.BigDecimal min = random.nextBoolean() ? null : java.math.BigDecimal.valueOf(random.nextInt(3) - 1);
            java.math.BigDecimal max = random.nextBoolean() ? null : java.math.BigDecimal.valueOf(random.nextInt(120));
            InputDefinition definition = new InputDefinition("x", "Số liệu x", null, type, min, max, null,
                    type == InputType.CHOICE ? java.util.List.of(new InputDefinition.ChoiceOption("head", "Trưởng"))
                            : java.util.List.of(), null);
            InputValue value = values.get(random.nextInt(values.size()));
            if (new InputChecks.Acceptance(definition).accepts(value)) {
                accepted++;
                assertThat(InputChecks.problem(definition, value)).as("%s for %s", value, definition).isNull();
            }
        }
        assertThat(accepted).as("the quick path accepts most ordinary values").isGreaterThan(300);
    }
}
