package vn.ictindex.reporting;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ictindex.appraisal.ScoreLayer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * Writes a {@link UnitScoreTable} as the appendix table a department files: title rows, a two-row header (the points
 * columns under one merged "Điểm"), the criteria tree by numbering and indentation with bold group rows, then the
 * totals and the classification. Numbers are numeric cells.
 */
public final class SelfAssessmentWorkbook {

    static final String SHEET = "Bảng điểm";
    /** Zero-based index of the first data row (after the title and the two header rows). */
    static final int FIRST_ROW = 6;
    static final int COL_NUMBER = 0;
    static final int COL_NAME = 1;
    static final int COL_MAX = 2;
    static final int COL_FIRST_LAYER = 3;
    static final int COL_EVIDENCE = 7;
    static final int COL_EXPLANATION = 8;
    static final int COL_NOTES = 9;
    private static final int LAST_COL = COL_NOTES;

    private SelfAssessmentWorkbook() {
    }

    public static byte[] write(UnitScoreTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ExcelStyles styles = new ExcelStyles(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            int[] widths = {7, 60, 10, 11, 11, 11, 11, 35, 35, 30};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            Cells.spanning(sheet, 0, "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM MỨC ĐỘ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM "
                    + table.year(), styles.title, LAST_COL);
            Cells.spanning(sheet, 1, "Đơn vị: " + table.unitName() + " (" + table.unitCode() + ")", styles.subtitle,
                    LAST_COL);
            Cells.spanning(sheet, 2, table.appendixTitle() + " – " + table.periodTitle() + " – bộ tiêu chí "
                    + table.criteriaVersion(), styles.subtitle, LAST_COL);
            header(sheet, styles);
            int r = FIRST_ROW;
            for (UnitScoreTable.Row row : table.rows()) {
                Row line = sheet.createRow(r);
                Cells.text(line, COL_NUMBER, row.number(), row.group() ? styles.boldText : styles.centered);
                Cells.text(line, COL_NAME, row.name(), styles.name(row.depth(), row.group()));
                Cells.number(line, COL_MAX, row.maxPoints(), row.group() ? styles.boldPoints : styles.points);
                for (ScoreLayer layer : ScoreLayer.values()) {
                    Cells.number(line, COL_FIRST_LAYER + layer.ordinal(), row.points(layer),
                            row.group() ? styles.boldPoints : styles.points);
                }
                Cells.text(line, COL_EVIDENCE, row.evidence(), styles.wrapped);
                Cells.text(line, COL_EXPLANATION, row.explanation(), styles.wrapped);
                Cells.text(line, COL_NOTES, row.notes(), styles.wrapped);
                if (row.group()) {
                    // a group has no evidence or explanation of its own: one merged cell across those columns
                    sheet.addMergedRegion(new CellRangeAddress(r, r, COL_EVIDENCE, COL_NOTES));
                }
                r++;
            }
            r = totals(sheet, r, table, styles);
            ExcelStyles.printSetup(sheet, 4, 5);
            sheet.createFreezePane(2, FIRST_ROW);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, ExcelStyles styles) {
        Row top = sheet.createRow(4);
        Row bottom = sheet.createRow(5);
        for (int c = 0; c <= LAST_COL; c++) {
            top.createCell(c).setCellStyle(styles.header);
            bottom.createCell(c).setCellStyle(styles.header);
        }
        String[] titles = {"STT", "Tiêu chí", "Điểm tối đa", "Điểm", null, null, null, "Tài liệu kiểm chứng",
                "Giải trình", "Ghi chú"};
        for (int c = 0; c <= LAST_COL; c++) {
            if (titles[c] != null) {
                top.getCell(c).setCellValue(titles[c]);
            }
            if (c < COL_FIRST_LAYER || c > COL_FIRST_LAYER + 3) {
                sheet.addMergedRegion(new CellRangeAddress(4, 5, c, c));
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(4, 4, COL_FIRST_LAYER, COL_FIRST_LAYER + 3));
        for (ScoreLayer layer : ScoreLayer.values()) {
            bottom.getCell(COL_FIRST_LAYER + layer.ordinal()).setCellValue(layer.label());
        }
        bottom.setHeightInPoints(32);
    }

    private static int totals(Sheet sheet, int r, UnitScoreTable table, ExcelStyles styles) {
        String[] labels = {"TỔNG ĐIỂM", "Điểm tối đa áp dụng", "Tỷ lệ (%)", "Xếp loại", "Xếp hạng trong nhóm"};
        for (int i = 0; i < labels.length; i++) {
            Row line = sheet.createRow(r);
            Cells.text(line, COL_NUMBER, null, styles.boldText);
            Cells.text(line, COL_NAME, labels[i], styles.boldText);
            sheet.addMergedRegion(new CellRangeAddress(r, r, COL_NUMBER, COL_NAME));
            Cells.number(line, COL_MAX, i == 0 ? sum(table) : null, styles.boldPoints);
            for (ScoreLayer layer : ScoreLayer.values()) {
                int c = COL_FIRST_LAYER + layer.ordinal();
                UnitScoreTable.Totals t = table.totals().get(layer);
                if (t == null) {
                    Cells.text(line, c, null, styles.boldPoints);
                    continue;
                }
                switch (i) {
                    case 0 -> Cells.number(line, c, t.total(), styles.boldPoints);
                    case 1 -> Cells.number(line, c, t.applicableMax(), styles.boldPoints);
                    case 2 -> Cells.number(line, c, t.percent(), styles.boldPoints);
                    case 3 -> Cells.text(line, c, t.classification(), styles.boldText);
                    default -> Cells.number(line, c, t.rank() == null ? null : BigDecimal.valueOf(t.rank()),
                            styles.boldText);
                }
            }
            for (int c = COL_EVIDENCE; c <= COL_NOTES; c++) {
                Cells.text(line, c, null, styles.text);
            }
            r++;
        }
        return r;
    }

    private static BigDecimal sum(UnitScoreTable table) {
        return table.rows().stream().filter(row -> row.depth() == 0).map(UnitScoreTable.Row::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
