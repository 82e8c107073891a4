package vn.ictindex.journeys;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The audit trail in a real browser: the department checks the chain from its page, follows a unit from the tracker
 * to its evidence, and an agency's specialist reads its own unit's entries only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:journey-audit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;COLLATION=VI;NON_KEYWORDS=VALUE,YEAR,MONTH;DB_CLOSE_DELAY=-1")
class AuditJourneyTests {

    @LocalServerPort
    int port;

    @BeforeAll
    static void chromiumIsInstalled() {
        assumeTrue(Browser.available(), "Chromium and chromedriver are not installed; see README (browser tests)");
    }

    @Test
    void theDepartmentChecksTheTrailAndAnAgencyReadsItsOwn() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.signIn("admin", "matkhau2026");
            browser.click(By.linkText("Nhật ký thay đổi"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("/audit"));
            assertThat(browser.page()).contains("Mở kỳ đánh giá", "Đánh giá, xếp hạng mức độ ứng dụng CNTT năm 2026");
            browser.click(By.xpath("//button[normalize-space()='Kiểm tra tính toàn vẹn']"));
            browser.waitForText(By.id("verification"), "nguyên vẹn");
            browser.screenshot("audit");

            browser.click(By.linkText("Kỳ đánh giá"));
            browser.click(By.linkText("Theo dõi tình hình nộp"));
            browser.click(By.xpath("//tr[@data-unit='BT-STP']//a[normalize-space()='Tài liệu kiểm chứng']"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("/review/periods/"));
            assertThat(browser.page()).contains("Tài liệu kiểm chứng – Sở Tư pháp", "chỉ xem");
            browser.signOut();

            browser.signIn("stp.chuyenvien", "matkhau2026");
            browser.open("/audit?unit=own");
            assertThat(browser.page()).contains("Nhật ký thay đổi của đơn vị – Sở Tư pháp")
                    .doesNotContain("Kiểm tra tính toàn vẹn");
        }
    }
}
