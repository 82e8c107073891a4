package vn.ictindex.appraisal.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.appraisal.AppraisalFixture;
import vn.ictindex.appraisal.ClarificationThread;
import vn.ictindex.appraisal.Clarifications;
import vn.ictindex.appraisal.Compilation;
import vn.ictindex.appraisal.CouncilAssignments;
import vn.ictindex.appraisal.NodeAdjustments;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.ScoreLayers;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.PeriodPhase;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.organisation.Units;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ictindex.appraisal.AppraisalFixture.councilMember;
import static vn.ictindex.appraisal.AppraisalFixture.department;
import static vn.ictindex.assessment.SelfAssessmentFixture.specialist;

/** The appraisal screens as each role sees them: what shows, what is refused, what is kept after a mistake. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AppraisalPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    NodeAdjustments adjustments;
    @Autowired
    Compilation compilation;
    @Autowired
    CouncilAssignments assignments;
    @Autowired
    Clarifications clarifications;
    @Autowired
    ScoreLayers layers;
    @Autowired
    Periods periods;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;

    long justice;
    long health;
    Period period;
    String page;

    @BeforeEach
    void justiceSubmitted() {
        justice = units.findByCode("BT-STP").orElseThrow().id();
        health = units.findByCode("BT-SYT").orElseThrow().id();
        period = periods.current().orElseThrow();
        AppraisalFixture.submittedByABestUnit(assessments, jdbc, period, justice);
        page = "/appraisal/periods/" + period.id() + "/units/" + justice;
    }

    @Test
    void theDepartmentSeesEveryLayerSideBySideAndAFormPerCriterion() throws Exception {
        adjustments.adjust(department(), period.id(), justice, "B1", java.util.Map.of("staff_with_pc", "20"),
                java.util.Map.of(), "Sổ tài sản chỉ ghi 20 máy");

        mvc.perform(get(page).with(user(department())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sở Tư pháp"), containsString("Tự chấm"),
                        containsString("Sở tổng hợp"), containsString("Hội đồng thẩm định"),
                        containsString("Chính thức"), containsString("Sổ tài sản chỉ ghi 20 máy"),
                        containsString("id=\"adjust-B1\""), containsString("bg-warning-subtle"),
                        containsString("Đánh dấu tổng hợp xong"))));
    }

    @Test
    void theCompilationScreenSaysWhereThePeriodStandsWhenUsedOutsideItsDates() throws Exception {
        PeriodPhase today = period.phaseOn(periods.today());
        String page = mvc.perform(get("/appraisal/compilation").with(user(department())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String english = mvc.perform(get("/appraisal/compilation").param("lang", "en").with(user(department())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        if (today == PeriodPhase.COMPILATION) {
            assertThat(page).doesNotContain("id=\"phase-notice\"");
            return;
        }
        boolean early = today.compareTo(PeriodPhase.COMPILATION) < 0;
        LocalDate named = early ? period.firstDayOf(PeriodPhase.COMPILATION) : period.lastDayOf(PeriodPhase.COMPILATION);
        assertThat(page).contains("id=\"phase-notice\"").contains("giai đoạn «Sở tổng hợp, kiểm tra»")
                .contains(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(named))
                .contains("«" + today.label() + "»").contains("kỳ " + period.year() + " ");
        assertThat(english).contains("the &quot;Department compilation&quot; phase " + (early ? "starts on" : "ended on"));
    }

    @Test
    void theLayersReadInEnglishToo() throws Exception {
        mvc.perform(get(page).param("lang", "en").with(user(department())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Score layers"), containsString("Compiled"),
                        containsString("Appraised"), containsString("Mark compiled"))));
    }

    @Test
    void anAdjustmentWithoutAReasonIsRefusedNextToTheNodeAndWhatWasTypedStays() throws Exception {
        mvc.perform(post(page + "/nodes/B1").with(user(department())).with(csrf()).header("HX-Request", "true")
                        .param("f:staff_with_pc", "21").param("v:staff_with_pc", "").param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"node-problem-B1\""),
                        containsString("Cần ghi lý do"), containsString("value=\"21\""))))
                .andExpect(content().string(not(containsString("Exception"))));
        assertThat(layers.entries(period.id(), justice)).isEmpty();
    }

    @Test
    void aStaleAdjustmentSaysSoAndKeepsTheOtherAppraisersValue() throws Exception {
        adjustments.adjust(department(), period.id(), justice, "B1", java.util.Map.of("staff_with_pc", "20"),
                java.util.Map.of(), "Kiểm kê");

        mvc.perform(post(page + "/nodes/B1").with(user(department())).with(csrf()).header("HX-Request", "true")
                        .param("f:staff_with_pc", "22").param("v:staff_with_pc", "").param("reason", "Khác"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vừa lưu giá trị này")));
        assertThat(layers.values(period.id(), justice, ScoreLayer.COMPILED).field("staff_with_pc")).isEqualTo("20");
    }

    @Test
    void aPostWithoutCsrfIsRefused() throws Exception {
        mvc.perform(post(page + "/nodes/B1").with(user(department())).param("f:staff_with_pc", "1")
                .param("reason", "x")).andExpect(status().isForbidden());
    }

    @Test
    void anUnassignedCouncilMemberAndAnotherAgencyFindNothing() throws Exception {
        mvc.perform(get(page).with(user(councilMember()))).andExpect(status().isNotFound());
        mvc.perform(get(page).with(user(specialist(health)))).andExpect(status().isNotFound());
        mvc.perform(get("/appraisal/compilation").with(user(councilMember()))).andExpect(status().isForbidden());
        mvc.perform(get("/appraisal/council").with(user(specialist(justice)))).andExpect(status().isForbidden());
    }

    @Test
    void theAgencySeesItsOwnLayersReadOnlyWithoutTheBestFigureOfTheGroup() throws Exception {
        mvc.perform(get(page).with(user(specialist(justice))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Trang chỉ để xem"),
                        not(containsString("id=\"adjust-B1\"")), not(containsString("Đánh dấu tổng hợp xong")),
                        containsString("không hiển thị số liệu của đơn vị khác"),
                        not(containsString("(cao nhất nhóm)")))));
        mvc.perform(get(page).with(user(department())))
                .andExpect(content().string(containsString("(cao nhất nhóm)")));
    }

    @Test
    void aCouncilMemberAssignedToAGroupSeesOnlyThatGroupsCriteria() throws Exception {
        AppraisalFixture.compiledAsSubmitted(adjustments, compilation, period, justice);
        assignments.assign(department(), period.id(), "hoidong", "PL-I", "B", null);

        mvc.perform(get(page).with(user(councilMember())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"node-B1\""),
                        not(containsString("id=\"node-A1\"")), containsString("id=\"adjust-B1\""))));
        mvc.perform(get("/appraisal/assigned").with(user(councilMember())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sở Tư pháp"), containsString("Nhóm tiêu chí B"))));
    }

    @Test
    void theQueuePreliminaryReportAndCouncilPagesShowTheirFigures() throws Exception {
        mvc.perform(get("/appraisal/compilation").with(user(department())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sở Tư pháp"), containsString("0/"),
                        containsString("Chưa tổng hợp: 1"))));
        mvc.perform(get("/appraisal/preliminary").param("appendix", "PL-I").with(user(department())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sở Tư pháp"), containsString("500,00"))));
        mvc.perform(get("/appraisal/council").with(user(department())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Nguyễn Hữu Thẩm Định"),
                        containsString("PL-I / B"))));
        mvc.perform(get("/appraisal/compilation?lang=en").with(user(department())))
                .andExpect(content().string(containsString("Compilation of self-assessments")));
    }

    @Test
    void aSessionWithAMistypedDateKeepsWhatWasTypedAndSaysWhy() throws Exception {
        mvc.perform(post("/appraisal/council/sessions").with(user(department())).with(csrf())
                        .param("period", String.valueOf(period.id())).param("heldOn", "31/02/2026")
                        .param("members", "hoidong").param("units", String.valueOf(justice))
                        .param("notes", "Đối chiếu bản gốc"))
                .andExpect(status().is3xxRedirection());
        // the flash attributes carry the problem and the typed form back to the page
        var result = mvc.perform(post("/appraisal/council/sessions").with(user(department())).with(csrf())
                .param("period", String.valueOf(period.id())).param("heldOn", "31/02/2026")
                .param("members", "hoidong").param("units", String.valueOf(justice))).andReturn();
        assertThat(result.getFlashMap().get("sessionProblem")).asString().contains("dd/MM/yyyy");
    }

    @Test
    void theUnitAnswersAThreadAndSeesItsOpenQuestions() throws Exception {
        ClarificationThread thread = clarifications.ask(department(), period.id(), justice, "B1",
                "Đề nghị gửi sổ tài sản", true);
        CurrentUser unit = specialist(justice);

        mvc.perform(get("/appraisal/questions").with(user(unit)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Đề nghị gửi sổ tài sản"),
                        containsString("Được trả lại để sửa số liệu"))));
        mvc.perform(get("/appraisal/threads/" + thread.id()).with(user(unit)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("fix-staff_with_pc"),
                        not(containsString("id=\"resolve\"")))));
        mvc.perform(post("/appraisal/threads/" + thread.id() + "/comments").with(user(unit)).with(csrf())
                .param("body", "Đã gửi sổ tài sản")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/appraisal/threads/" + thread.id()).with(user(department())))
                .andExpect(content().string(allOf(containsString("Đã gửi sổ tài sản"),
                        containsString("id=\"resolve\""))));
        mvc.perform(get("/appraisal/threads/" + thread.id()).with(user(specialist(health))))
                .andExpect(status().isNotFound());
    }
}
