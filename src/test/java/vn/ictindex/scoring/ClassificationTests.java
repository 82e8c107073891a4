package vn.ictindex.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.scoring.Intervals.between;
import static vn.ictindex.scoring.Intervals.fromBelow;
import static vn.ictindex.scoring.NodeFixture.manual;
import static vn.ictindex.scoring.UnitFixture.unit;

class ClassificationTests {

    /** Lâm Đồng 2018 on a 500-point scale: Tốt [430; 500], Khá [350; 430), Trung bình [0; 350). */
    private static AppendixFixture lamDong() {
        return AppendixFixture.withGroups(manual("A", 500).excludableWhenNotApplicable())
                .band("Tốt", between(430, 500))
                .band("Khá", fromBelow(350, 430))
                .band("Trung bình", fromBelow(0, 350));
    }

    private static UnitResult judged(AppendixFixture appendix, String points) {
        return Scored.unit(appendix.score(unit("U1").judged("A", new BigDecimal(points))), "U1");
    }

    @ParameterizedTest(name = "{0} điểm → {1}")
    @CsvSource({
            "500,    Tốt",
            "430,    Tốt",
            "429.99, Khá",
            "350,    Khá",
            "349.99, Trung bình",
            "0,      Trung bình"
    })
    void bandBoundariesFollowTheirInclusiveAndExclusiveEnds(String points, String band) {
        assertThat(judged(lamDong(), points).classificationLabel()).isEqualTo(band);
    }

    @Test
    void bandIsChosenOnTheRoundedTotal() {
        UnitResult u1 = judged(lamDong(), "429.996");

        assertThat(u1.total()).isEqualByComparingTo("430.00");
        assertThat(u1.classificationLabel()).isEqualTo("Tốt");
    }

    @Test
    void noMatchingBandLeavesTheUnitUnclassified() {
        AppendixFixture onlyGood = AppendixFixture.withGroups(manual("A", 500)).band("Tốt", between(430, 500));

        assertThat(judged(onlyGood, "300").classification()).isNull();
    }

    @Test
    void unitWithErrorsIsNotClassified() {
        UnitResult u1 = Scored.unit(lamDong().score(unit("U1").judged("A", 600)), "U1");

        assertThat(u1.hasErrors()).isTrue();
        assertThat(u1.classification()).isNull();
    }

    @Test
    void classificationUsesTheTotalAfterPenalties() {
        AppendixFixture withLatePenalty = lamDong().penalty("ADJ-LATE", "late", 5, 10);

        UnitResult u1 = Scored.unit(withLatePenalty.score(unit("U1").judged("A", 432).with("late", 1)), "U1");

        assertThat(u1.treeTotal()).isEqualByComparingTo("432");
        assertThat(u1.total()).isEqualByComparingTo("427");
        assertThat(u1.classificationLabel()).isEqualTo("Khá");
    }

    @Test
    void classificationOnPercentUsesTheUnitsOwnMaximum() {
        AppendixFixture byPercent = AppendixFixture.withGroups(
                        manual("A", 60).excludableWhenNotApplicable(), manual("B", 40))
                .classifiedBy(Basis.PERCENT)
                .band("Tốt", between(85, 100))
                .band("Khá", fromBelow(70, 85))
                .band("Yếu", fromBelow(0, 70));

        UnitResult notApplicableA = Scored.unit(byPercent.score(
                unit("U1").claimingNotApplicable("A").judged("B", 36)), "U1");
        UnitResult allApplicable = Scored.unit(byPercent.score(unit("U1").judged("A", 0).judged("B", 36)), "U1");

        assertThat(notApplicableA.classificationLabel()).isEqualTo("Tốt");
        assertThat(allApplicable.classificationLabel()).isEqualTo("Yếu");
    }

    @Test
    void bandKeepsItsEnglishLabel() {
        Classification classification = new Classification(Basis.TOTAL, List.of(
                new Classification.Band("Tốt", "Good", between(430, 500))));

        assertThat(classification.bandFor(new BigDecimal("430"))).get()
                .extracting(Classification.Band::labelEn).isEqualTo("Good");
        assertThat(classification.bandFor(new BigDecimal("429.99"))).isEmpty();
    }

    @Test
    void intervalDescribesItselfWithItsEnds() {
        assertThat(fromBelow(350, 430).describe()).isEqualTo("[350; 430)");
        assertThat(Intervals.aboveUpTo(2.5, 1000).describe()).isEqualTo("(2,5; 1.000]");
        assertThat(Intervals.atMost(0).describe()).isEqualTo("(−∞; 0]");
    }
}
