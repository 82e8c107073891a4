package vn.ictindex.scoring;

import org.junit.jupiter.api.Test;

import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.scoring.Awards.points;
import static vn.ictindex.scoring.Intervals.atLeast;
import static vn.ictindex.scoring.NodeFixture.manual;
import static vn.ictindex.scoring.NodeFixture.perItem;
import static vn.ictindex.scoring.NodeFixture.ratio;
import static vn.ictindex.scoring.NodeFixture.sum;
import static vn.ictindex.scoring.NodeFixture.tier;
import static vn.ictindex.scoring.NodeFixture.tiers;
import static vn.ictindex.scoring.NodeFixture.yesNo;
import static vn.ictindex.scoring.UnitFixture.unit;

class TraceTests {

    /** "Tỷ lệ CBCCVC được trang bị máy tính × 15", the numerator counted in computers. */
    private static AppendixFixture computers() {
        return AppendixFixture.withLeaf(ratio("A1", 15, "with_pc", "staff")
                .declares(InputFixture.count("with_pc").counting("máy tính")));
    }

    private static NodeResult a1(AppendixFixture appendix, int withPc, int staff) {
        return Scored.only(appendix.score(unit("U1").with("with_pc", withPc).with("staff", staff)), "A1");
    }

    @Test
    void ratioReadsAsTheGuideWritesIt() {
        assertThat(a1(computers(), 23, 25).explain()).isEqualTo("23/25 máy tính × 15 = 13,80");
    }

    @Test
    void roundedPointsSayWhatTheyWereRoundedFromAndExactOnesDoNot() {
        assertThat(a1(computers(), 1, 7).explain()).isEqualTo("1/7 máy tính × 15 = 2,14 (làm tròn từ 2,1429)");
        assertThat(a1(computers(), 2, 3).explain()).isEqualTo("2/3 máy tính × 15 = 10,00");
    }

    @Test
    void roundingToWholePointsShowsTheDecimalsRoundedAway() {
        NodeResult a1 = a1(computers().rounding(0, RoundingMode.HALF_UP, true), 23, 25);

        assertThat(a1.points()).isEqualByComparingTo("14");
        assertThat(a1.explain()).isEqualTo("23/25 máy tính × 15 = 14 (làm tròn từ 13,8)");
    }

    @Test
    void largeNumbersUseDotsForThousandsAndACommaForDecimals() {
        GroupResult result = AppendixFixture.withLeaf(ratio("A2", 10, "edocs", "docs")
                        .declares(InputFixture.count("edocs").counting("văn bản")))
                .score(unit("U1").with("edocs", 1250).with("docs", 2000));

        assertThat(Scored.only(result, "A2").explain()).isEqualTo("1.250/2.000 văn bản × 10 = 6,25");
    }

    @Test
    void councilPointsWithMoreDecimalsThanTheAppendixShowTheRounding() {
        GroupResult result = AppendixFixture.withLeaf(manual("C2", 5)).score(unit("U1").judged("C2", 3.456));

        assertThat(Scored.only(result, "C2").explain()).isEqualTo("Hội đồng chấm: 3,46 (làm tròn từ 3,456)");
    }

    @Test
    void sumsDoNotRepeatTheRoundingNoteOfTheirCriteria() {
        GroupResult result = AppendixFixture.withGroups(sum("A", 30, ratio("A1", 15, "a", "n"), ratio("A2", 15, "b", "n")))
                .roundedOnce()
                .score(unit("U1").with("n", 7).with("a", 1).with("b", 1));

        assertThat(Scored.only(result, "A1").explain()).endsWith("(làm tròn từ 2,1429)");
        assertThat(Scored.only(result, "A").explain()).isEqualTo("Tổng các tiêu chí con = 4,29");
    }

    @Test
    void missingInputsAreNamed() {
        GroupResult result = computers().score(unit("U1"));

        assertThat(Scored.only(result, "A1").explain()).isEqualTo("Chưa có số liệu: with_pc, staff");
        assertThat(Scored.only(result, "A1").explain(Trace.Language.EN)).isEqualTo("Missing: with_pc, staff");
    }

    @Test
    void englishVariantKeepsTheNumbersAndTranslatesTheWords() {
        assertThat(a1(computers(), 1, 7).explain(Trace.Language.EN))
                .isEqualTo("1/7 máy tính × 15 = 2,14 (rounded from 2,1429)");
        assertThat(a1(computers(), 30, 25).explain(Trace.Language.EN))
                .isEqualTo("30/25 máy tính × 15 (ratio capped at 1) = 15,00");
        assertThat(a1(computers(), 0, 0).explain(Trace.Language.EN)).isEqualTo("Zero denominator → 0 points");

        GroupResult yesNo = AppendixFixture.withLeaf(yesNo("A4", 10, "tslcd")).score(unit("U1").with("tslcd", true));
        assertThat(Scored.only(yesNo, "A4").explain(Trace.Language.EN)).isEqualTo("Yes → 10,00");

        GroupResult items = AppendixFixture.withLeaf(perItem("B2", 10, "apps", 4, 10))
                .score(unit("U1").listing("apps", "a", "b", "c"));
        assertThat(Scored.only(items, "B2").explain(Trace.Language.EN)).isEqualTo("3 items × 4, at most 10 = 10,00");
        assertThat(Scored.only(items, "B2").explain()).isEqualTo("3 mục × 4, tối đa 10 = 10,00");

        GroupResult tier = AppendixFixture.withLeaf(tiers("B1", 10, "meetings", tier(atLeast(4), points(10))))
                .score(unit("U1").with("meetings", 5));
        assertThat(Scored.only(tier, "B1").explain(Trace.Language.EN)).isEqualTo("5 is in tier 1 [4; +∞) → 10,00");

        GroupResult notApplicable = AppendixFixture.withGroups(yesNo("A4", 10, "tslcd").excludableWhenNotApplicable(),
                yesNo("A5", 10, "x")).score(unit("U1").with("x", true).claimingNotApplicable("A4"));
        assertThat(Scored.only(notApplicable, "A4").explain(Trace.Language.EN))
                .isEqualTo("Not applicable: excluded from the maximum");
    }

    @Test
    void englishSumAndBestOf() {
        GroupResult result = AppendixFixture.withGroups(
                        sum("B", 15, manual("B1", 10), manual("B2", 10)).cappedAt(15),
                        NodeFixture.bestOf("C", 5, yesNo("Ca", 5, "a"), yesNo("Cb", 3, "b")))
                .score(unit("U1").judged("B1", 10).judged("B2", 8).with("a", false).with("b", true));

        assertThat(Scored.only(result, "B").explain(Trace.Language.EN))
                .isEqualTo("Sum of sub-criteria = 18,00, capped at 15");
        assertThat(Scored.only(result, "C").explain(Trace.Language.EN)).isEqualTo("Best alternative: Cb = 3,00");
    }
}
