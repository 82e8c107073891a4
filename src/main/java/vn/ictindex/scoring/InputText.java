package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads what a person typed into a value of an input's type, the Vietnamese way (decimal comma, dd/MM/yyyy, "có" /
 * "không"), and writes values back as text. Used by the self-assessment form and the command line alike.
 */
public final class InputText {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(\\||\\n)\\s*");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

    private InputText() {
    }

    /**
     * The typed text as a value, or null when it cannot be read as the input's type. Bounds and constraints are the
     * engine's to check, so that every channel reports them alike.
     *
     * @param decimalComma whether a lone «.» between digit groups is a thousands separator (1.250 = 1250), as in
     *                     Vietnamese text; a «,» is always a decimal comma when there is no «.»
     */
    public static InputValue parse(InputDefinition input, String text, boolean decimalComma) {
        String cell = text == null ? "" : text.strip();
        switch (input.type()) {
            case NUMBER, INTEGER, PERCENTAGE -> {
                String t = input.type() == InputType.PERCENTAGE && cell.endsWith("%")
                        ? cell.substring(0, cell.length() - 1).strip() : cell;
                BigDecimal n = number(t, decimalComma);
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
                return cell.isEmpty() ? null : new InputValue.ChoiceValue(cell);
            }
            case ITEMS -> {
                if (cell.equals("-") || cell.equals("—") || cell.equals("0")) {
                    return new InputValue.ItemsValue(List.of());
                }
                return new InputValue.ItemsValue(Arrays.stream(LIST_SEPARATOR.split(cell))
                        .filter(s -> !s.isBlank()).toList());
            }
            default -> throw new IllegalStateException(input.type().name());
        }
    }

    /**
     * A number written 2.5, 2,5, 1.250,5 or 1,250.5 (with spaces allowed between digit groups); with
     * {@code decimalComma}, 1.250 is one thousand two hundred and fifty.
     */
    public static BigDecimal number(String text, boolean decimalComma) {
        String t = text.replace(" ", "").replace("\u00a0", "");
        if (t.contains(",") && t.contains(".")) {
            t = t.lastIndexOf(',') > t.lastIndexOf('.') ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else if (t.contains(",")) {
            t = t.replace(',', '.');
        } else if (decimalComma && THOUSANDS.matcher(t).matches()) {
            t = t.replace(".", "");
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The value as a person would type it: 2,5 · có · 31/03/2019 · one item per line. Parsing it gives it back. */
    public static String format(InputValue value) {
        if (value instanceof InputValue.NumberValue n) {
            return n.value().toPlainString().replace('.', ',');
        }
        if (value instanceof InputValue.BooleanValue b) {
            return b.value() ? "có" : "không";
        }
        if (value instanceof InputValue.ItemsValue items) {
            return items.items().isEmpty() ? "-" : String.join("\n", items.items());
        }
        if (value instanceof InputValue.ChoiceValue c) {
            return c.value();
        }
        return value.describe();
    }

    /** A Vietnamese sentence saying what the input expects, for a message next to the field. */
    public static String expected(InputDefinition input) {
        return switch (input.type()) {
            case NUMBER -> "một số (ví dụ 12 hoặc 2,5)";
            case PERCENTAGE -> "một tỷ lệ phần trăm từ 0 đến 100 (ví dụ 85 hoặc 85,5)";
            case INTEGER -> "một số nguyên (ví dụ 25)";
            case BOOLEAN -> "Có hoặc Không";
            case DATE -> "một ngày dạng dd/MM/yyyy";
            case CHOICE -> "một trong các lựa chọn (" + String.join(", ", input.options().stream()
                    .map(InputDefinition.ChoiceOption::value).toList()) + ")";
            case ITEMS -> "danh sách các mục, mỗi mục một dòng";
        };
    }
}
