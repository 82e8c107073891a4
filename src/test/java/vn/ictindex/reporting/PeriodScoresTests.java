package vn.ictindex.reporting;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.organisation.Units;
import vn.ictindex.results.ResultSnapshot;
import vn.ictindex.results.ResultSnapshots;
import vn.ictindex.results.ResultsVisibility;
import vn.ictindex.results.UnitStanding;
import vn.ictindex.scoring.Appendix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ictindex.support.TestUsers.administrator;

/** The workbook's final scores come from the stored, published results when there are any, and say so. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PeriodScoresTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PeriodScores scores;
    @Autowired
    Periods periods;
    @Autowired
    Units units;
    @Autowired
    ResultSnapshots snapshots;
    @Autowired
    ResultsVisibility visibility;

    Period current;
    Period lastYear;

    @BeforeEach
    void theDemoProvince() {
        current = periods.current().orElseThrow();
        lastYear = periods.all().stream().filter(p -> p.year() == current.year() - 1).findFirst().orElseThrow();
    }

    @Test
    void aPublishedYearIsReadFromItsPublishedSnapshotAsStored() {
        for (Appendix appendix : scores.appendices(lastYear)) {
            ResultSnapshot published = visibility.publishedFinal(lastYear.id(), appendix.id()).orElseThrow();
            GroupScores group = scores.group(lastYear, appendix, ScoreLayer.FINAL);
            assertThat(group.source()).isEqualTo("Nguồn: bản kết quả chính thức #" + published.id() + " đã công bố");
            Map<Long, UnitStanding> stored = snapshots.units(published.id()).stream()
                    .collect(Collectors.toMap(UnitStanding::unitId, u -> u));
            List<GroupScores.UnitScores> rows = new ArrayList<>();
            group.forEach(rows::add);
            assertThat(rows).hasSize(stored.size());
            for (GroupScores.UnitScores row : rows) {
                UnitStanding u = stored.get(units.findByCode(row.unitCode()).orElseThrow().id());
                assertThat(row.total()).isEqualByComparingTo(u.total());
                assertThat(row.rank()).isEqualTo(u.rank());
                assertThat(row.classification()).isEqualTo(u.classification());
            }
            assertThat(rows).extracting(GroupScores.UnitScores::rank).isSortedAccordingTo(
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        }
    }

    @Test
    void aYearWithoutFinalResultsIsScoredNowAndSaysSo() {
        Appendix appendix = scores.appendices(current).get(0);
        assertThat(snapshots.latest(current.id(), appendix.id(), vn.ictindex.results.SnapshotKind.FINAL)).isEmpty();
        assertThat(scores.group(current, appendix, ScoreLayer.FINAL).source())
                .startsWith("Nguồn: tính từ lớp điểm cuối cùng");
    }

    @Test
    void theRankingTableNamesItsSource() throws Exception {
        Appendix appendix = scores.appendices(lastYear).get(0);
        byte[] xlsx = mvc.perform(get("/reporting/periods/{p}/groups/{a}/ranking.xlsx", lastYear.id(), appendix.id())
                .with(administrator())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = Workbooks.open(xlsx)) {
            Sheet summary = workbook.getSheet(PeriodWorkbook.SUMMARY_SHEET);
            List<String> firstColumn = new ArrayList<>();
            for (Row row : summary) {
                if (row.getCell(0) != null) {
                    firstColumn.add(row.getCell(0).toString());
                }
            }
            assertThat(firstColumn).anyMatch(t -> t.startsWith("Nguồn: bản kết quả chính thức #"));
        }
    }
}
