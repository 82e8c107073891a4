package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * Bonus and penalty items outside the criteria tree (điểm thưởng, điểm trừ). Each reads a count (or an amount) from an
 * input, multiplies it by its points and caps it. The adjusted total never goes below zero; it may exceed the unit's
 * applicable maximum only when {@code totalMayExceedMax} is set.
 */
public record Adjustments(boolean totalMayExceedMax, List<Item> items) {

    public static final Adjustments NONE = new Adjustments(false, List.of());

    public Adjustments {
        items = List.copyOf(items);
    }

    public record Item(String key, String name, Kind kind, String input, BigDecimal pointsPerUnit, BigDecimal cap,
                       String note) {
    }

    public enum Kind {
        BONUS, PENALTY
    }
}
