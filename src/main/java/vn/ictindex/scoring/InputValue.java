package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A value a unit entered for one input. */
public sealed interface InputValue {

    String describe();

    record NumberValue(BigDecimal value) implements InputValue {
        public String describe() {
            return Numbers.plain(value);
        }
    }

    record BooleanValue(boolean value) implements InputValue {
        public String describe() {
            return value ? "Có" : "Không";
        }
    }

    record DateValue(LocalDate value) implements InputValue {
        public String describe() {
            return String.format("%02d/%02d/%04d", value.getDayOfMonth(), value.getMonthValue(), value.getYear());
        }
    }

    record ChoiceValue(String value) implements InputValue {
        public String describe() {
            return value;
        }
    }

    record ItemsValue(List<String> items) implements InputValue {
        public ItemsValue {
            items = List.copyOf(items);
        }

        public String describe() {
            return items.size() + " mục";
        }
    }

    static InputValue of(long number) {
        return new NumberValue(BigDecimal.valueOf(number));
    }

    static InputValue of(String number) {
        return new NumberValue(new BigDecimal(number));
    }

    static InputValue of(boolean value) {
        return new BooleanValue(value);
    }
}
