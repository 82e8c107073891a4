package vn.ictindex.reporting;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Opening generated workbooks and editing them as a person would in Excel, for the tests. */
final class Workbooks {

    private Workbooks() {
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook after {@code edit}, saved again. */
    static byte[] edited(byte[] bytes, Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook workbook = open(bytes); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row of the input sheet that holds {@code key}. */
    static Row inputRow(XSSFWorkbook workbook, String key) {
        Sheet sheet = workbook.getSheet(InputWorkbook.INPUT_SHEET);
        for (Row row : sheet) {
            Cell cell = row.getCell(InputWorkbook.COL_KEY);
            if (cell != null && key.equals(cell.toString())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + key);
    }

    /** Types text into the value cell of an input, as in Excel. */
    static Consumer<XSSFWorkbook> typed(String key, String text) {
        return workbook -> inputRow(workbook, key).getCell(InputWorkbook.COL_VALUE).setCellValue(text);
    }

    /** Enters a number into the value cell of an input. */
    static Consumer<XSSFWorkbook> entered(String key, double number) {
        return workbook -> inputRow(workbook, key).getCell(InputWorkbook.COL_VALUE).setCellValue(number);
    }

    /**
     * A ZIP with an .xlsx's first entry name that inflates to {@code megabytes} of zeros: a compression ratio far
     * above POI's limit.
     */
    static byte[] zipBomb(int megabytes) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
