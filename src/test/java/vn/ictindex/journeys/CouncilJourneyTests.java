package vn.ictindex.journeys;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ictindex.appraisal.AppraisalFixture;
import vn.ictindex.appraisal.Compilation;
import vn.ictindex.appraisal.CouncilAssignments;
import vn.ictindex.appraisal.NodeAdjustments;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.ScoreLayers;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.organisation.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The council in a real browser: a member changes a score with a reason, asks the unit for clarification, the unit
 * answers, the member resolves the question and signs the unit off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:journey-council;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;COLLATION=VI;NON_KEYWORDS=VALUE,YEAR,MONTH;DB_CLOSE_DELAY=-1")
class CouncilJourneyTests {

    @LocalServerPort
    int port;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    NodeAdjustments adjustments;
    @Autowired
    Compilation compilation;
    @Autowired
    CouncilAssignments assignments;
    @Autowired
    ScoreLayers layers;
    @Autowired
    Periods periods;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void chromiumIsInstalled() {
        assumeTrue(Browser.available(), "Chromium and chromedriver are not installed; see README (browser tests)");
    }

    @Test
    void aCouncilMemberChangesAScoreAsksTheUnitAndSignsOff() {
        long justice = units.findByCode("BT-STP").orElseThrow().id();
        Period period = periods.current().orElseThrow();
        AppraisalFixture.submittedByABestUnit(assessments, jdbc, period, justice);
        AppraisalFixture.compiledAsSubmitted(adjustments, compilation, period, justice);
        assignments.assign(AppraisalFixture.department(), period.id(), "hoidong", null, null, justice);
        String unitPage = "/appraisal/periods/" + period.id() + "/units/" + justice;

        try (Browser browser = new Browser(port)) {
            browser.signIn("hoidong", "matkhau2026");
            assertThat(browser.url()).endsWith("/appraisal/assigned");
            browser.click(By.linkText("Sở Tư pháp"));
            browser.waitUntil(d -> d.getCurrentUrl().endsWith(unitPage));

            browser.click(By.cssSelector("#node-B1 details > summary"));
            browser.type(By.id("B1-staff_with_pc"), "30");
            browser.click(By.id("save-B1"));
            browser.waitForText(By.id("node-B1"), "Cần ghi lý do");
            assertThat(browser.driver().findElement(By.id("B1-staff_with_pc")).getAttribute("value")).isEqualTo("30");
            browser.type(By.id("reason-B1"), "Sổ tài sản gốc chỉ ghi 30 máy tính");
            browser.click(By.id("save-B1"));
            browser.waitForText(By.id("node-B1"), "Sổ tài sản gốc chỉ ghi 30 máy tính");
            assertThat(browser.driver().findElement(By.id("points-B1-APPRAISED")).getAttribute("class"))
                    .contains("bg-warning-subtle");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('node-B').scrollIntoView()");
            browser.screenshot("appraisal-layers");

            browser.click(By.xpath("//div[@id='node-B2']//summary[contains(., 'Yêu cầu giải trình')]"));
            browser.type(By.id("question-B2"), "Đề nghị gửi danh sách máy tính nối mạng LAN");
            browser.click(By.id("ask-B2"));
            browser.waitForText(By.id("comments"), "Đề nghị gửi danh sách máy tính nối mạng LAN");
            String thread = browser.url();
            browser.signOut();

            browser.signIn("stp.chuyenvien", "matkhau2026");
            browser.waitForText(By.id("open-questions"), "1 yêu cầu giải trình");
            browser.click(By.id("nav-questions"));
            browser.click(By.linkText("Đề nghị gửi danh sách máy tính nối mạng LAN"));
            browser.type(By.id("body"), "Gửi kèm báo cáo ứng dụng CNTT, mục 2 có danh sách máy nối mạng");
            browser.click(By.id("send-comment"));
            browser.waitForText(By.id("comments"), "mục 2 có danh sách");
            browser.screenshot("clarification-thread");
            browser.signOut();

            browser.signIn("hoidong", "matkhau2026");
            browser.open(thread.substring(thread.indexOf("/appraisal")));
            browser.type(By.id("note"), "Đã đối chiếu, giữ nguyên điểm");
            browser.click(By.id("resolve"));
            browser.waitForText(By.id("thread-status"), "Đã kết thúc");
            browser.open(unitPage);
            browser.click(By.id("sign-off"));
            browser.waitForText(By.id("stage"), "Hội đồng đã thông qua");
            browser.screenshot("appraisal-signed-off");
        }

        assertThat(layers.values(period.id(), justice, ScoreLayer.APPRAISED).field("staff_with_pc")).isEqualTo("30");
    }
}
