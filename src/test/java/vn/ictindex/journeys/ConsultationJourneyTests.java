package vn.ictindex.journeys;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ictindex.criteria.ImportFixtures;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The consultation on a draft in a real browser: the department imports a draft and sends it for comments, two
 * agencies comment on criteria, the council member agrees without comment, the department records its dispositions
 * and downloads the synthesis table, which is opened and read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:journey-consultation;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;COLLATION=VI;NON_KEYWORDS=VALUE,YEAR,MONTH;DB_CLOSE_DELAY=-1")
class ConsultationJourneyTests {

    static final String PASSWORD = "matkhau2026";
    static final String TITLE = "Lấy ý kiến dự thảo JOURNEY-GOPY";

    @LocalServerPort
    int port;

    @BeforeAll
    static void chromiumIsInstalled() {
        assumeTrue(Browser.available(), "Chromium and chromedriver are not installed; see README (browser tests)");
    }

    @Test
    void twoAgenciesCommentOneMemberAgreesAndTheDepartmentAnswersInTheSynthesisTable() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.signIn("admin", PASSWORD);
            Path draft = Files.createTempFile("du-thao-gop-y", ".yaml");
            Files.writeString(draft, ImportFixtures.draftAs("JOURNEY-GOPY", "1"), StandardCharsets.UTF_8);
            browser.open("/criteria/import");
            browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(draft.toString());
            browser.click(By.cssSelector("form[action='/criteria/import'] button[type=submit]"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("/criteria/JOURNEY-GOPY/1"));
            Files.delete(draft);

            browser.click(By.id("nav-consultations"));
            browser.click(By.id("new-consultation"));
            new Select(browser.driver().findElement(By.id("criteria"))).selectByValue("JOURNEY-GOPY@1");
            browser.type(By.id("title"), TITLE);
            assertThat(browser.driver().findElement(By.id("coverNote")).getAttribute("value"))
                    .contains("xem như thống nhất");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.querySelectorAll('#recipients details').forEach(d => d.open = true)");
            browser.click(By.xpath("//label[text()='Sở Tư pháp']/preceding-sibling::input"));
            browser.click(By.xpath("//label[text()='Sở Y tế']/preceding-sibling::input"));
            browser.screenshot("consultation-new");
            browser.click(By.cssSelector("#consultation-form button[type=submit]"));
            browser.waitForText(By.id("round-status"), "Đang soạn");
            browser.click(By.id("send"));
            browser.driver().switchTo().alert().accept();
            browser.waitForText(By.id("round-status"), "Đang lấy ý kiến");
            String round = browser.url().replaceAll(".*/consultations/(\\d+).*", "$1");
            signOut(browser);

            comment(browser, "stp.chuyenvien", round, "PL-T|A1", "Đề nghị giảm điểm tối đa của A1 xuống 10 điểm");
            browser.screenshot("consultation-reply");
            signOut(browser);
            comment(browser, "syt.chuyenvien", round, "PL-T|B1", "Đề nghị tính cả họp trực tuyến cấp xã");
            signOut(browser);

            browser.signIn("hoidong", PASSWORD);
            browser.open("/consultations/" + round + "/reply");
            browser.click(By.id("agree"));
            browser.waitForText(By.id("answer-state"), "Thống nhất, không có ý kiến");
            signOut(browser);

            browser.signIn("admin", PASSWORD);
            browser.open("/consultations/" + round);
            assertThat(browser.text(By.id("answer-counts"))).contains("Có ý kiến góp ý: 2",
                    "Thống nhất, không có ý kiến: 1");
            dispose(browser, 0, "ACCEPTED", "", "A1: 15 → 10 điểm");
            dispose(browser, 1, "NOT_ACCEPTED", "Họp cấp xã chưa có hệ thống ghi nhận", "");
            assertThat(browser.page()).contains("Ghi bởi admin");
            browser.screenshot("consultation-department");

            String href = browser.driver().findElement(By.id("download-excel")).getAttribute("href");
            Object base64 = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                        let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s));
                    });""", href);
            byte[] excel = Base64.getDecoder().decode((String) base64);
            Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(Path.of("target", "screenshots", "bang-tong-hop-y-kien.xlsx"), excel);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).endsWith("được lấy ý kiến: 3.");
                assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Số nơi đã trả lời: 3, "
                        + "trong đó 2 nơi có 2 ý kiến góp ý và 1 nơi thống nhất, không có ý kiến.");
                assertThat(sheet.getRow(9).getCell(1).getStringCellValue()).isEqualTo("Sở Tư pháp");
                assertThat(sheet.getRow(9).getCell(4).getStringCellValue()).isEqualTo("Tiếp thu");
                assertThat(sheet.getRow(9).getCell(5).getStringCellValue()).isEqualTo("A1: 15 → 10 điểm");
                assertThat(sheet.getRow(10).getCell(1).getStringCellValue()).isEqualTo("Sở Y tế");
                assertThat(sheet.getRow(10).getCell(4).getStringCellValue())
                        .isEqualTo("Không tiếp thu, giải trình: Họp cấp xã chưa có hệ thống ghi nhận");
            }
        }
    }

    /** The page may be scrolled to a comment's anchor; the sign-out button is at the top. */
    private static void signOut(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo({top: 0, behavior: 'instant'})");
        browser.signOut();
    }

    private static void comment(Browser browser, String username, String round, String node, String text) {
        browser.signIn(username, PASSWORD);
        browser.click(By.id("nav-consultations"));
        browser.click(By.linkText(TITLE));
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/reply"));
        new Select(browser.driver().findElement(By.id("node"))).selectByValue(node);
        browser.type(By.id("body"), text);
        browser.click(By.id("send-comment"));
        browser.waitUntil(d -> d.getPageSource().contains("Đã gửi ý kiến góp ý"));
        assertThat(browser.text(By.id("my-comments"))).contains(text);
    }

    private static void dispose(Browser browser, int index, String disposition, String explanation, String change) {
        WebElement form = browser.driver().findElements(By.cssSelector("form.disposition-form")).get(index);
        new Select(form.findElement(By.name("disposition"))).selectByValue(disposition);
        form.findElement(By.name("explanation")).sendKeys(explanation);
        form.findElement(By.name("resultingChange")).sendKeys(change);
        browser.click(form.findElement(By.cssSelector("button[type=submit]")));
        browser.waitUntil(d -> d.getPageSource().contains("Đã ghi ý kiến tiếp thu, giải trình"));
    }
}
