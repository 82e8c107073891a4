package vn.ictindex.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.organisation.Units;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ictindex.assessment.SelfAssessmentFixture.specialist;
import static vn.ictindex.reporting.Workbooks.edited;
import static vn.ictindex.reporting.Workbooks.entered;
import static vn.ictindex.support.TestUsers.administrator;
import static vn.ictindex.support.TestUsers.councilMember;
import static vn.ictindex.support.TestUsers.specialistOf;

/** The reporting screens and downloads as the specialist of Sở Tư pháp, the department and the council use them. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ReportingPagesTests {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    InputImports imports;
    @Autowired
    Periods periods;
    @Autowired
    Units units;

    long justice;
    long health;
    Period period;

    @BeforeEach
    void justiceTypedItsStaffFigures() {
        justice = units.findByCode("BT-STP").orElseThrow().id();
        health = units.findByCode("BT-SYT").orElseThrow().id();
        period = periods.current().orElseThrow();
        assessments.save(specialist(justice), period.id(), 0, new SelfAssessments.Changes(
                Map.of("staff_total", "57", "staff_with_pc", "56"), Map.of()));
    }

    @Test
    void theSpecialistDownloadsTheInputWorkbookAndTheTable() throws Exception {
        byte[] input = mvc.perform(get("/reporting/self-assessment/input.xlsx").with(specialistOf(justice)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andExpect(header().string("Content-Disposition", containsString("so-lieu-tu-danh-gia-BT-STP-")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Workbooks.open(input).getSheet(InputWorkbook.INPUT_SHEET)).isNotNull();
        mvc.perform(get("/reporting/units/{u}/periods/{p}/self-assessment.xlsx", justice, period.id())
                        .with(specialistOf(justice)))
                .andExpect(status().isOk());
        mvc.perform(get("/assessment").with(specialistOf(justice)))
                .andExpect(content().string(containsString("/reporting/self-assessment/import")));
    }

    @Test
    void anotherUnitsTableIsNotFoundButTheDepartmentAndTheCouncilGetIt() throws Exception {
        String url = "/reporting/units/{u}/periods/{p}/self-assessment.xlsx";
        mvc.perform(get(url, justice, period.id()).with(specialistOf(health))).andExpect(status().isNotFound());
        mvc.perform(get(url, justice, period.id()).with(administrator())).andExpect(status().isOk());
        mvc.perform(get(url, justice, period.id()).with(councilMember())).andExpect(status().isOk());
    }

    @Test
    void anUploadShowsThePreviewAndTheConfirmationAppliesIt() throws Exception {
        byte[] filled = edited(imports.workbook(specialist(justice)), entered("staff_with_pc", 50));
        int version = assessments.find(period.id(), justice).orElseThrow().version();

        mvc.perform(multipart("/reporting/self-assessment/import")
                        .file(new MockMultipartFile("file", "so-lieu.xlsx", XLSX, filled))
                        .with(specialistOf(justice)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xem trước: 1 số liệu thay đổi")))
                .andExpect(content().string(containsString("name=\"v:staff_with_pc\" value=\"50\"")));
        assertThat(assessments.find(period.id(), justice).orElseThrow().value("staff_with_pc")).isEqualTo("56");

        mvc.perform(post("/reporting/self-assessment/import/apply").param("period", String.valueOf(period.id()))
                        .param("version", String.valueOf(version)).param("v:staff_with_pc", "50")
                        .with(specialistOf(justice)).with(csrf()))
                .andExpect(redirectedUrl("/assessment"));
        assertThat(assessments.find(period.id(), justice).orElseThrow().value("staff_with_pc")).isEqualTo("50");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedOnTheFormWithoutAStackTrace() throws Exception {
        mvc.perform(multipart("/reporting/self-assessment/import")
                        .file(new MockMultipartFile("file", "bao-cao.xlsx", "application/pdf", "%PDF-1.7".getBytes()))
                        .with(specialistOf(justice)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tệp không phải sổ tính Excel (.xlsx).")));
    }

    @Test
    void theJobsScreenIsForTheDepartmentAndTheCouncil() throws Exception {
        mvc.perform(get("/reporting/jobs").with(administrator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bảng tổng hợp điểm cả kỳ")))
                .andExpect(content().string(containsString("/ranking.xlsx")));
        mvc.perform(get("/reporting/jobs").with(specialistOf(justice))).andExpect(status().isNotFound());
        String appendix = periods.appendixOf(period.id(), justice).orElseThrow();
        mvc.perform(get("/reporting/periods/{p}/groups/{a}/ranking.xlsx", period.id(), appendix).with(councilMember()))
                .andExpect(status().isOk());
        mvc.perform(get("/reporting/periods/{p}/groups/{a}/ranking.xlsx", period.id(), appendix)
                .with(specialistOf(justice))).andExpect(status().isNotFound());
    }

    @Test
    void aStartedJobHasAPageThatPollsItsProgressUntilItIsDone() throws Exception {
        String location = mvc.perform(post("/reporting/jobs").param("period", String.valueOf(period.id()))
                        .with(administrator()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/reporting/jobs/\\d+");

        mvc.perform(get(location).with(administrator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"" + location + "/progress\"")))
                .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")));
        mvc.perform(get(location + "/progress").with(administrator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"job-progress\"")));
        // not finished (in this test the request's transaction never commits, so the job never starts)
        mvc.perform(get(location + "/file").with(administrator())).andExpect(status().isNotFound());
        mvc.perform(get(location).with(councilMember())).andExpect(status().isNotFound());
    }

    @Test
    void anUploadOverTheServersLimitComesBackToTheFormWithAnExplanation() throws Exception {
        mvc.perform(get("/reporting/self-assessment/import").param("upload", "too-large").with(specialistOf(justice)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tệp quá lớn nên không được nhận")));
    }

    @Test
    void aCouncilMemberPreviewsAndAppliesAppraisedValuesFromAWorkbook() throws Exception {
        String base = "/reporting/appraisal/units/" + justice + "/periods/" + period.id();
        byte[] workbook = mvc.perform(get(base + "/appraised.xlsx").with(councilMember()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] filled = edited(workbook, w -> {
            for (var r : w.getSheet(AppraisalWorkbook.SHEET)) {
                if (r.getCell(0) != null && r.getCell(0).toString().equals("staff_with_pc")) {
                    r.getCell(AppraisalWorkbook.COL_APPRAISED).setCellValue(45);
                    r.getCell(AppraisalWorkbook.COL_REASON).setCellValue("Kiểm tra thực tế");
                }
            }
        });

        mvc.perform(multipart(base + "/import").file(new MockMultipartFile("file", "tham-dinh.xlsx", XLSX, filled))
                        .with(councilMember()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"value\" value=\"45\"")))
                .andExpect(content().string(containsString("Kiểm tra thực tế")));
        mvc.perform(post(base + "/import/apply").param("key", "staff_with_pc").param("node", "B1")
                        .param("value", "45").param("reason", "Kiểm tra thực tế").param("expected", "")
                        .with(councilMember()).with(csrf()))
                .andExpect(redirectedUrl(base + "/import"));
        mvc.perform(get(base + "/import").with(specialistOf(justice))).andExpect(status().isNotFound());
    }
}
