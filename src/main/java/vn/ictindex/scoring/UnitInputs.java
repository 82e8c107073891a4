package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything one unit brings to the engine for one appendix: its inputs by key, the nodes it claims are not applicable,
 * and the points entered by hand for manual-rule nodes. Each is kept sorted by key, so that the engine reads them,
 * and reports their problems, in the same order whatever order they were given in and on every machine.
 */
public record UnitInputs(String unitId, Map<String, InputValue> inputs, Set<String> notApplicable,
                         Map<String, BigDecimal> manualPoints) {

    public UnitInputs {
        inputs = Collections.unmodifiableMap(new TreeMap<>(Map.copyOf(inputs)));
        notApplicable = Collections.unmodifiableSet(new TreeSet<>(Set.copyOf(notApplicable)));
        manualPoints = Collections.unmodifiableMap(new TreeMap<>(Map.copyOf(manualPoints)));
    }

    public static UnitInputs of(String unitId, Map<String, InputValue> inputs) {
        return new UnitInputs(unitId, inputs, Set.of(), Map.of());
    }
}
