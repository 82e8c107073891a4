package vn.ictindex.criteria.cli;

import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.InputDefinition;
import vn.ictindex.scoring.InputValue;
import vn.ictindex.scoring.UnitInputs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*\\|\\s*");

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

    /**
     * The cell as a value of the input's type, or null when it cannot be read. Range and constraint checks are the
     * engine's, so that the CLI and the application report them alike.
     */
    static InputValue value(InputDefinition input, String cell, boolean decimalComma) {
        switch (input.type()) {
            case NUMBER, INTEGER, PERCENTAGE -> {
                String text = input.type() == vn.ictindex.scoring.InputType.PERCENTAGE && cell.endsWith("%")
                        ? cell.substring(0, cell.length() - 1).strip() : cell;
                BigDecimal n = number(text, decimalComma);
                return n == null ? null : new InputValue.NumberValue(n);
            }
            case BOOLEAN -> {
                return switch (cell.toLowerCase(Locale.ROOT)) {
                    case "có", "co", "yes", "true", "1", "x", "đạt", "dat" -> new InputValue.BooleanValue(true);
                    case "không", "khong", "no", "false", "0", "chưa", "chua" -> new InputValue.BooleanValue(false);
                    default -> null;
                };
            }
            case DATE -> {
                try {
                    return new InputValue.DateValue(cell.contains("/") ? LocalDate.parse(cell, VIETNAMESE_DATE)
                            : LocalDate.parse(cell));
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
            case CHOICE -> {
                return new InputValue.ChoiceValue(cell);
            }
            case ITEMS -> {
                if (cell.equals("-") || cell.equals("—") || cell.equals("0")) {
                    return new InputValue.ItemsValue(List.of());
                }
                return new InputValue.ItemsValue(Arrays.stream(LIST_SEPARATOR.split(cell)).filter(s -> !s.isBlank())
                        .toList());
            }
            default -> throw new IllegalStateException(input.type().name());
        }
    }

    /**
     * 2.5 and 2,5 (decimal comma: quote it when «,» separates the cells), 1.250,5 and 1,250.5. With «;» as separator
     * (Vietnamese Excel) 1.250 is one thousand two hundred and fifty.
     */
    static BigDecimal number(String text, boolean decimalComma) {
        String t = text.replace(" ", "").replace("\u00a0", "");
        if (t.contains(",") && t.contains(".")) {
            t = t.lastIndexOf(',') > t.lastIndexOf('.') ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else if (t.contains(",")) {
            t = t.replace(',', '.');
        } else if (decimalComma && t.matches("-?\\d{1,3}(\\.\\d{3})+")) {
            t = t.replace(".", "");
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
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
