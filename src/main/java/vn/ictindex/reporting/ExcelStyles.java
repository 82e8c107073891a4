package vn.ictindex.reporting;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.HashMap;
import java.util.Map;

/**
 * The cell styles of one workbook, created once (a workbook holds at most 64,000 styles, and a style per cell would
 * also bloat the file). Points use the format {@code #,##0.00}: Excel shows it with the reader's separators, which
 * on a Vietnamese system are 1.234,56.
 */
final class ExcelStyles {

    static final String POINTS_FORMAT = "#,##0.00";
    static final String FONT = "Times New Roman";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle points;
    final CellStyle boldPoints;
    final CellStyle boldText;
    final CellStyle centered;
    final CellStyle locked;
    final CellStyle editable;
    private final Workbook workbook;
    private final Map<Integer, CellStyle> indented = new HashMap<>();
    private final Map<Integer, CellStyle> boldIndented = new HashMap<>();

    ExcelStyles(Workbook workbook) {
        this.workbook = workbook;
        Font normal = font(false, 12);
        Font bold = font(true, 12);
        title = style(font(true, 14), false);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setBorderBottom(BorderStyle.NONE);
        title.setBorderTop(BorderStyle.NONE);
        title.setBorderLeft(BorderStyle.NONE);
        title.setBorderRight(BorderStyle.NONE);
        subtitle = style(font(false, 12), true);
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        subtitle.setBorderBottom(BorderStyle.NONE);
        subtitle.setBorderTop(BorderStyle.NONE);
        subtitle.setBorderLeft(BorderStyle.NONE);
        subtitle.setBorderRight(BorderStyle.NONE);
        header = style(bold, true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = style(normal, false);
        wrapped = style(normal, true);
        boldText = style(bold, true);
        centered = style(normal, false);
        centered.setAlignment(HorizontalAlignment.CENTER);
        short pointsFormat = workbook.createDataFormat().getFormat(POINTS_FORMAT);
        points = style(normal, false);
        points.setDataFormat(pointsFormat);
        boldPoints = style(bold, false);
        boldPoints.setDataFormat(pointsFormat);
        locked = style(normal, true);
        editable = style(normal, true);
        editable.setLocked(false);
        editable.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        editable.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /** The criterion's name, indented by its depth in the tree; groups in bold. */
    CellStyle name(int depth, boolean bold) {
        Map<Integer, CellStyle> cache = bold ? boldIndented : indented;
        return cache.computeIfAbsent(depth, d -> {
            CellStyle s = style(font(bold, 12), true);
            s.setIndention((short) Math.min(d * 2, 15));
            return s;
        });
    }

    private Font font(boolean bold, int points) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }

    private CellStyle style(Font font, boolean wrap) {
        CellStyle s = workbook.createCellStyle();
        s.setFont(font);
        s.setWrapText(wrap);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    /** A4 landscape, fit to one page wide, the header rows repeated on every page. */
    static void printSetup(Sheet sheet, int firstHeaderRow, int lastHeaderRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
    }
}
