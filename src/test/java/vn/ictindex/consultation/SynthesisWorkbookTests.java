package vn.ictindex.consultation;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthesis table as an Excel file, opened again and read cell by cell as an officer's spreadsheet would. */
class SynthesisWorkbookTests {

    static SynthesisTable twoCommentsOneAgreementOneSilent() {
        Consultation round = new Consultation(7, "BT-UDCNTT", "2027", "Lấy ý kiến dự thảo 2027", "Thư",
                LocalDate.of(2027, 5, 10), ConsultationStatus.CLOSED, Instant.EPOCH, "admin", Instant.EPOCH,
                Instant.EPOCH, 2);
        return new SynthesisTable(round, "Bộ tiêu chí 2027", LocalDate.of(2027, 5, 12),
                new SynthesisTable.Counts(4, 3, 2, 1, 1, 2),
                List.of(new SynthesisTable.Row(1, "Sở Tư pháp\n(Công văn số 12/STP-VP ngày 08/05/2027)",
                                "PL-I, tiêu chí B1\nTỷ lệ máy tính", "Giảm điểm B1", "Tiếp thu", "B1: 15 → 10 điểm"),
                        new SynthesisTable.Row(2, "Sở Y tế", "Toàn bộ dự thảo", "Giữ bố cục\n(Gửi sau hạn góp ý 10/05/2027)",
                                "Không tiếp thu, giải trình: bố cục không đổi", "")),
                List.of("Nguyễn Hữu Thẩm Định"), List.of("Sở Nội vụ"));
    }

    private static Sheet open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes)).getSheetAt(0);
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    @Test
    void theHeaderStatesTheCountsAndNoAnswerCountsAsAgreement() throws IOException {
        Sheet sheet = open(SynthesisWorkbook.write(twoCommentsOneAgreementOneSilent()));

        assertThat(text(sheet, 0, 0)).isEqualTo("BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý");
        assertThat(text(sheet, 1, 0)).isEqualTo("Dự thảo: Bộ tiêu chí 2027 (BT-UDCNTT@2027)");
        assertThat(text(sheet, 2, 0)).contains("hạn góp ý 10/05/2027", "tổng hợp ngày 12/05/2027");
        assertThat(text(sheet, 3, 0)).isEqualTo(
                "Số cơ quan, đơn vị và thành viên Hội đồng thẩm định được lấy ý kiến: 4.");
        assertThat(text(sheet, 4, 0)).isEqualTo(
                "Số nơi đã trả lời: 3, trong đó 2 nơi có 2 ý kiến góp ý và 1 nơi thống nhất, không có ý kiến.");
        assertThat(text(sheet, 5, 0)).isEqualTo(
                "Số nơi không trả lời: 1 (xem như thống nhất với dự thảo, theo văn bản lấy ý kiến).");
        assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:F1"),
                CellRangeAddress.valueOf("A4:F4"));
    }

    @Test
    void oneRowPerCommentInTheSixColumnsOfTheTable() throws IOException {
        Sheet sheet = open(SynthesisWorkbook.write(twoCommentsOneAgreementOneSilent()));

        assertThat(List.of(text(sheet, 7, 0), text(sheet, 7, 1), text(sheet, 7, 2), text(sheet, 7, 3),
                text(sheet, 7, 4), text(sheet, 7, 5))).isEqualTo(SynthesisTable.COLUMNS);
        assertThat(text(sheet, 8, 5)).isEqualTo("(6)");
        assertThat(sheet.getRow(9).getCell(0).getNumericCellValue()).isEqualTo(1);
        assertThat(text(sheet, 9, 1)).isEqualTo("Sở Tư pháp\n(Công văn số 12/STP-VP ngày 08/05/2027)");
        assertThat(text(sheet, 9, 2)).startsWith("PL-I, tiêu chí B1");
        assertThat(text(sheet, 9, 4)).isEqualTo("Tiếp thu");
        assertThat(text(sheet, 9, 5)).isEqualTo("B1: 15 → 10 điểm");
        assertThat(text(sheet, 10, 3)).contains("(Gửi sau hạn góp ý 10/05/2027)");
        assertThat(text(sheet, 10, 4)).isEqualTo("Không tiếp thu, giải trình: bố cục không đổi");
        assertThat(text(sheet, 12, 0)).isEqualTo("Thống nhất, không có ý kiến (1): Nguyễn Hữu Thẩm Định.");
        assertThat(text(sheet, 13, 0)).isEqualTo("Không trả lời, xem như thống nhất (1): Sở Nội vụ.");
        assertThat(sheet.getRow(9).getCell(3).getCellStyle().getWrapText()).isTrue();
    }

    @Test
    void itPrintsOnA4LandscapeWithTheHeaderFrozenAndRepeated() throws IOException {
        Sheet sheet = open(SynthesisWorkbook.write(twoCommentsOneAgreementOneSilent()));

        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(print.getLandscape()).isTrue();
        assertThat(print.getFitWidth()).isEqualTo((short) 1);
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 9);
        assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("8:9"));
        assertThat(sheet.getColumnWidth(3)).isEqualTo(50 * 256);
        assertThat(sheet.getColumnWidth(0)).isLessThan(sheet.getColumnWidth(1));
    }

    @Test
    void aRoundWithoutCommentsSaysSo() throws IOException {
        SynthesisTable full = twoCommentsOneAgreementOneSilent();
        SynthesisTable none = new SynthesisTable(full.consultation(), full.draftTitle(), full.preparedOn(),
                new SynthesisTable.Counts(2, 0, 0, 0, 2, 0), List.of(), List.of(), List.of("Sở Tư pháp", "Sở Y tế"));

        Sheet sheet = open(SynthesisWorkbook.write(none));

        assertThat(text(sheet, 9, 1)).isEqualTo("Không có ý kiến góp ý");
        assertThat(text(sheet, 12, 0)).isEqualTo("Không trả lời, xem như thống nhất (2): Sở Tư pháp; Sở Y tế.");
    }
}
