package vn.ictindex.results.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.ScoreLayers;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.organisation.Units;
import vn.ictindex.results.Objections;
import vn.ictindex.results.Publications;
import vn.ictindex.results.Rankings;
import vn.ictindex.results.ResultSnapshot;
import vn.ictindex.results.ResultSnapshots;
import vn.ictindex.results.ResultsVisibility;
import vn.ictindex.results.SnapshotKind;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.Rule;
import vn.ictindex.support.TestUsers;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The results screens and the public page: who sees what before and after publication, and bad input. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ResultsPagesTests {

    @Autowired
    vn.ictindex.results.ImpactPreview impactPreview;
    @Autowired
    MockMvc mvc;
    @Autowired
    Periods periods;
    @Autowired
    Units units;
    @Autowired
    ResultSnapshots snapshots;
    @Autowired
    Publications publications;
    @Autowired
    ResultsVisibility visibility;
    @Autowired
    Rankings rankings;
    @Autowired
    Objections objections;
    @Autowired
    ScoreLayers layers;

    Period current;
    Period lastYear;
    long justice;
    long health;

    @BeforeEach
    void demoYears() {
        current = periods.current().orElseThrow();
        lastYear = periods.all().stream().filter(p -> p.year() == current.year() - 1).findFirst().orElseThrow();
        justice = units.findByCode("BT-STP").orElseThrow().id();
        health = units.findByCode("BT-SYT").orElseThrow().id();
    }

    @Test
    void anonymousVisitorsSeeThePublishedRankingWithSharedRanksAndTheNextSkipped() throws Exception {
        Rankings.GroupRanking ranking = rankings.ranking(visibility.publishedFinal(lastYear.id(), "PL-I")
                .orElseThrow());
        Integer shared = ranking.rows().stream().map(Rankings.Row::rank)
                .filter(r -> ranking.rows().stream().filter(o -> r.equals(o.rank())).count() > 1)
                .findFirst().orElseThrow();

        String page = mvc.perform(get("/cong-khai")).andExpect(status().isOk())
                .andExpect(content().string(containsString(lastYear.title())))
                .andExpect(content().string(containsString("data-chart")))
                .andReturn().getResponse().getContentAsString();

        String table = page.substring(page.indexOf("ranking\" data-group=\"PL-I\""));
        table = table.substring(0, table.indexOf("</table>"));
        assertThat(table.split("data-rank=\"" + shared + "\"", -1)).hasSizeGreaterThan(2);
        assertThat(table).doesNotContain("data-rank=\"" + (shared + 1) + "\"");
        assertThat(page).contains(units.find(ranking.rows().get(0).unitId()).orElseThrow().name());
    }

    @Test
    void theYearBeforeLastIsComparedWithInTheRanking() throws Exception {
        mvc.perform(get("/cong-khai").param("nam", String.valueOf(lastYear.year())))
                .andExpect(content().string(containsString("So với năm " + (lastYear.year() - 1))));
    }

    @Test
    void nothingOfAYearIsPublicBeforeItsFinalResultsArePublished() throws Exception {
        ResultSnapshot preliminary = snapshots.save("admin", current.id(), "PL-II", SnapshotKind.PRELIMINARY,
                "Sơ bộ", null);
        publications.sendPreliminary("admin", preliminary.id(), periods.today(), periods.today().plusDays(3));
        ResultSnapshot finalResults = snapshots.save("admin", current.id(), "PL-II", SnapshotKind.FINAL,
                "Chính thức", preliminary.id());

        mvc.perform(get("/cong-khai").param("nam", String.valueOf(current.year())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(current.title()))))
                .andExpect(content().string(not(containsString("data-group=\"PL-II\""))));

        publications.publishFinal("admin", finalResults.id());

        mvc.perform(get("/cong-khai").param("nam", String.valueOf(current.year())))
                .andExpect(content().string(containsString(current.title())))
                .andExpect(content().string(containsString("data-group=\"PL-II\"")));
    }

    @Test
    void beforePublicationAnAgencySeesOnlyItsOwnPreliminaryScores() throws Exception {
        ResultSnapshot preliminary = snapshots.save("admin", current.id(), "PL-I", SnapshotKind.PRELIMINARY,
                "Sơ bộ", null);

        mvc.perform(get("/results/unit").with(TestUsers.specialistOf(justice)))
                .andExpect(content().string(containsString("Chưa có kết quả năm " + current.year())));
        mvc.perform(get("/results/{p}/PL-I", current.id()).with(TestUsers.specialistOf(justice)))
                .andExpect(status().isNotFound());

        publications.sendPreliminary("admin", preliminary.id(), periods.today(), periods.today().plusDays(3));

        mvc.perform(get("/results/unit").with(TestUsers.specialistOf(justice)))
                .andExpect(content().string(containsString("id=\"standing\"")))
                .andExpect(content().string(containsString("id=\"objection-form\"")))
                .andExpect(content().string(not(containsString("class=\"rank\""))));
        mvc.perform(get("/results/{p}/units/{u}", current.id(), health).with(TestUsers.specialistOf(justice)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/results/{p}/PL-I", current.id()).with(TestUsers.specialistOf(justice)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/results/{p}/PL-I", current.id()).with(TestUsers.councilMember()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-rank")));
    }

    @Test
    void anAgencyObjectsWithinTheWindowAndAMissingReasonKeepsWhatWasChosen() throws Exception {
        ResultSnapshot preliminary = snapshots.save("admin", current.id(), "PL-I", SnapshotKind.PRELIMINARY,
                "Sơ bộ", null);
        publications.sendPreliminary("admin", preliminary.id(), periods.today(), periods.today().plusDays(3));

        mvc.perform(post("/results/unit/objections").with(TestUsers.specialistOf(justice)).with(csrf())
                        .param("period", String.valueOf(current.id())).param("nodeKey", "B").param("reason", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(objections.ofUnit(current.id(), justice)).isEmpty();

        mvc.perform(post("/results/unit/objections").with(TestUsers.specialistOf(justice)).with(csrf())
                        .param("period", String.valueOf(current.id())).param("nodeKey", "B")
                        .param("reason", "Số máy tính đã được kiểm kê lại"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/results/unit/objections").with(TestUsers.specialistOf(justice)).with(csrf())
                        .param("period", String.valueOf(current.id())).param("nodeKey", "B")
                        .param("reason", "Số máy tính đã được kiểm kê lại"))
                .andExpect(status().is3xxRedirection());
        assertThat(objections.ofUnit(current.id(), justice)).singleElement()
                .satisfies(o -> assertThat(o.nodeKey()).isEqualTo("B"));
        mvc.perform(get("/results/objections").with(TestUsers.councilMember()))
                .andExpect(content().string(containsString("Số máy tính đã được kiểm kê lại")));
        mvc.perform(get("/results/objections").with(TestUsers.specialistOf(justice)))
                .andExpect(status().isForbidden());
    }

    @Test
    void afterPublicationAScorecardIsOpenToEveryoneSignedInButTheLayersOnlyToTheUnitAndTheDepartment()
            throws Exception {
        long other = periods.participants(lastYear.id()).entrySet().stream()
                .filter(e -> e.getValue().equals("PL-I") && e.getKey() != justice).map(Map.Entry::getKey)
                .findFirst().orElseThrow();

        mvc.perform(get("/results/{p}/units/{u}", lastYear.id(), other).with(TestUsers.specialistOf(justice)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nodes\"")))
                .andExpect(content().string(containsString("class=\"rank\"")))
                .andExpect(content().string(not(containsString(ScoreLayer.COMPILED.label()))));
        mvc.perform(get("/results/{p}/units/{u}", lastYear.id(), other).with(TestUsers.administrator()))
                .andExpect(content().string(containsString(ScoreLayer.COMPILED.label())))
                .andExpect(content().string(containsString("results-chart")));
        mvc.perform(get("/results/{p}/units/{u}", lastYear.id(), justice).with(TestUsers.specialistOf(justice)))
                .andExpect(content().string(containsString(ScoreLayer.APPRAISED.label())));
    }

    @Test
    void aRecomputeShowsWhatWouldMoveAndNeedsAReason() throws Exception {
        ResultSnapshot first = snapshots.save("admin", current.id(), "PL-II", SnapshotKind.PRELIMINARY, "Sơ bộ",
                null);
        long unit = periods.participants(current.id()).entrySet().stream()
                .filter(e -> e.getValue().equals("PL-II")).map(Map.Entry::getKey).findFirst().orElseThrow();
        CriterionNode yesNo = objections.appendix(current.id(), "PL-II").leaves().stream()
                .filter(n -> n.rule() instanceof Rule.YesNo).findFirst().orElseThrow();
        layers.set("hoidong", current.id(), unit, ScoreLayer.FINAL, ((Rule.YesNo) yesNo.rule()).input(),
                yesNo.key(), "có", "Kiến nghị được chấp nhận", null);

        mvc.perform(get("/results/{p}/PL-II/recompute", current.id()).with(TestUsers.administrator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-unit=\"" + unit + "\"")))
                .andExpect(content().string(containsString("0,00 → ")));

        mvc.perform(post("/results/{p}/PL-II/recompute", current.id()).with(TestUsers.administrator()).with(csrf())
                        .param("kind", "FINAL").param("reason", " ").param("basedOn", String.valueOf(first.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cần ghi lý do")));
        assertThat(snapshots.history(current.id(), "PL-II")).hasSize(1);

        mvc.perform(post("/results/{p}/PL-II/recompute", current.id()).with(TestUsers.administrator()).with(csrf())
                        .param("kind", "FINAL").param("reason", "Sau kiến nghị")
                        .param("basedOn", String.valueOf(first.id())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/results/{p}/PL-II/recompute", current.id()).with(TestUsers.administrator()).with(csrf())
                        .param("kind", "FINAL").param("reason", "Sau kiến nghị")
                        .param("basedOn", String.valueOf(first.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vừa được tính lại")));
        assertThat(snapshots.history(current.id(), "PL-II")).hasSize(2);
    }

    @Test
    void onlyTheDepartmentComputesSendsAndPublishes() throws Exception {
        mvc.perform(get("/results/{p}/PL-II/recompute", current.id()).with(TestUsers.councilMember()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/results/{p}/PL-II/publish", current.id()).with(TestUsers.headOf(justice)).with(csrf())
                        .param("snapshotId", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/results/{p}/PL-II/recompute", current.id()).with(TestUsers.administrator())
                        .param("kind", "FINAL").param("reason", "Không có CSRF"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theImpactPreviewIsForTheDepartmentAndTheCouncilAndNamesAnUnknownDraft() throws Exception {
        // the demo holds next year's draft, sent for comments; the page offers every draft
        String demoDraft = impactPreview.drafts().get(0);
        mvc.perform(get("/results/impact").with(TestUsers.councilMember()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(demoDraft)));
        mvc.perform(get("/results/impact").param("draft", "BT-UDCNTT@2019").with(TestUsers.administrator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có dự thảo bộ tiêu chí «BT-UDCNTT@2019»")))
                .andExpect(content().string(containsString("value=\"BT-UDCNTT@2019\"")));
        mvc.perform(get("/results/impact").with(TestUsers.specialistOf(justice)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDepartmentSeesEveryGroupAndThePublicPageSpeaksEnglish() throws Exception {
        mvc.perform(get("/results").with(TestUsers.administrator()))
                .andExpect(content().string(containsString("PL-IV")));
        mvc.perform(get("/cong-khai").param("lang", "en"))
                .andExpect(content().string(containsString("Published results of the IT application")))
                .andExpect(content().string(containsString("Rank")));
    }
}
