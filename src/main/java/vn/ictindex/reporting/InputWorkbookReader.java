package vn.ictindex.reporting;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an uploaded input workbook into its identity and its lines, without judging the values (that needs the
 * appendix; see {@link InputImports}). A file that is not such a workbook at all is refused with one sentence.
 *
 * <p>The ZIP container is opened with POI's {@link ZipSecureFile} limits, lowered here: an entry may not expand to
 * more than {@value #MAX_ENTRY_BYTES} bytes nor more than 100 times its compressed size, so a zip bomb is refused
 * before it fills the memory.
 */
final class InputWorkbookReader {

    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private InputWorkbookReader() {
    }

    /** A value cell as text the way a person types it: numbers with a decimal comma, dates dd/MM/yyyy. */
    record Line(int row, String key, String value) {
    }

    record Content(InputWorkbook.Identity identity, String checksum, List<Line> lines, List<ImportProblem> problems) {
    }

    static Content read(byte[] bytes) {
        try (XSSFWorkbook workbook = open(bytes)) {
            Sheet identitySheet = workbook.getSheet(InputWorkbook.IDENTITY_SHEET);
            Sheet inputs = workbook.getSheet(InputWorkbook.INPUT_SHEET);
            if (inputs == null || identitySheet == null) {
                throw new WorkbookRefusedException("Sổ tính không có trang «" + InputWorkbook.INPUT_SHEET
                        + "» của mẫu số liệu tự đánh giá; hãy dùng tệp tải về từ trang tự đánh giá.");
            }
            List<ImportProblem> problems = new ArrayList<>();
            InputWorkbook.Identity identity = identity(identitySheet);
            String checksum = text(identitySheet, 6);
            requireHeaders(inputs, InputWorkbook.HEADER_ROW, InputWorkbook.HEADERS);
            List<Line> lines = lines(inputs, InputWorkbook.HEADER_ROW, InputWorkbook.COL_VALUE, problems);
            return new Content(identity, checksum, lines, problems);
        } catch (IOException e) {
            throw new WorkbookRefusedException("Không đọc được tệp như một sổ tính Excel (.xlsx); tệp có thể bị hỏng.");
        }
    }

    /** The header row must be the template's, cell by cell; otherwise the file is not the template. */
    static void requireHeaders(Sheet sheet, int headerRow, String[] headers) {
        Row header = sheet.getRow(headerRow);
        for (int c = 0; c < headers.length; c++) {
            String found = header == null ? "" : cellText(header.getCell(c));
            if (!headers[c].equals(found)) {
                throw new WorkbookRefusedException("Trang «" + sheet.getSheetName() + "», dòng " + (headerRow + 1)
                        + ", cột " + column(c) + ": cần tiêu đề «" + headers[c] + "», trong tệp là «" + found
                        + "». Tệp không đúng mẫu.");
            }
        }
    }

    /** The lines below the header: key and the given value column; a row without a key but with content is extra. */
    static List<Line> lines(Sheet sheet, int headerRow, int valueColumn, List<ImportProblem> problems) {
        List<Line> lines = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String key = cellText(row.getCell(InputWorkbook.COL_KEY));
            if (key.isEmpty()) {
                boolean anything = false;
                for (Cell cell : row) {
                    anything |= !cellText(cell).isEmpty();
                }
                if (anything) {
                    problems.add(new ImportProblem(sheet.getSheetName(), r + 1, column(InputWorkbook.COL_KEY),
                            "Dòng thêm vào không có mã số liệu; mẫu không nhận dòng mới, hãy xoá dòng này."));
                }
                continue;
            }
            lines.add(new Line(r + 1, key, cellText(row.getCell(valueColumn))));
        }
        return lines;
    }

    /**
     * Opens an uploaded .xlsx within the limits (size, ZIP ratio and entry size).
     *
     * @throws WorkbookRefusedException with one Vietnamese sentence when it is not a readable .xlsx
     */
    static XSSFWorkbook open(byte[] bytes) {
        if (bytes.length == 0) {
            throw new WorkbookRefusedException("Tệp rỗng; hãy chọn tệp Excel đã điền số liệu.");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new WorkbookRefusedException("Tệp lớn hơn 2 MB nên không phải mẫu số liệu tự đánh giá; hãy dùng "
                    + "tệp tải về từ trang tự đánh giá.");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
                throw new WorkbookRefusedException("Tệp Excel 97–2003 (.xls) không được nhận; hãy dùng đúng tệp .xlsx "
                        + "đã tải về.");
            }
            throw new WorkbookRefusedException("Tệp không phải sổ tính Excel (.xlsx).");
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new WorkbookRefusedException("Tệp Excel 97–2003 (.xls) không được nhận; hãy dùng đúng tệp .xlsx "
                    + "đã tải về.");
        } catch (NotOfficeXmlFileException e) {
            throw new WorkbookRefusedException("Tệp nén không phải sổ tính Excel (.xlsx).");
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new WorkbookRefusedException("Tệp bị từ chối vì khi giải nén sẽ lớn bất thường (nghi là «bom "
                        + "nén»); hãy dùng tệp tải về từ trang tự đánh giá.");
            }
            throw new WorkbookRefusedException("Không đọc được tệp như một sổ tính Excel (.xlsx); tệp có thể bị hỏng.");
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("max. ratio")
                    || message.contains("exceeds the max") || message.contains("maximum"))) {
                return true;
            }
        }
        return false;
    }

    private static InputWorkbook.Identity identity(Sheet sheet) {
        try {
            return new InputWorkbook.Identity(Long.parseLong(text(sheet, 0)), Long.parseLong(text(sheet, 1)),
                    text(sheet, 2), text(sheet, 3), text(sheet, 4), Integer.parseInt(text(sheet, 5)));
        } catch (NumberFormatException e) {
            throw new WorkbookRefusedException("Trang nhận dạng của tệp đã bị sửa nên không biết tệp của đơn vị và kỳ "
                    + "nào; hãy tải lại mẫu từ trang tự đánh giá.");
        }
    }

    private static String text(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? "" : cellText(row.getCell(1));
    }

    static String cellText(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? LocalDate.from(cell.getLocalDateTimeCellValue()).format(DAY)
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                    .replace('.', ',');
            case BOOLEAN -> cell.getBooleanCellValue() ? "có" : "không";
            default -> "";
        };
    }

    static String column(int c) {
        return CellReference.convertNumToColString(c);
    }
}
