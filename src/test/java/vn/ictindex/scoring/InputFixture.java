package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static vn.ictindex.scoring.Decimals.dec;

/** A figure a unit fills in, declared the way a criteria file declares it. */
final class InputFixture {

    private final String key;
    private final InputType type;
    private BigDecimal min;
    private BigDecimal max;
    private String unit;
    private final List<InputDefinition.ChoiceOption> options = new ArrayList<>();

    private InputFixture(String key, InputType type) {
        this.key = key;
        this.type = type;
    }

    static InputFixture integer(String key) {
        return new InputFixture(key, InputType.INTEGER);
    }

    static InputFixture count(String key) {
        return integer(key).min(0);
    }

    static InputFixture number(String key) {
        return new InputFixture(key, InputType.NUMBER);
    }

    static InputFixture percentage(String key) {
        return new InputFixture(key, InputType.PERCENTAGE);
    }

    static InputFixture yesNo(String key) {
        return new InputFixture(key, InputType.BOOLEAN);
    }

    static InputFixture date(String key) {
        return new InputFixture(key, InputType.DATE);
    }

    static InputFixture items(String key) {
        return new InputFixture(key, InputType.ITEMS);
    }

    static InputFixture choice(String key, String... values) {
        InputFixture input = new InputFixture(key, InputType.CHOICE);
        for (String value : values) {
            input.option(value, value);
        }
        return input;
    }

    InputFixture min(Number value) {
        this.min = dec(value);
        return this;
    }

    InputFixture max(Number value) {
        this.max = dec(value);
        return this;
    }

    /** What is counted, shown in traces: "máy tính". */
    InputFixture counting(String unitName) {
        this.unit = unitName;
        return this;
    }

    InputFixture option(String value, String label) {
        options.add(new InputDefinition.ChoiceOption(value, label));
        return this;
    }

    String key() {
        return key;
    }

    InputDefinition build() {
        return new InputDefinition(key, "Số liệu " + key, "Input " + key, type, min, max, unit, options, null);
    }
}
