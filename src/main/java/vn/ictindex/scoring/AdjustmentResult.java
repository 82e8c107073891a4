package vn.ictindex.scoring;

import java.math.BigDecimal;

/** One bonus or penalty applied to a unit's total: the signed points and how they were reached. */
public record AdjustmentResult(Adjustments.Item item, BigDecimal count, BigDecimal points, String explanation) {
}
