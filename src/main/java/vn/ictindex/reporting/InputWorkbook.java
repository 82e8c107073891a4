package vn.ictindex.reporting;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ictindex.assessment.SelfAssessment;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.InputDefinition;
import vn.ictindex.scoring.InputText;
import vn.ictindex.scoring.InputType;
import vn.ictindex.scoring.InputValue;
import vn.ictindex.scoring.Numbers;
import vn.ictindex.scoring.Rule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The self-assessment input workbook an agency fills in offline: one row per input of its appendix (and per
 * hand-judged point), only the value column unlocked, and a very hidden identity sheet naming the period, the unit,
 * the appendix, the criteria version and the self-assessment version it was made from, sealed by a checksum, so that
 * a file of another unit or year, or an edited identity, is recognised on upload.
 */
public final class InputWorkbook {

    static final String INPUT_SHEET = "Số liệu";
    static final String IDENTITY_SHEET = "Thông tin";
    static final int HEADER_ROW = 3;
    static final int COL_KEY = 0;
    static final int COL_NODE = 1;
    static final int COL_LABEL = 2;
    static final int COL_TYPE = 3;
    static final int COL_BOUNDS = 4;
    static final int COL_VALUE = 5;
    static final int COL_HELP = 6;
    static final String[] HEADERS = {"Mã số liệu", "Tiêu chí", "Số liệu", "Kiểu", "Giới hạn", "Giá trị", "Hướng dẫn"};
    private static final int LAST_COLUMN = HEADERS.length - 1;
    static final String[] IDENTITY_LABELS = {"Kỳ đánh giá", "Đơn vị", "Mã đơn vị", "Phụ lục", "Bộ tiêu chí",
            "Phiên bản bản tự đánh giá", "Mã kiểm tra"};
    /** Locks the structure against accidental edits; it is no secret (the checksum catches changed identities). */
    private static final String PROTECTION = "ictindex";

    private InputWorkbook() {
    }

