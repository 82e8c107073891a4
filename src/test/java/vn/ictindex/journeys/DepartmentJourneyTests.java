package vn.ictindex.journeys;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The department administrator's screens in a real browser: the criteria set as a tree, a criteria file with mistakes
 * refused with every problem listed, the unit register searched without accents, accounts, periods, and English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:journey-department;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;COLLATION=VI;NON_KEYWORDS=VALUE,YEAR,MONTH;DB_CLOSE_DELAY=-1")
class DepartmentJourneyTests {

    @LocalServerPort
    int port;

    @BeforeAll
    static void chromiumIsInstalled() {
        assumeTrue(Browser.available(), "Chromium and chromedriver are not installed; see README (browser tests)");
    }

    @Test
    void theDepartmentReviewsCriteriaUnitsAccountsAndPeriods() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.signIn("admin", "matkhau2026");
            assertThat(browser.url()).endsWith("/periods");
            assertThat(browser.page()).contains("Đang tự đánh giá");
            browser.screenshot("periods");

            browser.open("/criteria/BT-UDCNTT/2019");
            assertThat(browser.text(By.tagName("h1"))).contains("BẢN TÁI DỰNG");
            assertThat(browser.page()).contains("B1", "Tỷ lệ cán bộ, công chức, viên chức được trang bị máy tính");
            browser.screenshot("criteria-version");

            Path broken = Files.createTempFile("du-thao", ".yaml");
            Files.writeString(broken, new String(getClass().getResourceAsStream(
                    "/criteria-sets/bt-udcntt-2019.yaml").readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("version: \"2019\"", "version: \"2027\"")
                    .replaceFirst("type: ratio_times_max", "type: ratio_time_max"), StandardCharsets.UTF_8);
            browser.open("/criteria/import");
            browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(broken.toString());
            browser.click(By.cssSelector("form[action='/criteria/import'] button[type=submit]"));
            browser.waitUntil(d -> d.getPageSource().contains("ratio_time_max"));
            assertThat(browser.page()).contains("Loại quy tắc «ratio_time_max» không tồn tại");
            browser.screenshot("criteria-import-problems");
            Files.delete(broken);

            browser.open("/admin/units");
            browser.type(By.id("q"), "so tu phap").type(By.id("q"), "so tu phap" + Keys.ENTER);
            browser.waitUntil(d -> d.getCurrentUrl().contains("q="));
            assertThat(browser.page()).contains("Sở Tư pháp").doesNotContain("Sở Y tế");
            browser.open("/admin/units");
            browser.screenshot("units");

            browser.open("/admin/accounts");
            assertThat(browser.page()).contains("stp.chuyenvien", "Cán bộ đầu mối CNTT");
            browser.screenshot("accounts");

            browser.open("/periods?lang=en");
            assertThat(browser.page()).contains("Evaluation periods", "Self-assessment open");
            browser.open("/periods?lang=vi");
        }
    }
}
