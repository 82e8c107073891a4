package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A figure that a unit fills in and that rules read: a number, a yes/no, a choice, a list of named items...
 *
 * @param min     inclusive lower bound for numeric inputs (and the fewest items for a list), or null
 * @param max     inclusive upper bound, or null
 * @param unit    what is counted, shown in traces ("máy tính", "văn bản"), or null
 * @param options the allowed values of a {@link InputType#CHOICE} input, empty otherwise
 */
public record InputDefinition(
        String key,
        String label,
        String labelEn,
        InputType type,
        BigDecimal min,
        BigDecimal max,
        String unit,
        List<ChoiceOption> options,
        String help) {

    public InputDefinition {
        options = List.copyOf(options);
    }

    public Optional<ChoiceOption> option(String value) {
        // a loop, not a stream: the engine asks this for every unit's choice
        for (ChoiceOption option : options) {
            if (option.value().equals(value)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }

    /** One allowed value of a choice input, with the label the unit sees. */
    public record ChoiceOption(String value, String label) {
    }
}
