package vn.ictindex.reporting;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The whole-period workbook (c) and the ranking table (b), written by streaming (POI SXSSF keeps 100 rows in memory
 * per sheet and the rest in temporary files), so that ten thousand units fit in a small heap.
 *
 * <p>The first sheet, "Tổng hợp", is the ranking table of every target group: a merged bold row per group, then rank,
 * unit, total, applicable maximum, percent and class. Then one sheet per appendix: every unit (rows, in ranking
 * order) × every node of the criteria tree (columns, headed by STT, name and maximum points).
 */
public final class PeriodWorkbook {

    public static final String SUMMARY_SHEET = "Tổng hợp";
    /** Zero-based first data row of an appendix sheet (after title, numbers, names and maxima). */
    static final int DETAIL_FIRST_ROW = 4;
    /** Columns before the nodes on an appendix sheet: rank, unit code, unit name. */
    static final int DETAIL_FIXED = 3;
    static final String[] SUMMARY_HEADERS = {"Xếp hạng", "Mã đơn vị", "Đơn vị", "Tổng điểm", "Điểm tối đa áp dụng",
            "Tỷ lệ (%)", "Xếp loại"};

    /** Told how far the writing got, in units written out of all units. */
    @FunctionalInterface
    public interface Progress {
        void done(int units, int of);
    }

    private PeriodWorkbook() {
    }

