package vn.ictindex.journeys;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.organisation.Units;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.ictindex.assessment.SelfAssessmentFixture.evidenceForEveryCriterionBut;
import static vn.ictindex.assessment.SelfAssessmentFixture.everyFigureOfABestUnit;
import static vn.ictindex.assessment.SelfAssessmentFixture.specialist;

/**
 * The agency's yearly journey in a real browser, on the demo data: the focal person fills figures and watches the
 * score follow, uploads evidence and links it to a criterion, marks the self-assessment complete, the head submits it, the department sees it on the tracker; the
 * other agency sees none of it. Runs where Chromium is installed (CI installs it) and is skipped elsewhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:journey-self-assessment;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;COLLATION=VI;NON_KEYWORDS=VALUE,YEAR,MONTH;DB_CLOSE_DELAY=-1")
class SelfAssessmentJourneyTests {

    static final String PASSWORD = "matkhau2026";

    @LocalServerPort
    int port;
    @Autowired
    SelfAssessments assessments;
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
    void anAgencyFillsItsSelfAssessmentTheHeadSubmitsAndTheDepartmentSeesIt() throws Exception {
        long justice = units.findByCode("BT-STP").orElseThrow().id();
        Period period = periods.current().orElseThrow();
        prepareEverythingButTheComputerFigures(period, justice);

        try (Browser browser = new Browser(port)) {
            browser.signIn("stp.chuyenvien", PASSWORD).open("/assessment");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Tự đánh giá – Sở Tư pháp");

            browser.type(By.id("in-staff_with_pc"), "56");
            browser.waitForText(By.id("points-B1"), "14,74")
                    .waitForText(By.id("trace-B1"), "56/57 người × 15 = 14,74");
            browser.type(By.id("in-computers_networked"), "năm mươi");
            browser.waitForText(By.id("error-in-computers_networked"), "Cần nhập một số nguyên");
            browser.type(By.id("in-computers_networked"), "60");
            browser.waitForText(By.id("trace-B2"), "60/60 máy tính × 10 = 10,00")
                    .waitUntil(d -> d.findElement(By.id("error-in-computers_networked")).getText().isEmpty())
                    .waitForText(By.id("total"), "499,74");
            browser.screenshot("self-assessment");

            uploadEvidenceForB1(browser);
            browser.open("/assessment");
            assertThat(browser.text(By.id("criterion-B1"))).contains("1 tài liệu kiểm chứng đã gắn");
            browser.click(By.id("mark-complete"));
            browser.waitForText(By.id("status-badge"), "Đã hoàn thành");
            browser.signOut();

            browser.signIn("stp.lanhdao", PASSWORD).open("/assessment");
            browser.click(By.id("submit"));
            browser.waitForText(By.id("receipt"), "TĐG-" + period.year() + "-BT-STP");
            assertThat(browser.text(By.id("status-badge"))).isEqualTo("Đã nộp");
            browser.screenshot("self-assessment-receipt");
            browser.signOut();

            browser.signIn("admin", PASSWORD).open("/periods/" + period.id() + "/tracker?appendix=PL-I");
            assertThat(browser.text(By.cssSelector("tr[data-unit='BT-STP']"))).contains("Sở Tư pháp", "Đã nộp",
                    "35/35 tiêu chí");
            browser.screenshot("submission-tracker");
            browser.signOut();

            browser.signIn("syt.chuyenvien", PASSWORD).open("/assessment");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Tự đánh giá – Sở Y tế");
            assertThat(browser.page()).doesNotContain("TĐG-" + period.year() + "-BT-STP").doesNotContain("value=\"56\"");
        }
    }

    @Test
    void anAutosaveAfterTheSessionExpiredSaysSoAndKeepsWhatWasTyped() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("syt.lanhdao", PASSWORD).signOut().signIn("syt.chuyenvien", PASSWORD).open("/assessment");
            jdbc.sql("DELETE FROM spring_session_attributes").update();
            jdbc.sql("DELETE FROM spring_session").update();

            browser.type(By.id("in-staff_total"), "123");

            browser.waitForText(By.id("save-status"), "phiên đăng nhập đã hết hạn");
            assertThat(browser.driver().findElement(By.id("in-staff_total")).getAttribute("value")).isEqualTo("123");
        }
    }

    /** Uploads a real PDF to the unit's evidence library and links it to criterion B1. */
    private static void uploadEvidenceForB1(Browser browser) throws java.io.IOException {
        java.nio.file.Path pdf = java.nio.file.Files.createTempDirectory("evidence").resolve("so-tai-san.pdf");
        java.nio.file.Files.write(pdf, vn.ictindex.assessment.evidence.EvidenceSamples.pdf());
        browser.open("/evidence");
        browser.driver().findElement(By.id("upload-file")).sendKeys(pdf.toString());
        browser.type(By.id("upload-title"), "Sổ tài sản năm nay");
        browser.click(By.cssSelector("#upload-form button[type=submit]"));
        browser.waitUntil(d -> d.getPageSource().contains("Sổ tài sản năm nay"));
        var row = browser.driver().findElement(By.xpath("//tr[contains(., 'Sổ tài sản năm nay')]"));
        new org.openqa.selenium.support.ui.Select(row.findElement(By.name("nodeKey"))).selectByValue("B1");
        browser.click(row.findElement(By.cssSelector("select[name=nodeKey] ~ button[type=submit]")));
        browser.waitUntil(d -> d.findElement(By.xpath("//tr[contains(., 'Sổ tài sản năm nay')]")).getText()
                .contains("B1"));
        browser.screenshot("evidence-library");
    }

    /** The figures of a best unit except two computer figures, and evidence for every criterion but B1. */
    private void prepareEverythingButTheComputerFigures(Period period, long unit) {
        SelfAssessments.Workspace workspace = assessments.workspace(period, unit);
        Map<String, String> figures = new LinkedHashMap<>(everyFigureOfABestUnit(workspace).values());
        figures.put("staff_total", "57");
        figures.remove("staff_with_pc");
        figures.remove("computers_networked");
        figures.put("computers_total", "60");
        figures.put("email_active_staff", "57");
        figures.put("it_skilled_staff", "57");
        figures.put("antimalware_computers", "60");
        assessments.save(specialist(unit), period.id(), 0, new SelfAssessments.Changes(figures, Map.of()));
        evidenceForEveryCriterionBut(jdbc, workspace, "B1");
    }
}