    /** What a workbook says about where it comes from. */
    public record Identity(long periodId, long unitId, String unitCode, String appendixId, String criteriaVersion,
                           int assessmentVersion) {

        String checksum() {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                String seal = "ictindex-input|" + periodId + "|" + unitId + "|" + unitCode + "|" + appendixId + "|"
                        + criteriaVersion + "|" + assessmentVersion;
                return HexFormat.of().formatHex(sha.digest(seal.getBytes(StandardCharsets.UTF_8))).substring(0, 20);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** One line of the input sheet: an input, or the hand-judged points of a manual node ({@code manual:NODE}). */
    record Line(String key, CriterionNode node, String label, String type, String bounds, InputDefinition input,
                String help) {
    }

    /** The lines of an appendix in document order: appendix-level inputs first, then each node's. */
    static List<Line> lines(Appendix appendix) {
        List<Line> lines = new ArrayList<>();
        for (InputDefinition input : appendix.inputs()) {
            lines.add(line(input, null));
        }
        appendix.visit(node -> {
            for (InputDefinition input : node.inputs()) {
                lines.add(line(input, node));
            }
            if (node.rule() instanceof Rule.Manual) {
                lines.add(new Line(SelfAssessment.MANUAL_PREFIX + node.key(), node, "Điểm đơn vị tự chấm",
                        "Điểm", "0 – " + Numbers.plain(node.maxPoints()), null, node.guide()));
            }
        });
        return lines;
    }

    private static Line line(InputDefinition input, CriterionNode node) {
        return new Line(input.key(), node, input.label() + (input.unit() == null ? "" : " (" + input.unit() + ")"),
                typeName(input.type()), bounds(input), input, input.help());
    }

    static String typeName(InputType type) {
        return switch (type) {
            case NUMBER -> "Số";
            case INTEGER -> "Số nguyên";
            case PERCENTAGE -> "Tỷ lệ %";
            case BOOLEAN -> "Có/Không";
            case DATE -> "Ngày (dd/MM/yyyy)";
            case CHOICE -> "Lựa chọn";
            case ITEMS -> "Danh sách (mỗi mục một dòng)";
        };
    }

    private static String bounds(InputDefinition input) {
        if (input.type() == InputType.CHOICE) {
            return String.join(", ", input.options().stream().map(InputDefinition.ChoiceOption::value).toList());
        }
        if (input.type() == InputType.PERCENTAGE && input.min() == null && input.max() == null) {
            return "0 – 100";
        }
        if (input.min() == null && input.max() == null) {
            return "";
        }
        String unit = input.type() == InputType.ITEMS ? " mục" : "";
        if (input.max() == null) {
            return "≥ " + Numbers.plain(input.min()).replace('.', ',') + unit;
        }
        if (input.min() == null) {
            return "≤ " + Numbers.plain(input.max()).replace('.', ',') + unit;
        }
        return Numbers.plain(input.min()).replace('.', ',') + " – " + Numbers.plain(input.max()).replace('.', ',')
                + unit;
    }

    public static byte[] write(SelfAssessments.Workspace workspace) {
        Appendix appendix = workspace.appendix();
        SelfAssessment assessment = workspace.assessment();
        Identity identity = new Identity(workspace.period().id(), workspace.unit().id(), workspace.unit().code(),
                appendix.id(), workspace.version().id(), assessment.version());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ExcelStyles styles = new ExcelStyles(workbook);
            Sheet sheet = workbook.createSheet(INPUT_SHEET);
            int[] widths = {18, 40, 45, 14, 16, 22, 45};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            Cells.spanning(sheet, 0, "SỐ LIỆU TỰ ĐÁNH GIÁ MỨC ĐỘ ỨNG DỤNG CNTT – " + workspace.period().title(),
                    styles.title, LAST_COLUMN);
            Cells.spanning(sheet, 1, workspace.unit().name() + " (" + workspace.unit().code() + ") – "
                    + appendix.title(), styles.subtitle, LAST_COLUMN);
            Cells.spanning(sheet, 2, "Chỉ nhập vào cột «Giá trị» (ô màu vàng): số thập phân dùng dấu phẩy hoặc ô "
                    + "số của Excel, Có/Không, ngày dd/MM/yyyy, danh sách mỗi mục một dòng. Không thêm, xoá hay đổi thứ tự "
                    + "các dòng.", styles.subtitle, LAST_COLUMN);
            sheet.getRow(2).setHeightInPoints(32);
            Cells.header(sheet, HEADER_ROW, HEADERS, styles.header);
            int r = HEADER_ROW + 1;
            List<Integer> booleanRows = new ArrayList<>();
            for (Line line : lines(appendix)) {
                Row row = sheet.createRow(r);
                Cells.text(row, COL_KEY, line.key(), styles.locked);
                Cells.text(row, COL_NODE, line.node() == null ? "Thông tin chung"
                        : line.node().key() + " – " + line.node().name(), styles.locked);
                Cells.text(row, COL_LABEL, line.label(), styles.locked);
                Cells.text(row, COL_TYPE, line.type(), styles.locked);
                Cells.text(row, COL_BOUNDS, line.bounds(), styles.locked);
                Cells.typed(row.createCell(COL_VALUE), line.input(), assessment.value(line.key()), styles.editable);
                Cells.text(row, COL_HELP, line.help(), styles.locked);
                if (line.input() != null && line.input().type() == InputType.BOOLEAN) {
                    booleanRows.add(r);
                }
                r++;
            }
            yesNo(sheet, booleanRows);
            sheet.createFreezePane(1, HEADER_ROW + 1);
            ExcelStyles.printSetup(sheet, HEADER_ROW, HEADER_ROW);
            sheet.protectSheet(PROTECTION);
            identitySheet(workbook, identity);
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void yesNo(Sheet sheet, List<Integer> rows) {
        if (rows.isEmpty()) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        CellRangeAddressList cells = new CellRangeAddressList();
        rows.forEach(r -> cells.addCellRangeAddress(r, COL_VALUE, r, COL_VALUE));
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(
                new String[]{"có", "không"}), cells);
        validation.setShowErrorBox(true);
        validation.createErrorBox("Giá trị không hợp lệ", "Chọn «có» hoặc «không»");
        sheet.addValidationData(validation);
    }

    private static void identitySheet(XSSFWorkbook workbook, Identity identity) {
        Sheet sheet = workbook.createSheet(IDENTITY_SHEET);
        Object[] values = {identity.periodId(), identity.unitId(), identity.unitCode(), identity.appendixId(),
                identity.criteriaVersion(), identity.assessmentVersion(), identity.checksum()};
        for (int i = 0; i < values.length; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(IDENTITY_LABELS[i]);
            row.createCell(1).setCellValue(String.valueOf(values[i]));
        }
        sheet.protectSheet(PROTECTION);
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }
}