    /**
     * @param detailSheets false for the ranking table alone
     */
    public static void write(String title, List<GroupScores> groups, boolean detailSheets, OutputStream out,
                             Progress progress) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            ExcelStyles styles = new ExcelStyles(workbook);
            Sheet summary = workbook.createSheet(SUMMARY_SHEET);
            int[] widths = {10, 14, 50, 12, 14, 11, 14};
            for (int c = 0; c < widths.length; c++) {
                summary.setColumnWidth(c, widths[c] * 256);
            }
            Cells.spanning(summary, 0, title, styles.title, SUMMARY_HEADERS.length - 1);
            Cells.header(summary, 2, SUMMARY_HEADERS, styles.header);
            summary.createFreezePane(0, 3);
            ExcelStyles.printSetup(summary, 2, 2);
            int total = groups.stream().mapToInt(GroupScores::size).sum();
            int[] done = {0};
            int[] summaryRow = {3};
            for (GroupScores group : groups) {
                GroupScores.Columns columns = group.columns();
                Row groupRow = summary.createRow(summaryRow[0]);
                for (int c = 0; c < SUMMARY_HEADERS.length; c++) {
                    Cells.text(groupRow, c, c == 0 ? columns.title() + " – " + columns.targetGroup() : null,
                            styles.boldText);
                }
                summary.addMergedRegion(new CellRangeAddress(summaryRow[0], summaryRow[0], 0,
                        SUMMARY_HEADERS.length - 1));
                summaryRow[0]++;
                if (group.source() != null) {
                    Row sourceRow = summary.createRow(summaryRow[0]);
                    Cells.text(sourceRow, 0, group.source(), styles.text);
                    summary.addMergedRegion(new CellRangeAddress(summaryRow[0], summaryRow[0], 0,
                            SUMMARY_HEADERS.length - 1));
                    summaryRow[0]++;
                }
                Sheet detail = detailSheets ? detailSheet(workbook, columns, styles) : null;
                int[] detailRow = {DETAIL_FIRST_ROW};
                group.forEach(unit -> {
                    Row line = summary.createRow(summaryRow[0]++);
                    number(line, 0, unit.rank() == null ? Double.NaN : unit.rank(), styles.centered);
                    Cells.text(line, 1, unit.unitCode(), styles.text);
                    Cells.text(line, 2, unit.unitName(), styles.text);
                    Cells.number(line, 3, unit.total(), styles.points);
                    Cells.number(line, 4, unit.applicableMax(), styles.points);
                    Cells.number(line, 5, unit.percent(), styles.points);
                    Cells.text(line, 6, unit.classification(), styles.text);
                    if (detail != null) {
                        detailRow(detail.createRow(detailRow[0]++), unit, columns, styles);
                    }
                    done[0]++;
                    if (done[0] % 500 == 0) {
                        progress.done(done[0], total);
                    }
                });
            }
            progress.done(total, total);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are already deleted by dispose()
            }
        }
    }

    private static Sheet detailSheet(SXSSFWorkbook workbook, GroupScores.Columns columns, ExcelStyles styles) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(columns.appendixId()));
        List<GroupScores.Column> nodes = columns.columns();
        int last = DETAIL_FIXED + nodes.size() + 3;
        sheet.setColumnWidth(0, 9 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 45 * 256);
        for (int c = DETAIL_FIXED; c <= last; c++) {
            sheet.setColumnWidth(c, 11 * 256);
        }
        Cells.spanning(sheet, 0, columns.title() + " – " + columns.targetGroup(), styles.title, Math.min(last, 12));
        Row numbers = sheet.createRow(1);
        Row names = sheet.createRow(2);
        Row maxima = sheet.createRow(3);
        String[] fixed = {"Xếp hạng", "Mã đơn vị", "Đơn vị"};
        for (int c = 0; c < DETAIL_FIXED; c++) {
            Cells.text(numbers, c, fixed[c], styles.header);
            Cells.text(names, c, null, styles.header);
            Cells.text(maxima, c, c == 2 ? "Điểm tối đa" : null, styles.header);
            if (c < 2) {
                sheet.addMergedRegion(new CellRangeAddress(1, 3, c, c));
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(1, 2, 2, 2));
        for (int i = 0; i < nodes.size(); i++) {
            GroupScores.Column node = nodes.get(i);
            int c = DETAIL_FIXED + i;
            Cells.text(numbers, c, node.number(), styles.header);
            Cells.text(names, c, node.name(), node.group() ? styles.boldText : styles.wrapped);
            Cells.number(maxima, c, node.maxPoints(), styles.boldPoints);
        }
        String[] after = {"Tổng điểm", "Tỷ lệ (%)", "Xếp loại", "Điểm tối đa áp dụng"};
        for (int i = 0; i < after.length; i++) {
            int c = DETAIL_FIXED + nodes.size() + i;
            Cells.text(numbers, c, after[i], styles.header);
            Cells.text(names, c, null, styles.header);
            if (i == 0) {
                Cells.number(maxima, c, columns.totalPoints(), styles.boldPoints);
            } else {
                Cells.text(maxima, c, null, styles.header);
            }
            sheet.addMergedRegion(new CellRangeAddress(1, i == 0 ? 2 : 3, c, c));
        }
        names.setHeightInPoints(90);
        sheet.createFreezePane(DETAIL_FIXED, DETAIL_FIRST_ROW);
        ExcelStyles.printSetup(sheet, 1, 3);
        return sheet;
    }

    private static void detailRow(Row line, GroupScores.UnitScores unit, GroupScores.Columns columns,
                                  ExcelStyles styles) {
        number(line, 0, unit.rank() == null ? Double.NaN : unit.rank(), styles.centered);
        Cells.text(line, 1, unit.unitCode(), styles.text);
        Cells.text(line, 2, unit.unitName(), styles.text);
        double[] points = unit.points();
        List<GroupScores.Column> nodes = columns.columns();
        for (int i = 0; i < points.length; i++) {
            number(line, DETAIL_FIXED + i, points[i], nodes.get(i).group() ? styles.boldPoints : styles.points);
        }
        int c = DETAIL_FIXED + points.length;
        Cells.number(line, c, unit.total(), styles.boldPoints);
        Cells.number(line, c + 1, unit.percent(), styles.points);
        Cells.text(line, c + 2, unit.classification(), styles.text);
        Cells.number(line, c + 3, unit.applicableMax(), styles.points);
    }

    private static void number(Row row, int c, double value, CellStyle style) {
        Cell cell = row.createCell(c);
        if (!Double.isNaN(value)) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }
}
