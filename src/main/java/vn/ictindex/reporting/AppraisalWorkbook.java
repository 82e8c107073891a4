package vn.ictindex.reporting;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.scoring.InputText;
import vn.ictindex.scoring.InputValue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The council's appraisal workbook for one unit: every input with the value the unit declared, the department's
 * compiled value and the council's appraised value, which the council member edits offline with a reason per
 * change. Only the appraised value and the reason are unlocked; a very hidden sheet seals period, unit, appendix and
 * criteria version with a checksum, as in {@link InputWorkbook}.
 */
public final class AppraisalWorkbook {

    static final String SHEET = "Thẩm định";
    static final String IDENTITY_SHEET = InputWorkbook.IDENTITY_SHEET;
    static final int HEADER_ROW = 3;
    static final int COL_SELF = 5;
    static final int COL_COMPILED = 6;
    static final int COL_APPRAISED = 7;
    static final int COL_REASON = 8;
    static final String[] HEADERS = {"Mã số liệu", "Tiêu chí", "Số liệu", "Kiểu", "Giới hạn", "Đơn vị tự khai",
            "Sở tổng hợp", "Hội đồng thẩm định", "Lý do điều chỉnh"};
    private static final int LAST_COLUMN = HEADERS.length - 1;
    private static final String PROTECTION = "ictindex";

    private AppraisalWorkbook() {
    }

    /** Where an appraisal workbook comes from. */
    record Identity(long periodId, long unitId, String unitCode, String appendixId, String criteriaVersion) {

        String checksum() {
            try {
                String seal = "ictindex-appraised|" + periodId + "|" + unitId + "|" + unitCode + "|" + appendixId + "|"
                        + criteriaVersion;
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(seal.getBytes(StandardCharsets.UTF_8))).substring(0, 20);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * @param values  typed text by field key, per layer
     * @param reasons the reason of each field's APPRAISED entry
     */
    static byte[] write(SelfAssessments.Workspace workspace, Map<ScoreLayer, Map<String, String>> values,
                        Map<String, String> reasons) {
        Identity identity = new Identity(workspace.period().id(), workspace.unit().id(), workspace.unit().code(),
                workspace.appendix().id(), workspace.version().id());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ExcelStyles styles = new ExcelStyles(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            int[] widths = {18, 36, 40, 12, 14, 16, 16, 20, 40};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            Cells.spanning(sheet, 0, "SỐ LIỆU THẨM ĐỊNH – " + workspace.period().title(), styles.title, LAST_COLUMN);
            Cells.spanning(sheet, 1, workspace.unit().name() + " (" + workspace.unit().code() + ") – "
                    + workspace.appendix().title(), styles.subtitle, LAST_COLUMN);
            Cells.spanning(sheet, 2, "Chỉ sửa cột «Hội đồng thẩm định» và ghi «Lý do điều chỉnh» cho mỗi giá trị "
                    + "khác với Sở tổng hợp. Không thêm, xoá hay đổi thứ tự các dòng.", styles.subtitle, LAST_COLUMN);
            Cells.header(sheet, HEADER_ROW, HEADERS, styles.header);
            int r = HEADER_ROW + 1;
            for (InputWorkbook.Line line : InputWorkbook.lines(workspace.appendix())) {
                Row row = sheet.createRow(r++);
                Cells.text(row, InputWorkbook.COL_KEY, line.key(), styles.locked);
                Cells.text(row, InputWorkbook.COL_NODE, line.node() == null ? "Thông tin chung"
                        : line.node().key() + " – " + line.node().name(), styles.locked);
                Cells.text(row, InputWorkbook.COL_LABEL, line.label(), styles.locked);
                Cells.text(row, InputWorkbook.COL_TYPE, line.type(), styles.locked);
                Cells.text(row, InputWorkbook.COL_BOUNDS, line.bounds(), styles.locked);
                Cells.typed(row.createCell(COL_SELF), line.input(), values.get(ScoreLayer.SELF).get(line.key()),
                        styles.locked);
                Cells.typed(row.createCell(COL_COMPILED), line.input(),
                        values.get(ScoreLayer.COMPILED).get(line.key()), styles.locked);
                Cells.typed(row.createCell(COL_APPRAISED), line.input(),
                        values.get(ScoreLayer.APPRAISED).get(line.key()), styles.editable);
                Cells.text(row, COL_REASON, reasons.get(line.key()), styles.editable);
            }
            sheet.createFreezePane(1, HEADER_ROW + 1);
            ExcelStyles.printSetup(sheet, HEADER_ROW, HEADER_ROW);
            sheet.protectSheet(PROTECTION);
            Sheet id = workbook.createSheet(IDENTITY_SHEET);
            Object[] seal = {identity.periodId(), identity.unitId(), identity.unitCode(), identity.appendixId(),
                    identity.criteriaVersion(), ScoreLayer.APPRAISED.name(), identity.checksum()};
            for (int i = 0; i < seal.length; i++) {
                Row row = id.createRow(i);
                row.createCell(0).setCellValue(InputWorkbook.IDENTITY_LABELS[i].replace("Phiên bản bản tự đánh giá",
                        "Lớp điểm"));
                row.createCell(1).setCellValue(String.valueOf(seal[i]));
            }
            id.protectSheet(PROTECTION);
            workbook.setSheetVisibility(workbook.getSheetIndex(id), SheetVisibility.VERY_HIDDEN);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
