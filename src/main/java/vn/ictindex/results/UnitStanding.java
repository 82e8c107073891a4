package vn.ictindex.results;

import java.math.BigDecimal;

/**
 * One unit's line of a snapshot.
 *
 * @param total          null when the unit's figures have errors (then no class and no rank)
 * @param classification the band label in Vietnamese, or null
 * @param rank           standard competition rank in the group (1, 2, 2, 4), or null
 * @param adjustments    bonuses and penalties as sentences, one per line (empty when none)
 * @param problems       the engine's errors and warnings, one per line (empty when none)
 */
public record UnitStanding(long snapshotId, long unitId, BigDecimal total, BigDecimal applicableMax,
                           BigDecimal percent, String classification, Integer rank, String adjustments,
                           String problems) {
}
