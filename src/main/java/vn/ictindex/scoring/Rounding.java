package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How points are rounded: to {@code decimals} places (0–4) with {@code mode}; when {@code sumOfRounded} is set, a
 * group's and the total's points are the sums of their rounded parts (as a spreadsheet adds the printed numbers),
 * otherwise the exact sum is rounded once.
 */
public record Rounding(int decimals, RoundingMode mode, boolean sumOfRounded) {

    public static final Rounding DEFAULT = new Rounding(2, RoundingMode.HALF_UP, true);

    public BigDecimal apply(BigDecimal value) {
        return value.setScale(decimals, mode);
    }
}
