package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Everything one unit brings to the engine for one appendix: its inputs by key, the nodes it claims are not applicable,
 * and the points entered by hand for manual-rule nodes. The maps are compact immutable copies (a group holds thousands
 * of units); the engine reads them in the appendix's order, so results and problems come out the same whatever order
 * they were given in and on every machine.
 */
public record UnitInputs(String unitId, Map<String, InputValue> inputs, Set<String> notApplicable,
                         Map<String, BigDecimal> manualPoints) {

    public UnitInputs {
        inputs = Map.copyOf(inputs);
        notApplicable = Set.copyOf(notApplicable);
        manualPoints = Map.copyOf(manualPoints);
    }

    public static UnitInputs of(String unitId, Map<String, InputValue> inputs) {
        return new UnitInputs(unitId, inputs, Set.of(), Map.of());
    }
}
