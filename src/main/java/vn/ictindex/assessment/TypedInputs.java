package vn.ictindex.assessment;

import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.InputDefinition;
import vn.ictindex.scoring.InputText;
import vn.ictindex.scoring.InputValue;
import vn.ictindex.scoring.Rule;
import vn.ictindex.scoring.UnitInputs;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Typed text (as a person entered it, in any score layer) read into the engine's inputs. Text that cannot be read is
 * left out of the inputs and reported by field, so that it never counts silently.
 */
public final class TypedInputs {

    private TypedInputs() {
    }

    /**
     * @param inputs      what the engine receives
     * @param fieldErrors by input key or {@code manual:NODE}: a Vietnamese sentence for the field
     */
    public record Read(UnitInputs inputs, Map<String, String> fieldErrors) {
    }

    /**
     * @param values        typed text by input key, and hand-judged points by {@code manual:NODE}
     * @param notApplicable node keys claimed (or decided) not applicable
     */
    public static Read read(String unitId, Appendix appendix, Map<String, String> values, Set<String> notApplicable) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        Map<String, InputValue> inputs = new LinkedHashMap<>();
        for (InputDefinition input : appendix.allInputs()) {
            String text = values.getOrDefault(input.key(), "");
            if (text.isBlank()) {
                continue;
            }
            InputValue value = InputText.parse(input, text, true);
            if (value == null) {
                fieldErrors.put(input.key(), "Cần nhập " + InputText.expected(input) + ", không phải «" + text + "»");
            } else {
                inputs.put(input.key(), value);
            }
        }
        Map<String, BigDecimal> manual = new LinkedHashMap<>();
        for (CriterionNode node : appendix.allNodes()) {
            if (!(node.rule() instanceof Rule.Manual)) {
                continue;
            }
            String key = SelfAssessment.MANUAL_PREFIX + node.key();
            String text = values.getOrDefault(key, "");
            if (text.isBlank()) {
                continue;
            }
            BigDecimal points = InputText.number(text, true);
            if (points == null) {
                fieldErrors.put(key, "Cần nhập số điểm (ví dụ 4,5), không phải «" + text + "»");
            } else {
                manual.put(node.key(), points);
            }
        }
        return new Read(new UnitInputs(unitId, inputs, notApplicable, manual), fieldErrors);
    }
}
