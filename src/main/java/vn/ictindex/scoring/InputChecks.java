package vn.ictindex.scoring;

import java.math.BigDecimal;

/** Checks one entered value against its input definition: type, bounds, whole numbers, known choices. */
final class InputChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InputChecks() {
    }

    /**
     * An input definition's limits read once, to accept the common value (a number in range, a yes/no, a known
     * choice) without building anything; whatever it does not accept goes to {@link #problem} for the sentence.
     */
    static final class Acceptance {
        private final InputType type;
        private final BigDecimal min;
        private final BigDecimal max;
        private final java.util.Set<String> choices;

        Acceptance(InputDefinition input) {
            this.type = input.type();
            this.min = input.min() != null ? input.min() : type == InputType.PERCENTAGE ? BigDecimal.ZERO : null;
            this.max = input.max() != null ? input.max() : type == InputType.PERCENTAGE ? HUNDRED : null;
            java.util.Set<String> values = new java.util.HashSet<>();
            input.options().forEach(o -> values.add(o.value()));
            this.choices = values;
        }

        /** True only for a value {@link #problem} finds nothing wrong with; false means "ask it". */
        boolean accepts(InputValue value) {
            switch (type) {
                case NUMBER, INTEGER, PERCENTAGE -> {
                    if (!(value instanceof InputValue.NumberValue n)) {
                        return false;
                    }
                    BigDecimal v = n.value();
                    return (type != InputType.INTEGER || v.scale() <= 0)
                            && (min == null || v.compareTo(min) >= 0) && (max == null || v.compareTo(max) <= 0);
                }
                case BOOLEAN -> {
                    return value instanceof InputValue.BooleanValue;
                }
                case CHOICE -> {
                    return value instanceof InputValue.ChoiceValue c && choices.contains(c.value());
                }
                default -> {
                    return false;
                }
            }
        }
    }

    /** A Vietnamese sentence saying what is wrong with the value, or null when it is acceptable. */
    static String problem(InputDefinition input, InputValue value) {
        String problem = check(input, value);
        return problem == null ? null : "«" + input.label() + "»" + problem;
    }

    /** What is wrong, as the end of a sentence that starts with the input's label; null when nothing is. */
    private static String check(InputDefinition input, InputValue value) {
        switch (input.type()) {
            case NUMBER, INTEGER, PERCENTAGE -> {
                if (!(value instanceof InputValue.NumberValue n)) {
                    return " phải là một số, không phải «" + value.describe() + "»";
                }
                BigDecimal v = n.value();
                if (input.type() == InputType.INTEGER && v.scale() > 0 && v.stripTrailingZeros().scale() > 0) {
                    return " phải là số nguyên, không phải " + Numbers.plain(v);
                }
                BigDecimal min = input.min() != null ? input.min()
                        : input.type() == InputType.PERCENTAGE ? BigDecimal.ZERO : null;
                BigDecimal max = input.max() != null ? input.max()
                        : input.type() == InputType.PERCENTAGE ? HUNDRED : null;
                if (min != null && v.compareTo(min) < 0) {
                    return " = " + Numbers.plain(v) + " nhỏ hơn mức tối thiểu " + Numbers.plain(min);
                }
                if (max != null && v.compareTo(max) > 0) {
                    return " = " + Numbers.plain(v) + " lớn hơn mức tối đa " + Numbers.plain(max);
                }
                return null;
            }
            case BOOLEAN -> {
                return value instanceof InputValue.BooleanValue ? null
                        : " phải là Có hoặc Không, không phải «" + value.describe() + "»";
            }
            case DATE -> {
                return value instanceof InputValue.DateValue ? null
                        : " phải là một ngày (dd/MM/yyyy), không phải «" + value.describe() + "»";
            }
            case CHOICE -> {
                if (!(value instanceof InputValue.ChoiceValue c)) {
                    return " phải là một trong các lựa chọn, không phải «" + value.describe() + "»";
                }
                return input.option(c.value()).isPresent() ? null
                        : ": «" + c.value() + "» không có trong danh sách lựa chọn";
            }
            case ITEMS -> {
                if (!(value instanceof InputValue.ItemsValue items)) {
                    return " phải là danh sách các mục, không phải «" + value.describe() + "»";
                }
                int count = items.items().size();
                if (input.min() != null && BigDecimal.valueOf(count).compareTo(input.min()) < 0) {
                    return " có " + count + " mục, ít hơn mức tối thiểu " + Numbers.plain(input.min());
                }
                if (input.max() != null && BigDecimal.valueOf(count).compareTo(input.max()) > 0) {
                    return " có " + count + " mục, nhiều hơn mức tối đa " + Numbers.plain(input.max());
                }
                if (anyBlank(items.items())) {
                    return " có mục để trống tên";
                }
                return null;
            }
            default -> throw new IllegalStateException(input.type().name());
        }
    }

    private static boolean anyBlank(java.util.List<String> items) {
        // by index: an iterator per value adds up over a group's thousands of lists
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            if (item == null || item.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value as a number for arithmetic: numbers as they are, yes as 1 and no as 0, a list as its count, a date as
     * its day number. Null for a missing value or a choice.
     */
    static BigDecimal number(InputValue value) {
        if (value instanceof InputValue.NumberValue n) {
            return n.value();
        }
        if (value instanceof InputValue.BooleanValue b) {
            return b.value() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (value instanceof InputValue.ItemsValue items) {
            return BigDecimal.valueOf(items.items().size());
        }
        if (value instanceof InputValue.DateValue d) {
            return BigDecimal.valueOf(d.value().toEpochDay());
        }
        return null;
    }
}
