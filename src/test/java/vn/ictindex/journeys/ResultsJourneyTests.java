package vn.ictindex.journeys;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.results.GroupSubmissions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The department computes a group's results in the browser (a preview, then a snapshot with a reason), sends the
 * preliminary results, computes and publishes the final results, and the public page shows the ranking with a tie:
 * a shared rank and the next one skipped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:journey-results;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;COLLATION=VI;NON_KEYWORDS=VALUE,YEAR,MONTH;DB_CLOSE_DELAY=-1")
class ResultsJourneyTests {

    static final String GROUP = "PL-IV";

    @LocalServerPort
    int port;
    @Autowired
    Periods periods;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void chromiumIsInstalled() {
        assumeTrue(Browser.available(), "Chromium and chromedriver are not installed; see README (browser tests)");
    }

    @Test
    void theDepartmentPublishesAndThePublicPageShowsTheRankingWithATie() {
        Period period = periods.current().orElseThrow();
        List<Long> group = GroupSubmissions.submitWithTwins(assessments, periods, jdbc, period, GROUP, 7);
        String groupPage = "/results/" + period.id() + "/" + GROUP;

        try (Browser browser = new Browser(port)) {
            browser.open("/cong-khai?nam=" + period.year());
            assertThat(browser.page()).doesNotContain(period.title()).doesNotContain("data-group=\"" + GROUP + "\"");

            browser.signIn("admin", "matkhau2026");
            browser.open(groupPage);
            browser.click(By.id("recompute"));
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/recompute"));
            assertThat(browser.driver().findElements(By.cssSelector("#movements tbody tr"))).hasSize(group.size());
            browser.click(By.id("save-snapshot"));
            browser.waitForText(By.id("error"), "lý do");
            browser.type(By.id("reason"), "Kết quả sau thẩm định của Hội đồng");
            browser.click(By.id("save-snapshot"));
            browser.waitUntil(d -> d.getCurrentUrl().endsWith(groupPage));
            browser.click(By.cssSelector("button.send-preliminary"));
            browser.waitUntil(d -> d.getPageSource().contains("Đã gửi kết quả sơ bộ"));

            browser.open(groupPage + "/recompute");
            assertThat(browser.page()).contains("Không đơn vị nào thay đổi");
            browser.type(By.id("reason"), "Kết quả chính thức, không có kiến nghị");
            browser.click(By.id("save-snapshot"));
            browser.waitUntil(d -> d.getCurrentUrl().endsWith(groupPage));
            browser.click(By.cssSelector("button.publish"));
            browser.waitUntil(d -> d.getPageSource().contains("Đã công bố kết quả chính thức"));
            browser.screenshot("results-ranking");

            browser.open("/results/" + period.id() + "/units/" + group.get(0));
            assertThat(browser.page()).contains("Sở tổng hợp", "Cách tính");
            browser.screenshot("results-scorecard");
            browser.signOut();

            browser.open("/cong-khai?nam=" + period.year());
            WebElement table = browser.driver().findElement(By.cssSelector("table.ranking[data-group='" + GROUP + "']"));
            String twinA = table.findElement(By.cssSelector("tr[data-unit='" + group.get(GroupSubmissions.TWIN_A)
                    + "']")).getDomAttribute("data-rank");
            String twinB = table.findElement(By.cssSelector("tr[data-unit='" + group.get(GroupSubmissions.TWIN_B)
                    + "']")).getDomAttribute("data-rank");
            assertThat(twinA).isEqualTo(twinB);
            int shared = Integer.parseInt(twinA);
            List<Integer> ranks = table.findElements(By.cssSelector("tbody tr")).stream()
                    .map(r -> Integer.parseInt(r.getDomAttribute("data-rank"))).toList();
            assertThat(ranks).filteredOn(r -> r == shared).hasSizeGreaterThanOrEqualTo(2);
            assertThat(ranks).doesNotContain(shared + 1);
            assertThat(browser.page()).contains("đồng hạng");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'});", table);
            browser.screenshot("public-results");
        }
    }
}
