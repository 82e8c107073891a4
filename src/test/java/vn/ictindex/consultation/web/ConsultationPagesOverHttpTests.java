package vn.ictindex.consultation.web;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ictindex.account.UserAccounts;
import vn.ictindex.criteria.CriteriaImports;
import vn.ictindex.criteria.CriteriaUpload;
import vn.ictindex.criteria.ImportFixtures;
import vn.ictindex.support.BrowserlessSession;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consultation screens through a real server, signed in with CSRF tokens as a browser sends them: the department
 * prepares and sends a round, a recipient comments on a node, another agency cannot open it, the synthesis downloads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsultationPagesOverHttpTests {

    static final String PASSWORD = "matkhau2026";

    @LocalServerPort
    int port;
    @Autowired
    CriteriaImports imports;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private final String code = "GOPY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @AfterEach
    void removeWhatTheTestCommitted() {
        String rounds = "(SELECT id FROM consultation WHERE criteria_code = '" + code + "')";
        jdbc.sql("DELETE FROM consultation_reminder WHERE recipient_id IN (SELECT id FROM consultation_recipient "
                + "WHERE consultation_id IN " + rounds + ")").update();
        jdbc.sql("DELETE FROM consultation_comment WHERE consultation_id IN " + rounds).update();
        jdbc.sql("DELETE FROM consultation_recipient WHERE consultation_id IN " + rounds).update();
        jdbc.sql("DELETE FROM consultation WHERE criteria_code = :code").param("code", code).update();
        jdbc.sql("DELETE FROM criteria_appendix WHERE version_id IN (SELECT id FROM criteria_version WHERE code = :code)")
                .param("code", code).update();
        jdbc.sql("DELETE FROM criteria_version WHERE code = :code").param("code", code).update();
    }

    private static String deadlineInAWeek() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(7).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    @Test
    void theDepartmentSendsARoundAndOnlyItsRecipientsCommentOnTheDraft() throws Exception {
        imports.importFile(new CriteriaUpload("du-thao.yaml", ImportFixtures.draftAs(code, "1")), "admin");
        long justice = accounts.loadUserByUsername("stp.chuyenvien").unitId();
        long council = accounts.loadUserByUsername("hoidong").id();

        BrowserlessSession department = new BrowserlessSession(port);
        department.signIn("admin", PASSWORD);
        assertThat(department.get("/consultations/new?criteria=" + code + "@1").body())
                .contains(code + "@1", "không có ý kiến được xem như thống nhất");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("criteria", code + "@1");
        form.put("title", "Lấy ý kiến dự thảo " + code);
        form.put("deadline", "31/02/2027");
        form.put("coverNote", "Đề nghị góp ý. Quá hạn không có ý kiến được xem như thống nhất.");
        form.put("units", String.valueOf(justice));
        form.put("council", String.valueOf(council));
        HttpResponse<String> refused = department.submit("/consultations/new", "/consultations", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Hạn góp ý phải có dạng dd/MM/yyyy", "Lấy ý kiến dự thảo " + code);

        form.put("deadline", deadlineInAWeek());
        HttpResponse<String> created = department.submit("/consultations/new", "/consultations", form);
        assertThat(created.statusCode()).isEqualTo(302);
        String round = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/consultations/", "");
        assertThat(department.get("/consultations/" + round).body()).contains("Đang soạn", "Sở Tư pháp",
                "Nguyễn Hữu Thẩm Định");
        assertThat(department.submit("/consultations/" + round, "/consultations/" + round + "/send", Map.of())
                .statusCode()).isEqualTo(302);
        assertThat(department.get("/consultations/" + round).body()).contains("Đang lấy ý kiến");
        department.submit("/consultations/" + round, "/consultations/" + round + "/remind", Map.of());
        assertThat(department.get("/consultations/" + round).body()).contains("Đã nhắc 2 nơi chưa trả lời");
        department.submit("/consultations/" + round, "/consultations/" + round + "/remind", Map.of());
        assertThat(department.get("/consultations/" + round).body()).contains("Không có nơi nào cần nhắc thêm hôm nay");

        BrowserlessSession justiceSpecialist = new BrowserlessSession(port);
        justiceSpecialist.signIn("stp.chuyenvien", PASSWORD);
        assertThat(justiceSpecialist.get("/consultations").body()).contains("Lấy ý kiến dự thảo " + code,
                "Sở TTTT nhắc");
        String reply = "/consultations/" + round + "/reply";
        assertThat(justiceSpecialist.get(reply).body()).contains("Thống nhất, không có ý kiến", "A1.");
        justiceSpecialist.submit(reply, reply + "/comments", Map.of("node", "PL-T|A1", "body", " ",
                "submissionKey", "k0"));
        assertThat(justiceSpecialist.get(reply).body()).contains("Cần nhập nội dung góp ý");
        HttpResponse<String> sent = justiceSpecialist.submit(reply, reply + "/comments", Map.of("node", "PL-T|A1",
                "body", "Đề nghị giảm điểm tiêu chí A1", "submissionKey", "k1"));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(justiceSpecialist.get(reply).body()).contains("Đã gửi ý kiến góp ý",
                "Đề nghị giảm điểm tiêu chí A1", "PL-T, tiêu chí A1");
        assertThat(justiceSpecialist.get("/consultations/" + round).statusCode()).as("the department's view")
                .isEqualTo(403);

        BrowserlessSession healthSpecialist = new BrowserlessSession(port);
        healthSpecialist.signIn("syt.chuyenvien", PASSWORD);
        assertThat(healthSpecialist.get(reply).statusCode()).isEqualTo(404);
        assertThat(healthSpecialist.get("/consultations").body()).doesNotContain(code);

        assertThat(department.get("/consultations/" + round).body()).contains("Đề nghị giảm điểm tiêu chí A1",
                "Có ý kiến góp ý: 1", "Chưa trả lời: 1");
        assertThat(department.get("/consultations/" + round + "?lang=en").body()).contains("Open for comments",
                "Comments and dispositions");
        department.get("/consultations?lang=vi");

        HttpResponse<byte[]> excel = department.download("/consultations/" + round + "/synthesis.xlsx");
        assertThat(excel.statusCode()).isEqualTo(200);
        assertThat(excel.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            assertThat(book.getSheetAt(0).getRow(9).getCell(3).getStringCellValue())
                    .isEqualTo("Đề nghị giảm điểm tiêu chí A1");
        }
        assertThat(justiceSpecialist.download("/consultations/" + round + "/synthesis.xlsx").statusCode())
                .isEqualTo(403);
        HttpResponse<byte[]> word = department.download("/consultations/" + round + "/synthesis.docx");
        assertThat(word.statusCode()).isEqualTo(200);
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(word.body()));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý",
                    "Đề nghị giảm điểm tiêu chí A1", "Số nơi không trả lời: 1");
        }
    }

    @Test
    void recipientsReadTheDemoDraftWithItsAmendmentAppendix() throws Exception {
        long demo = jdbc.sql("SELECT id FROM consultation WHERE criteria_code = 'BT-UDCNTT'").query(Long.class)
                .single();
        BrowserlessSession justiceHead = new BrowserlessSession(port);
        justiceHead.signIn("stp.lanhdao", PASSWORD);

        String page = justiceHead.get("/consultations/" + demo + "/reply").body();

        assertThat(page).contains("Phụ lục những nội dung điều chỉnh, bổ sung (so với BT-UDCNTT@2019)",
                "1. Về bố cục của bộ tiêu chí: không thay đổi.", "sửa tên 1 tiêu chí",
                "Ban hành kế hoạch chuyển đổi số năm của cơ quan đúng thời hạn", "có điều chỉnh",
                "Quá thời hạn trên, cơ quan, đơn vị không có ý kiến được xem như thống nhất");
        assertThat(page).as("another agency's comment").doesNotContain("trước ngày 31/01 thì đạt điểm tối đa");
    }
}
