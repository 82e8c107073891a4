package vn.ictindex.assessment.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessment;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.organisation.Units;
import vn.ictindex.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ictindex.assessment.SelfAssessmentFixture.evidenceForEveryCriterion;
import static vn.ictindex.assessment.SelfAssessmentFixture.everyFigureOfABestUnit;
import static vn.ictindex.assessment.SelfAssessmentFixture.head;
import static vn.ictindex.assessment.SelfAssessmentFixture.specialist;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PeriodsPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Periods periods;
    @Autowired
    Units units;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    Period period;
    long justice;

    @BeforeEach
    void demoPeriod() {
        period = periods.current().orElseThrow();
        justice = units.findByCode("BT-STP").orElseThrow().id();
    }

    @Test
    void theAdministratorSeesThePeriodsWithTheirPhase() throws Exception {
        mvc.perform(get("/periods").with(TestUsers.administrator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(period.title())))
                .andExpect(content().string(containsString("Đang tự đánh giá")));
    }

    @Test
    void aNewPeriodWithWrongDatesKeepsWhatWasTypedAndSaysWhatToFix() throws Exception {
        mvc.perform(post("/periods").with(TestUsers.administrator()).with(csrf())
                        .param("year", "2031").param("title", "Kỳ thử").param("criteria", "BT-UDCNTT@2019")
                        .param("selfOpens", "01/09/2031").param("selfCloses", "31/02/2031")
                        .param("compilationDue", "30/09/2031").param("appraisalDue", "10/11/2031")
                        .param("publicationDue", "15/12/2031"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày phải có dạng dd/MM/yyyy")))
                .andExpect(content().string(containsString("value=\"31/02/2031\"")))
                .andExpect(content().string(containsString("value=\"Kỳ thử\"")));
        assertThat(periods.all()).noneMatch(p -> p.year() == 2031);
    }

    @Test
    void datesOutOfOrderAreRefusedInPlainVietnamese() throws Exception {
        mvc.perform(post("/periods").with(TestUsers.administrator()).with(csrf())
                        .param("year", "2031").param("title", "Kỳ thử").param("criteria", "BT-UDCNTT@2019")
                        .param("selfOpens", "01/10/2031").param("selfCloses", "20/09/2031")
                        .param("compilationDue", "30/09/2031").param("appraisalDue", "10/11/2031")
                        .param("publicationDue", "15/12/2031"))
                .andExpect(content().string(containsString("Các mốc phải theo thứ tự")));
    }

    @Test
    void openingAPeriodAddsTheUnitsUnderTheirDefaultAppendixAndIsAudited() throws Exception {
        mvc.perform(post("/periods").with(TestUsers.administrator()).with(csrf())
                        .param("year", "2031").param("title", "Đánh giá năm 2031").param("criteria", "BT-UDCNTT@2019")
                        .param("selfOpens", "01/09/2031").param("selfCloses", "20/09/2031")
                        .param("compilationDue", "30/09/2031").param("appraisalDue", "10/11/2031")
                        .param("publicationDue", "15/12/2031"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", containsString("36 đơn vị tham gia")));
        Period created = periods.all().stream().filter(p -> p.year() == 2031).findFirst().orElseThrow();
        assertThat(periods.appendixOf(created.id(), justice)).contains("PL-I");
    }

    @Test
    void anExtensionNeedsAReasonAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/periods/{id}/extensions", period.id()).with(TestUsers.administrator()).with(csrf())
                        .param("unit", String.valueOf(justice)).param("until", "31/12/2099").param("reason", " "))
                .andExpect(flash().attribute("problem", "Gia hạn phải có lý do"))
                .andExpect(flash().attribute("typedUntil", "31/12/2099"));
    }

    @Test
    void theTrackerShowsASubmittedUnitAndFiltersByAppendix() throws Exception {
        SelfAssessments.Workspace workspace = assessments.workspace(period, justice);
        assessments.save(specialist(justice), period.id(), 0, everyFigureOfABestUnit(workspace));
        evidenceForEveryCriterion(jdbc, workspace);
        SelfAssessment complete = assessments.markComplete(specialist(justice), period.id(), 1);
        assessments.submit(head(justice), period.id(), complete.version());

        mvc.perform(get("/periods/{id}/tracker", period.id()).param("appendix", "PL-I").with(TestUsers.administrator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-unit=\"BT-STP\"")))
                .andExpect(content().string(containsString("Đã nộp: 1")))
                .andExpect(content().string(containsString("35/35 tiêu chí")))
                .andExpect(content().string(not(containsString("data-unit=\"BT-H-PHANTHIET\""))));
        mvc.perform(get("/periods").with(TestUsers.administrator()))
                .andExpect(content().string(containsString(">1/36<")));
    }

    @Test
    void agenciesAndCouncilMembersDoNotManagePeriods() throws Exception {
        mvc.perform(get("/periods").with(TestUsers.specialistOf(justice))).andExpect(status().isForbidden());
        mvc.perform(get("/periods/{id}/tracker", period.id()).with(TestUsers.councilMember()))
                .andExpect(status().isForbidden());
    }
}
