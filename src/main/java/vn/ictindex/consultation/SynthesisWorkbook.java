package vn.ictindex.consultation;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes the synthesis table as an Excel workbook an officer prints and attaches to the submission: real cells, the
 * title and counts merged across the table, column widths, the header frozen and repeated on every printed page, A4
 * landscape fitted to the page width.
 */
public final class SynthesisWorkbook {

    /** Column widths in characters: STT, party, criterion, comment, answer, change. */
    static final int[] WIDTHS = {6, 30, 24, 50, 45, 40};
    /** The row (0-based) of the column headings; the numbered row (1)…(6) follows it, then the comments. */
    static final int HEADING_ROW = 7;

    private SynthesisWorkbook() {
    }

    public static byte[] write(SynthesisTable table) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Tổng hợp ý kiến");
            Styles s = new Styles(book);
            int last = WIDTHS.length - 1;
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }

            merged(sheet, 0, last, SynthesisTable.TITLE, s.title, 24);
            merged(sheet, 1, last, table.subtitle(), s.subtitle, 32);
            merged(sheet, 2, last, table.roundLine(), s.subtitle, 18);
            List<String> counts = table.countLines();
            for (int i = 0; i < counts.size(); i++) {
                merged(sheet, 3 + i, last, counts.get(i), s.text, 18);
            }

            Row heading = sheet.createRow(HEADING_ROW);
            heading.setHeightInPoints(34);
            Row numbers = sheet.createRow(HEADING_ROW + 1);
            for (int i = 0; i < SynthesisTable.COLUMNS.size(); i++) {
                cell(heading, i, SynthesisTable.COLUMNS.get(i), s.heading);
                cell(numbers, i, "(" + (i + 1) + ")", s.number);
            }

            int r = HEADING_ROW + 2;
            for (SynthesisTable.Row row : table.rows()) {
                Row x = sheet.createRow(r++);
                Cell number = x.createCell(0);
                number.setCellValue(row.number());
                number.setCellStyle(s.centred);
                String[] texts = {row.party(), row.target(), row.comment(), row.answer(), row.change()};
                int lines = 1;
                for (int i = 0; i < texts.length; i++) {
                    cell(x, i + 1, texts[i], s.cell);
                    lines = Math.max(lines, lines(texts[i], WIDTHS[i + 1]));
                }
                x.setHeightInPoints(Math.min(409, lines * 15.5f + 4));
            }
            if (table.rows().isEmpty()) {
                Row x = sheet.createRow(r);
                for (int i = 0; i <= last; i++) {
                    cell(x, i, i == 1 ? "Không có ý kiến góp ý" : "", s.cell);
                }
                sheet.addMergedRegion(new CellRangeAddress(r, r, 1, last));
                r++;
            }
            r++;
            merged(sheet, r++, last, "Thống nhất, không có ý kiến (" + table.agreed().size() + "): "
                    + (table.agreed().isEmpty() ? "không có" : String.join("; ", table.agreed())) + ".", s.text,
                    18 * Math.max(1, lines(String.join("; ", table.agreed()), 180)));
            merged(sheet, r, last, "Không trả lời, xem như thống nhất (" + table.notAnswered().size() + "): "
                    + (table.notAnswered().isEmpty() ? "không có" : String.join("; ", table.notAnswered())) + ".",
                    s.text, 18 * Math.max(1, lines(String.join("; ", table.notAnswered()), 180)));

            sheet.createFreezePane(0, HEADING_ROW + 2);
            sheet.setRepeatingRows(new CellRangeAddress(HEADING_ROW, HEADING_ROW + 1, -1, -1));
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            sheet.setFitToPage(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setMargin(Sheet.LeftMargin, 0.5);
            sheet.setMargin(Sheet.RightMargin, 0.5);
            sheet.setHorizontallyCenter(true);

            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** About how many lines a wrapped text takes in a column {@code width} characters wide. */
    static int lines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() / (double) Math.max(1, width - 2)));
        }
        return lines;
    }

    private static void merged(Sheet sheet, int rowIndex, int lastColumn, String text, CellStyle style, float height) {
        Row row = sheet.createRow(rowIndex);
        row.setHeightInPoints(Math.min(409, height));
        cell(row, 0, text, style);
        for (int i = 1; i <= lastColumn; i++) {
            row.createCell(i).setCellStyle(style);
        }
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, lastColumn));
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** The few styles of the table, in Times New Roman as administrative documents are. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle text;
        final CellStyle heading;
        final CellStyle number;
        final CellStyle cell;
        final CellStyle centred;

        Styles(XSSFWorkbook book) {
            Font plain = font(book, false, false, 12);
            Font bold = font(book, true, false, 12);
            Font italic = font(book, false, true, 12);
            title = style(book, font(book, true, false, 14), HorizontalAlignment.CENTER, false);
            subtitle = style(book, italic, HorizontalAlignment.CENTER, false);
            text = style(book, plain, HorizontalAlignment.LEFT, false);
            heading = style(book, bold, HorizontalAlignment.CENTER, true);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            number = style(book, italic, HorizontalAlignment.CENTER, true);
            cell = style(book, plain, HorizontalAlignment.LEFT, true);
            cell.setVerticalAlignment(VerticalAlignment.TOP);
            centred = style(book, plain, HorizontalAlignment.CENTER, true);
            centred.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static Font font(XSSFWorkbook book, boolean bold, boolean italic, int points) {
            Font f = book.createFont();
            f.setFontName("Times New Roman");
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            f.setItalic(italic);
            return f;
        }

        private static CellStyle style(XSSFWorkbook book, Font font, HorizontalAlignment align, boolean bordered) {
            CellStyle style = book.createCellStyle();
            style.setFont(font);
            style.setAlignment(align);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            if (bordered) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }
}
