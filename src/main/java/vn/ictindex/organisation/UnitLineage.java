package vn.ictindex.organisation;

import java.time.LocalDate;

/**
 * One lineage event of a unit: a merger, rename, split or abolition. Events are only ever added, never changed or
 * deleted, so that a year's results stay traceable to today's units.
 *
 * @param successorId   the unit that carries on, when it is in the register
 * @param successorCode its code, or null
 * @param successorName its name, or null
 * @param successorText the successor as free text (a unit outside the register, or the new name), or null
 */
public record UnitLineage(long id, long unitId, LineageEvent event, LocalDate date, Long successorId,
                          String successorCode, String successorName, String successorText, String note) {
}
