package vn.ictindex.reporting;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.ictindex.scoring.InputDefinition;
import vn.ictindex.scoring.InputText;
import vn.ictindex.scoring.InputValue;

import java.math.BigDecimal;

/** Writing one cell the way every workbook of this module does: styled, and left blank when there is no value. */
final class Cells {

    private Cells() {
    }

    static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    static void number(Row row, int c, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(c);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }

    /** A header row: one cell per heading, all in {@code style}. */
    static Row header(Sheet sheet, int r, String[] headings, CellStyle style) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < headings.length; c++) {
            text(row, c, headings[c], style);
        }
        return row;
    }

    /** A row whose first cell spans the columns up to {@code lastColumn}: titles and group lines. */
    static void spanning(Sheet sheet, int r, String text, CellStyle style, int lastColumn) {
        Row row = sheet.createRow(r);
        text(row, 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastColumn));
    }

    /**
     * A typed value: text that reads as a number (for a numeric input, or hand-judged points when {@code input} is
     * null) goes out as a numeric cell; anything else, also text that is not valid yet, as typed.
     */
    static void typed(Cell cell, InputDefinition input, String typed, CellStyle style) {
        cell.setCellStyle(style);
        if (typed == null || typed.isBlank()) {
            return;
        }
        if (input == null || input.type().isNumeric()) {
            BigDecimal number = input == null ? InputText.number(typed, true)
                    : (InputText.parse(input, typed, true) instanceof InputValue.NumberValue n ? n.value() : null);
            if (number != null) {
                cell.setCellValue(number.doubleValue());
                return;
            }
        }
        cell.setCellValue(typed);
    }
}
