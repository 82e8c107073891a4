package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.ictindex.scoring.Decimals.dec;

/** What one unit enters: {@code UnitFixture.unit("U1").with("staff", 25).with("tslcd", true)}. */
final class UnitFixture {

    private final String unitId;
    private final Map<String, InputValue> inputs = new LinkedHashMap<>();
    private final Set<String> notApplicable = new LinkedHashSet<>();
    private final Map<String, BigDecimal> manual = new LinkedHashMap<>();

    private UnitFixture(String unitId) {
        this.unitId = unitId;
    }

    static UnitFixture unit(String unitId) {
        return new UnitFixture(unitId);
    }

    UnitFixture with(String input, Number value) {
        return with(input, new InputValue.NumberValue(dec(value)));
    }

    /** A number written as text, to keep its scale: {@code with("x", "429.990")}. */
    UnitFixture with(String input, String decimal) {
        return with(input, new InputValue.NumberValue(dec(decimal)));
    }

    UnitFixture with(String input, boolean yes) {
        return with(input, new InputValue.BooleanValue(yes));
    }

    UnitFixture with(String input, InputValue value) {
        inputs.put(input, value);
        return this;
    }

    UnitFixture choosing(String input, String option) {
        return with(input, new InputValue.ChoiceValue(option));
    }

    UnitFixture listing(String input, String... items) {
        return with(input, new InputValue.ItemsValue(List.of(items)));
    }

    UnitFixture dated(String input, LocalDate date) {
        return with(input, new InputValue.DateValue(date));
    }

    /** Claims that these nodes do not apply to the unit (không áp dụng). */
    UnitFixture claimingNotApplicable(String... nodeKeys) {
        notApplicable.addAll(List.of(nodeKeys));
        return this;
    }

    /** The council's points for a manual node. */
    UnitFixture judged(String nodeKey, Number points) {
        manual.put(nodeKey, dec(points));
        return this;
    }

    String unitId() {
        return unitId;
    }

    UnitInputs build() {
        return new UnitInputs(unitId, inputs, notApplicable, manual);
    }
}
