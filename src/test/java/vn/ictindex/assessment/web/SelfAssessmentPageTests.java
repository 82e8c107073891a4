package vn.ictindex.assessment.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessments;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SelfAssessmentPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Units units;
    @Autowired
    Periods periods;
    @Autowired
    SelfAssessments assessments;

    long justice;
    long health;
    Period period;

    @BeforeEach
    void demoPeriod() {
        justice = units.findByCode("BT-STP").orElseThrow().id();
        health = units.findByCode("BT-SYT").orElseThrow().id();
        period = periods.current().orElseThrow();
    }

    @Test
    void theSpecialistSeesTheFormOfTheirUnitGroupedLikeTheCriteria() throws Exception {
        mvc.perform(get("/assessment").with(TestUsers.specialistOf(justice)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tự đánh giá – Sở Tư pháp")))
                .andExpect(content().string(containsString("name=\"in:staff_total\"")))
                .andExpect(content().string(containsString("Môi trường chính sách")))
                .andExpect(content().string(containsString("Điểm tự chấm (tạm tính)")));
    }

    @Test
    void typingAFigureSavesTheDraftAndReturnsTheNewPointsWithTheirTrace() throws Exception {
        mvc.perform(post("/assessment/save").with(TestUsers.specialistOf(justice)).with(csrf())
                        .header("HX-Request", "true")
                        .param("period", String.valueOf(period.id())).param("version", "0")
                        .param("in:staff_total", "57").param("in:staff_with_pc", "56")
                        .param("in:computers_total", "năm mươi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("56/57 người × 15 = 14,74")))
                .andExpect(content().string(containsString("id=\"form-version\" name=\"version\" value=\"1\"")))
                .andExpect(content().string(containsString("Cần nhập một số nguyên (ví dụ 25), không phải «năm mươi»")));

        assertThat(assessments.find(period.id(), justice).orElseThrow().value("computers_total"))
                .isEqualTo("năm mươi");
    }

    @Test
    void aStaleSaveIsRefusedAndTheFormDoesNotGetTheNewVersion() throws Exception {
        mvc.perform(post("/assessment/save").with(TestUsers.specialistOf(justice)).with(csrf())
                .param("period", String.valueOf(period.id())).param("version", "0").param("in:staff_total", "57"));

        mvc.perform(post("/assessment/save").with(TestUsers.specialistOf(justice)).with(csrf())
                        .header("HX-Request", "true")
                        .param("period", String.valueOf(period.id())).param("version", "0")
                        .param("in:staff_total", "99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("thay đổi của bạn chưa được lưu")))
                .andExpect(content().string(not(containsString("id=\"form-version\""))));
    }

    @Test
    void withoutJavaScriptASaveRedirectsBackWithAMessage() throws Exception {
        mvc.perform(post("/assessment/save").with(TestUsers.specialistOf(justice)).with(csrf())
                        .param("period", String.valueOf(period.id())).param("version", "0")
                        .param("in:staff_total", "57"))
                .andExpect(redirectedUrl("/assessment"))
                .andExpect(flash().attribute("message", "Đã lưu bản tự đánh giá"));
    }

    @Test
    void anAgencyNeverSeesAnotherAgencysFigures() throws Exception {
        mvc.perform(post("/assessment/save").with(TestUsers.specialistOf(justice)).with(csrf())
                .param("period", String.valueOf(period.id())).param("version", "0")
                .param("in:staff_total", "4711"));

        mvc.perform(get("/assessment").with(TestUsers.specialistOf(health)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tự đánh giá – Sở Y tế")))
                .andExpect(content().string(not(containsString("4711"))));
        mvc.perform(get("/assessment").with(TestUsers.headOf(health)))
                .andExpect(content().string(not(containsString("4711"))));
    }

    @Test
    void aSaveAlwaysGoesToTheUsersOwnUnitWhateverTheFormSays() throws Exception {
        mvc.perform(post("/assessment/save").with(TestUsers.specialistOf(health)).with(csrf())
                .param("period", String.valueOf(period.id())).param("version", "0")
                .param("unit", String.valueOf(justice)).param("in:staff_total", "13"));

        assertThat(assessments.find(period.id(), justice)).isEmpty();
        assertThat(assessments.find(period.id(), health).orElseThrow().value("staff_total")).isEqualTo("13");
    }

    @Test
    void aSaveWithoutTheCsrfTokenIsRejected() throws Exception {
        mvc.perform(post("/assessment/save").with(TestUsers.specialistOf(justice))
                        .param("period", String.valueOf(period.id())).param("version", "0")
                        .param("in:staff_total", "57"))
                .andExpect(status().isForbidden());
        assertThat(assessments.find(period.id(), justice)).isEmpty();
    }

    @Test
    void councilMembersAndAdministratorsDoNotOpenAnAgencysForm() throws Exception {
        mvc.perform(get("/assessment").with(TestUsers.councilMember())).andExpect(status().isForbidden());
        mvc.perform(get("/assessment").with(TestUsers.administrator())).andExpect(status().isForbidden());
    }

    @Test
    void markingCompleteTooEarlyExplainsWhatIsMissing() throws Exception {
        mvc.perform(post("/assessment/save").with(TestUsers.specialistOf(justice)).with(csrf())
                .param("period", String.valueOf(period.id())).param("version", "0").param("in:staff_total", "57"));

        mvc.perform(post("/assessment/complete").with(TestUsers.specialistOf(justice)).with(csrf())
                        .param("period", String.valueOf(period.id())).param("version", "1"))
                .andExpect(redirectedUrl("/assessment"))
                .andExpect(flash().attribute("problem", containsString("chưa nhập đủ số liệu")));
    }

    @Test
    void theHeadSeesTheFormReadOnly() throws Exception {
        mvc.perform(get("/assessment").with(TestUsers.headOf(justice)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<fieldset disabled=\"disabled\">")));
    }
}
