package vn.ictindex.journeys;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The department drafts a revision of the criteria set in a real browser: a draft from the issued set, a node's
 * points changed (the editor updates in place through htmx and shows the parent's problem beside it), a new appendix
 * for the Office and the Inspectorate, then what changed and the crosswalk.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:journey-drafts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;COLLATION=VI;NON_KEYWORDS=VALUE,YEAR,MONTH;DB_CLOSE_DELAY=-1")
class CriteriaDraftJourneyTests {

    @LocalServerPort
    int port;

    @BeforeAll
    static void chromiumIsInstalled() {
        assumeTrue(Browser.available(), "Chromium and chromedriver are not installed; see README (browser tests)");
    }

    @Test
    void theDepartmentDraftsARevisionAndSeesWhatChanged() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("admin", "matkhau2026");
            browser.open("/criteria/BT-UDCNTT/2019");
            browser.type(By.id("label"), "2020");
            browser.click(By.cssSelector("#new-draft button"));
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/criteria/BT-UDCNTT/2020/edit"));
            assertThat(browser.page()).contains("Dự thảo hợp lệ");

            browser.click(By.cssSelector("#node-A1 a.node-name"));
            browser.waitUntil(d -> !d.findElements(By.id("node-form")).isEmpty());
            WebElement max = browser.driver().findElement(By.id("max"));
            max.clear();
            max.sendKeys("12");
            browser.click(By.id("save-node"));
            browser.waitUntil(d -> d.getPageSource().contains("Điểm tối đa của các tiêu chí con cộng lại là 62"));
            assertThat(browser.text(By.id("node-A"))).contains("Σ 62 /", "Điểm tối đa của các tiêu chí con cộng lại");
            assertThat(browser.text(By.id("saved"))).contains("đã lưu");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('node-A').scrollIntoView({block: 'start'});");
            browser.screenshot("criteria-draft-editor");

            browser.type(By.id("newId"), "PL-V");
            browser.type(By.id("appendixTitle"), "Phụ lục V – Văn phòng UBND tỉnh, Thanh tra tỉnh");
            browser.type(By.id("groupCode"), "VP-TT");
            browser.type(By.id("groupName"), "Văn phòng UBND tỉnh và Thanh tra tỉnh");
            browser.click(By.cssSelector("#new-appendix button"));
            browser.waitUntil(d -> !d.findElements(By.id("appendix-PL-V")).isEmpty());

            browser.open("/criteria/diff?from=BT-UDCNTT@2019&to=BT-UDCNTT@2020");
            assertThat(browser.text(By.id("summary"))).contains("bổ sung PL-V để đánh giá, xếp hạng riêng");
            assertThat(browser.page()).contains("Điều chỉnh điểm tối đa của tiêu chí A1");
            browser.screenshot("criteria-amendment-appendix");

            browser.open("/criteria/crosswalk?from=BT-UDCNTT@2019&to=BT-UDCNTT@2020");
            assertThat(browser.page()).contains("Đề xuất tự động");
            browser.click(By.id("confirm"));
            browser.waitUntil(d -> d.getPageSource().contains("Đã xác nhận bảng tương ứng"));
            browser.screenshot("criteria-crosswalk");
        }
    }
}
