package vn.ictindex.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.organisation.Units;
import vn.ictindex.results.ResultSnapshot;
import vn.ictindex.results.ResultSnapshots;
import vn.ictindex.results.ResultsVisibility;
import vn.ictindex.results.UnitStanding;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ictindex.support.TestUsers.specialistOf;

/** The demo's two published past years compared, for a whole target group and for Sở Tư pháp. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class YearOverYearTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    YearOverYear comparison;
    @Autowired
    Periods periods;
    @Autowired
    Units units;
    @Autowired
    ResultSnapshots snapshots;
    @Autowired
    ResultsVisibility visibility;

    Period twoYearsAgo;
    Period lastYear;
    Period current;
    long justice;
    String appendix;

    @BeforeEach
    void theDemosPublishedYears() {
        current = periods.current().orElseThrow();
        lastYear = year(current.year() - 1);
        twoYearsAgo = year(current.year() - 2);
        justice = units.findByCode("BT-STP").orElseThrow().id();
        appendix = periods.appendixOf(lastYear.id(), justice).orElseThrow();
    }

    @Test
    void aUnitsTotalRankAndGroupsAreComparedWithTheirDifference() {
        YearOverYear.UnitComparison c = comparison.unit(twoYearsAgo.id(), lastYear.id(), justice);
        UnitStanding was = standing(twoYearsAgo);
        UnitStanding is = standing(lastYear);
        assertThat(c.missing()).isNull();
        assertThat(c.line().total().before()).isEqualByComparingTo(was.total());
        assertThat(c.line().total().after()).isEqualByComparingTo(is.total());
        assertThat(c.line().total().difference()).isEqualByComparingTo(is.total().subtract(was.total()));
        assertThat(c.line().rank().gained()).isEqualTo(was.rank() - is.rank());
        assertThat(c.groups()).isNotEmpty().allMatch(YearOverYear.GroupLine::comparable);
        ResultSnapshot published = visibility.publishedFinal(lastYear.id(), appendix).orElseThrow();
        assertThat(c.groups()).extracting(g -> g.points().after()).containsExactlyElementsOf(
                snapshots.nodes(published.id(), justice).stream().filter(vn.ictindex.results.NodeStanding::isGroup)
                        .map(vn.ictindex.results.NodeStanding::points).toList());
    }

    @Test
    void arrowsPointUpForMorePointsAndABetterRank() {
        assertThat(new YearOverYear.Change(BigDecimal.ONE, BigDecimal.TEN).arrow()).isEqualTo("▲");
        assertThat(new YearOverYear.Change(BigDecimal.TEN, BigDecimal.ONE).arrow()).isEqualTo("▼");
        assertThat(new YearOverYear.Change(null, BigDecimal.ONE).arrow()).isEmpty();
        assertThat(new YearOverYear.RankChange(5, 2).arrow()).isEqualTo("▲");
        assertThat(new YearOverYear.RankChange(2, 5).arrow()).isEqualTo("▼");
        assertThat(new YearOverYear.RankChange(2, 5).gained()).isEqualTo(-3);
    }

    @Test
    void aYearWithoutPublishedResultsCannotBeCompared() {
        assertThat(comparison.group(lastYear.id(), current.id(), appendix).missing())
                .isEqualTo("Năm " + current.year() + " chưa có kết quả chính thức đã công bố của " + appendix);
        assertThat(comparison.unit(lastYear.id(), current.id(), justice).missing()).contains("Năm " + current.year());
    }

    @Test
    void thePageShowsTheGroupAndTheUnitWithArrows() throws Exception {
        long groupSize = snapshots.units(visibility.publishedFinal(lastYear.id(), appendix).orElseThrow().id()).size();
        assertThat(comparison.group(twoYearsAgo.id(), lastYear.id(), appendix).units()).hasSize((int) groupSize);
        mvc.perform(get("/reporting/year-over-year").param("appendix", appendix).param("unit", String.valueOf(justice))
                        .with(specialistOf(justice)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"group-units\"")))
                .andExpect(content().string(containsString("Sở Tư pháp: " + twoYearsAgo.year() + " → "
                        + lastYear.year())))
                .andExpect(content().string(containsString("id=\"unit-groups\"")));
    }

    @Test
    void theResultsOverviewLinksThePage() throws Exception {
        mvc.perform(get("/results/unit").with(specialistOf(justice)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/reporting/year-over-year\"")));
        mvc.perform(get("/results").with(vn.ictindex.support.TestUsers.administrator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/reporting/year-over-year\"")));
    }

    private UnitStanding standing(Period period) {
        ResultSnapshot s = visibility.publishedFinal(period.id(), periods.appendixOf(period.id(), justice)
                .orElseThrow()).orElseThrow();
        return snapshots.unit(s.id(), justice).orElseThrow();
    }

    private Period year(int year) {
        return periods.all().stream().filter(p -> p.year() == year).findFirst().orElseThrow();
    }
}
