package vn.ictindex.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.scoring.Awards.fraction;
import static vn.ictindex.scoring.Awards.half;
import static vn.ictindex.scoring.Awards.points;
import static vn.ictindex.scoring.Intervals.aboveUpTo;
import static vn.ictindex.scoring.Intervals.atLeast;
import static vn.ictindex.scoring.Intervals.atMost;
import static vn.ictindex.scoring.Intervals.between;
import static vn.ictindex.scoring.Intervals.fromBelow;
import static vn.ictindex.scoring.NodeFixture.tier;
import static vn.ictindex.scoring.NodeFixture.tiers;
import static vn.ictindex.scoring.UnitFixture.unit;

class TiersTests {

    /** "Họp 4 lần/năm trở lên: 10 điểm; 2–3 lần: 1/2 điểm tối đa; 1 lần: 2 điểm; không họp: 0" (gap between 0 and 1). */
    private static AppendixFixture meetings(int max) {
        return AppendixFixture.withLeaf(tiers("B1", max, "meetings",
                tier(atLeast(4), points(10)),
                tier(fromBelow(2, 4), half()),
                tier(fromBelow(1, 2), points(2)),
                tier(atMost(0), points(0)))
                .declares(InputFixture.number("meetings").counting("cuộc họp")));
    }

    private static NodeResult b1(AppendixFixture appendix, String meetings) {
        return Scored.only(appendix.score(unit("U1").with("meetings", meetings)), "B1");
    }

    @ParameterizedTest(name = "{0} cuộc họp → {1} điểm")
    @CsvSource({
            "4,    10",   // inclusive lower bound of the top tier
            "3.99, 5",    // just below it: half of the maximum
            "2,    5",    // inclusive lower bound of [2; 4)
            "1.99, 2",    // just below it, inside [1; 2)
            "1,    2",
            "0,    0",    // inclusive upper bound of (−∞; 0]
            "12,   10"
    })
    void valueOnOrNearABoundaryFallsInTheTierItsBoundsSay(String meetings, String expected) {
        assertThat(b1(meetings(10), meetings).points()).isEqualByComparingTo(expected);
    }

    @Test
    void exclusiveLowerBoundLeavesTheBoundaryToTheNextTier() {
        AppendixFixture appendix = AppendixFixture.withLeaf(tiers("B1", 10, "x",
                tier(aboveUpTo(5, 10), points(10)),
                tier(between(0, 5), points(4))));

        assertThat(Scored.only(appendix.score(unit("U1").with("x", 5)), "B1").points()).isEqualByComparingTo("4");
        assertThat(Scored.only(appendix.score(unit("U1").with("x", "5.01")), "B1").points())
                .isEqualByComparingTo("10");
    }

    @Test
    void exclusiveUpperBoundLeavesTheBoundaryOut() {
        AppendixFixture appendix = AppendixFixture.withLeaf(tiers("B1", 10, "x", tier(fromBelow(0, 5), points(4))));

        NodeResult onTheBound = Scored.only(appendix.score(unit("U1").with("x", 5)), "B1");
        assertThat(onTheBound.points()).isEqualByComparingTo("0");
        assertThat(onTheBound.trace().kind()).isEqualTo(Trace.Kind.NO_TIER);
    }

    @Test
    void valueInNoTierScoresZero() {
        NodeResult b1 = b1(meetings(10), "0.5");

        assertThat(b1.status()).isEqualTo(NodeStatus.SCORED);
        assertThat(b1.points()).isEqualByComparingTo("0");
        assertThat(b1.explain()).isEqualTo("0,5 cuộc họp không thuộc mức nào → 0");
    }

    @Test
    void firstMatchingTierFromTheTopWinsWhenTiersOverlap() {
        AppendixFixture appendix = AppendixFixture.withLeaf(tiers("B1", 10, "x",
                tier(atLeast(0), points(2)),
                tier(atLeast(4), points(10))));

        assertThat(Scored.only(appendix.score(unit("U1").with("x", 7)), "B1").points()).isEqualByComparingTo("2");
    }

    @Test
    void fractionOfTheMaximumRescalesWithTheMaximum() {
        assertThat(b1(meetings(10), "3").points()).isEqualByComparingTo("5");
        assertThat(b1(meetings(15), "3").points()).isEqualByComparingTo("7.50");
    }

    @Test
    void fractionThatDoesNotDivideEvenlyIsRounded() {
        AppendixFixture appendix = AppendixFixture.withLeaf(tiers("B1", 10, "x", tier(atLeast(0), fraction(1, 3))));

        NodeResult b1 = Scored.only(appendix.score(unit("U1").with("x", 1)), "B1");
        assertThat(b1.points()).isEqualByComparingTo("3.33");
        assertThat(b1.explain()).endsWith("(làm tròn từ 3,3333)");
    }

    @Test
    void fixedPointsAboveTheMaximumAreKeptAtTheMaximum() {
        AppendixFixture appendix = AppendixFixture.withLeaf(tiers("B1", 10, "x", tier(atLeast(0), points(12))));

        assertThat(Scored.only(appendix.score(unit("U1").with("x", 1)), "B1").points()).isEqualByComparingTo("10");
    }

    @Test
    void traceNamesTheTierAndItsBounds() {
        assertThat(b1(meetings(10), "4").explain()).isEqualTo("4 cuộc họp thuộc mức 1 [4; +∞) → 10,00");
        assertThat(b1(meetings(10), "2").explain()).isEqualTo("2 cuộc họp thuộc mức 2 [2; 4) → 5,00");
    }
}
