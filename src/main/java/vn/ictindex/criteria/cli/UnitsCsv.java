package vn.ictindex.criteria.cli;

import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.InputDefinition;
import vn.ictindex.scoring.InputText;
import vn.ictindex.scoring.InputValue;
import vn.ictindex.scoring.UnitInputs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the figures of a group of units from a spreadsheet saved as CSV (layout in {@code docs/cli.md}): one row per
 * unit, a column {@code unit}, an optional {@code name}, one column per input key, {@code not_applicable} with node keys
 * and {@code manual:KEY} columns for hand-judged points. Every problem is collected with its line and column.
 */
final class UnitsCsv {

    static final String UNIT = "unit";
    static final String NAME = "name";
    static final String NOT_APPLICABLE = "not_applicable";
    static final String MANUAL = "manual:";


    record Row(UnitInputs inputs, String name, int line) {
    }

    record Result(List<Row> rows, List<String> problems) {
    }

    private UnitsCsv() {
    }

    static Result read(String fileName, String text, Appendix appendix) {
        List<String> problems = new ArrayList<>();
        List<String[]> lines = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] raw = content.split("\r?\n", -1);
        char separator = 0;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (separator == 0) {
                separator = line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';'
                        : line.indexOf(';') >= 0 && line.indexOf(';') < line.indexOf(',') ? ';' : ',';
            }
            try {
                lines.add(split(line, separator));
                lineNumbers.add(i + 1);
            } catch (IllegalArgumentException e) {
                problems.add(fileName + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        if (lines.isEmpty()) {
            problems.add(fileName + ": tệp không có dòng tiêu đề (unit, name, các mã số liệu…)");
            return new Result(List.of(), problems);
        }
        String[] header = Arrays.stream(lines.get(0)).map(String::strip).toArray(String[]::new);
        Map<String, InputDefinition> inputs = new HashMap<>();
        appendix.allInputs().forEach(i -> inputs.put(i.key(), i));
        Set<String> nodeKeys = new HashSet<>();
        appendix.visit(n -> nodeKeys.add(n.key()));
        checkHeader(fileName, lineNumbers.get(0), header, inputs, nodeKeys, problems);
        boolean decimalComma = separator == ';';
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = 1; r < lines.size(); r++) {
            String[] cells = lines.get(r);
            int lineNo = lineNumbers.get(r);
            if (cells.length > header.length) {
                problems.add(fileName + ":" + lineNo + ": dòng có " + cells.length + " ô, nhiều hơn " + header.length
                        + " cột của dòng tiêu đề");
            }
            String unit = null;
            String name = null;
            Map<String, InputValue> values = new LinkedHashMap<>();
            Set<String> notApplicable = new LinkedHashSet<>();
            Map<String, BigDecimal> manual = new LinkedHashMap<>();
            for (int c = 0; c < header.length && c < cells.length; c++) {
                String cell = cells[c].strip();
                if (cell.isEmpty()) {
                    continue;
                }
                String column = header[c];
                String at = fileName + ":" + lineNo + ": cột «" + column + "»: ";
                if (column.equals(UNIT)) {
                    unit = cell;
                } else if (column.equals(NAME)) {
                    name = cell;
                } else if (column.equals(NOT_APPLICABLE)) {
                    for (String key : cell.split("[\\s|]+")) {
                        if (!nodeKeys.contains(key)) {
                            problems.add(at + "không có tiêu chí «" + key + "» trong " + appendix.id());
                        }
                        notApplicable.add(key);
                    }
                } else if (column.startsWith(MANUAL)) {
                    BigDecimal points = number(cell, decimalComma);
                    if (points == null) {
                        problems.add(at + "«" + cell + "» không phải là số điểm");
                    } else {
                        manual.put(column.substring(MANUAL.length()), points);
                    }
                } else if (inputs.containsKey(column)) {
                    InputValue value = value(inputs.get(column), cell, decimalComma);
                    if (value == null) {
                        problems.add(at + "«" + cell + "» không đúng kiểu " + typeName(inputs.get(column)));
                    } else {
                        values.put(column, value);
                    }
                }
            }
            if (unit == null) {
                problems.add(fileName + ":" + lineNo + ": thiếu mã đơn vị ở cột «unit»");
                continue;
            }
            if (!seen.add(unit)) {
                problems.add(fileName + ":" + lineNo + ": đơn vị «" + unit + "» xuất hiện hai lần");
                continue;
            }
            rows.add(new Row(new UnitInputs(unit, values, notApplicable, manual), name == null ? unit : name, lineNo));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(fileName + ": không có dòng số liệu nào của đơn vị");
        }
        return new Result(rows, problems);
    }

    private static void checkHeader(String fileName, int line, String[] header, Map<String, InputDefinition> inputs,
                                    Set<String> nodeKeys, List<String> problems) {
        Set<String> columns = new HashSet<>();
        boolean hasUnit = false;
        for (int c = 0; c < header.length; c++) {
            String column = header[c];
            String at = fileName + ":" + line + ": cột " + (c + 1) + " «" + column + "»: ";
            if (!columns.add(column)) {
                problems.add(at + "tên cột bị trùng");
            }
            if (column.equals(UNIT)) {
                hasUnit = true;
            } else if (column.startsWith(MANUAL)) {
                if (!nodeKeys.contains(column.substring(MANUAL.length()))) {
                    problems.add(at + "không có tiêu chí «" + column.substring(MANUAL.length()) + "»");
                }
            } else if (!column.equals(NAME) && !column.equals(NOT_APPLICABLE) && !inputs.containsKey(column)) {
                problems.add(at + "không phải là mã số liệu của phụ lục (xem «criteria validate» để biết các mã)");
            }
        }
        if (!hasUnit) {
            problems.add(fileName + ":" + line + ": dòng tiêu đề phải có cột «unit» (mã đơn vị)");
        }
    }

    private static String typeName(InputDefinition input) {
        return switch (input.type()) {
            case NUMBER, PERCENTAGE -> "số";
            case INTEGER -> "số nguyên";
            case BOOLEAN -> "có/không";
            case DATE -> "ngày dd/MM/yyyy";
            case CHOICE -> "lựa chọn (" + String.join(", ", input.options().stream()
                    .map(InputDefinition.ChoiceOption::value).toList()) + ")";
            case ITEMS -> "danh sách";
        };
    }

    /** The cell as a value of the input's type, or null when it cannot be read (see {@link InputText}). */
    static InputValue value(InputDefinition input, String cell, boolean decimalComma) {
        return InputText.parse(input, cell, decimalComma);
    }

    static BigDecimal number(String text, boolean decimalComma) {
        return InputText.number(text, decimalComma);
    }

    /** Splits one CSV line (RFC 4180 quoting; a quoted field may not span lines here). */
    static String[] split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (ch == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("dấu ngoặc kép chưa được đóng");
        }
        cells.add(cell.toString());
        return cells.toArray(new String[0]);
    }
}
