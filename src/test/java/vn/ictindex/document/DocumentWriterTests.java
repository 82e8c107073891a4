package vn.ictindex.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.document.DocumentFixtures.everyVietnameseLetter;
import static vn.ictindex.document.DocumentFixtures.reportWithEveryLetter;

class DocumentWriterTests {

    private final DocumentWriter writer = new DocumentWriter();

    @Test
    void theFixtureHasEveryVowelWithEveryToneInBothCases() {
        String letters = everyVietnameseLetter();
        assertThat(letters.split(" ")).hasSize(2 * (12 * 6 + 1)).doesNotHaveDuplicates();
        assertThat(letters).contains("ặ", "Ặ", "ỡ", "Ỡ", "ự", "Ự", "ỵ", "Ỵ", "đ", "Đ", "ẩ", "Ẩ", "ễ", "Ễ");
        assertThat(letters.codePoints().filter(c -> Character.getType(c) == Character.NON_SPACING_MARK)).isEmpty();
    }

    @Test
    void docxKeepsEveryVietnameseLetterInParagraphsAndTableCells() throws IOException {
        try (XWPFDocument docx = docx(reportWithEveryLetter())) {
            String text = new XWPFWordExtractor(docx).getText();
            assertThat(text).contains("Các chữ cái tiếng Việt: " + everyVietnameseLetter());
            XWPFTable scores = docx.getTables().get(1);
            assertThat(scores.getRow(4).getCell(1).getText()).isEqualTo(everyVietnameseLetter());
            assertThat(scores.getRow(2).getCell(1).getText()).isEqualTo("Hạ tầng kỹ thuật");
            assertThat(scores.getRow(2).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(scores.getRow(3).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
        }
    }

    @Test
    void docxMergesHeaderCellsAcrossColumnsAndRowsAndRepeatsTheHeader() throws IOException {
        try (XWPFDocument docx = docx(reportWithEveryLetter())) {
            XWPFTable scores = docx.getTables().get(1);
            List<XWPFTableCell> first = scores.getRow(0).getTableCells();
            assertThat(first).extracting(XWPFTableCell::getText).containsExactly("STT", "Tiêu chí", "Điểm");
            assertThat(first.get(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            assertThat(first.get(2).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(2);
            List<XWPFTableCell> second = scores.getRow(1).getTableCells();
            assertThat(second).extracting(XWPFTableCell::getText).containsExactly("", "", "Tự chấm", "Thẩm định");
            assertThat(second.get(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
            assertThat(second.get(1).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
            assertThat(scores.getRow(0).isRepeatHeader()).isTrue();
            assertThat(scores.getRow(1).isRepeatHeader()).isTrue();
            assertThat(scores.getRow(2).isRepeatHeader()).isFalse();
            assertThat(scores.getRow(3).getCell(2).getParagraphs().get(0).getAlignment())
                    .isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
        }
    }

    @Test
    void docxHasTheNationalHeaderNumberDateTitleRecipientsAndSigner() throws IOException {
        try (XWPFDocument docx = docx(reportWithEveryLetter())) {
            XWPFTable header = docx.getTables().get(0);
            assertThat(header.getRow(0).getCell(0).getText())
                    .contains("UBND TỈNH BÌNH THUẬN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Số: 125/BC-STTTT");
            assertThat(header.getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập – Tự do – Hạnh phúc", "Bình Thuận, ngày 05 tháng 02 năm 2026");
            String text = new XWPFWordExtractor(docx).getText();
            assertThat(text).contains("BÁO CÁO\nKết quả đánh giá mức độ ứng dụng công nghệ thông tin năm 2026");
            XWPFTable closing = docx.getTables().get(docx.getTables().size() - 1);
            assertThat(closing.getRow(0).getCell(0).getText())
                    .contains("Nơi nhận:", "- Hội đồng thẩm định;", "- Lưu: VT, CNTT.");
            assertThat(closing.getRow(0).getCell(1).getText())
                    .contains("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Quý");
        }
    }

    @Test
    void docxPutsTheWideTableOnLandscapePagesBetweenPortraitOnes() throws IOException {
        try (XWPFDocument docx = docx(reportWithEveryLetter())) {
            List<STPageOrientation.Enum> sections = new ArrayList<>();
            for (XWPFParagraph p : docx.getParagraphs()) {
                if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                    sections.add(p.getCTP().getPPr().getSectPr().getPgSz().getOrient());
                }
            }
            sections.add(docx.getDocument().getBody().getSectPr().getPgSz().getOrient());
            assertThat(sections).containsExactly(STPageOrientation.PORTRAIT, STPageOrientation.LANDSCAPE,
                    STPageOrientation.PORTRAIT);
            XWPFTable ranking = docx.getTables().get(2);
            assertThat(ranking.getRow(3).getCell(1).getText()).isEqualTo("Ủy ban nhân dân huyện Đức Linh");
        }
    }

    @Test
    void pdfTextRoundTripsEveryVietnameseLetter() throws IOException {
        byte[] pdf = writer.pdf(reportWithEveryLetter());
        keep(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = oneLine(new PDFTextStripper().getText(document));
            assertThat(text).contains("Các chữ cái tiếng Việt: " + everyVietnameseLetter());
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
                    "Số: 125/BC-STTTT", "Bình Thuận, ngày 05 tháng 02 năm 2026", "BÁO CÁO",
                    "Ủy ban nhân dân huyện Đức Linh", "Nơi nhận:", "KT. GIÁM ĐỐC", "Nguyễn Văn Quý");
        }
    }

    @Test
    void pdfEmbedsNotoSerifForEveryText() throws IOException {
        try (PDDocument document = Loader.loadPDF(writer.pdf(reportWithEveryLetter()))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("NotoSerif");
            });
        }
    }

    @Test
    void pdfIsA4WithTheRankingOnALandscapePage() throws IOException {
        try (PDDocument document = Loader.loadPDF(writer.pdf(reportWithEveryLetter()))) {
            List<Boolean> landscape = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                float w = page.getMediaBox().getWidth();
                float h = page.getMediaBox().getHeight();
                assertThat(Math.min(w, h)).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
                boolean turned = page.getRotation() % 180 == 90;     // OpenPDF turns a landscape page by 90°
                landscape.add(w > h != turned);
            }
            assertThat(landscape).first().isEqualTo(false);
            assertThat(landscape).contains(true).last().isEqualTo(false);
            int rankingPage = landscape.indexOf(true);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(rankingPage + 1);
            stripper.setEndPage(rankingPage + 1);
            assertThat(stripper.getText(document)).contains("Ủy ban nhân dân thị xã La Gi");
        }
    }

    @Test
    void decomposedInputIsWrittenAsComposedLetters() throws IOException {
        String decomposed = "Tie\u0302\u0301ng Vie\u0323\u0302t";
        AdministrativeDocument document = reportWithEveryLetter().withBody(List.of(Block.Paragraph.of(decomposed)));
        try (PDDocument pdf = Loader.loadPDF(writer.pdf(document))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Tiếng Việt");
        }
        try (XWPFDocument docx = docx(document)) {
            assertThat(new XWPFWordExtractor(docx).getText()).contains("Tiếng Việt");
        }
    }

    private XWPFDocument docx(AdministrativeDocument document) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(writer.docx(document)));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    // Left in target/ for a look and for docs/screenshots/document-sample.png (pdftoppm).
    private static void keep(byte[] pdf) throws IOException {
        Path file = Path.of("target", "documents", "sample-report.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
    }
}
