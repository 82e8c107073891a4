package vn.ictindex.consultation;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.ictindex.document.DocumentFixtures;
import vn.ictindex.document.DocumentWriter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthesis table as a Word document, opened again and read: the header, the counts, the table, the lists. */
class SynthesisDocumentTests {

    private static XWPFDocument write(SynthesisTable table) throws IOException {
        byte[] bytes = new DocumentWriter().docx(SynthesisDocument.of(table, DocumentFixtures.binhThuan()));
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "bang-tong-hop-y-kien.docx"), bytes);
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @Test
    void theDocumentCarriesTheCountsAndOneTableRowPerComment() throws IOException {
        try (XWPFDocument docx = write(SynthesisWorkbookTests.twoCommentsOneAgreementOneSilent());
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            assertThat(text).contains("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý",
                    "Dự thảo: Bộ tiêu chí 2027 (BT-UDCNTT@2027)",
                    "Số cơ quan, đơn vị và thành viên Hội đồng thẩm định được lấy ý kiến: 4.",
                    "Số nơi không trả lời: 1 (xem như thống nhất với dự thảo, theo văn bản lấy ý kiến).",
                    "Thống nhất, không có ý kiến (1): Nguyễn Hữu Thẩm Định.",
                    "Không trả lời, xem như thống nhất (1): Sở Nội vụ.");

            XWPFTable table = docx.getTables().stream().filter(t -> t.getText().contains("Nội dung góp ý"))
                    .findFirst().orElseThrow();
            assertThat(table.getRow(0).getCell(3).getText()).isEqualTo("Nội dung góp ý");
            assertThat(table.getRow(1).getCell(5).getText()).isEqualTo("(6)");
            assertThat(table.getRow(2).getCell(3).getText()).isEqualTo("Giảm điểm B1");
            assertThat(table.getRow(2).getCell(4).getText()).isEqualTo("Tiếp thu");
            assertThat(table.getRow(3).getCell(4).getText()).isEqualTo("Không tiếp thu, giải trình: bố cục không đổi");
        }
    }
}
