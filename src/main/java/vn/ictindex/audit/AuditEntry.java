package vn.ictindex.audit;

import java.time.Instant;

/**
 * One recorded change.
 *
 * @param action      what happened, e.g. {@code SELF_ASSESSMENT_SUBMITTED}
 * @param subjectType what kind of thing changed, e.g. {@code self_assessment}
 * @param subjectId   which one
 * @param unitId      the unit concerned, or null
 * @param periodId    the period concerned, or null
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subjectType,
                         String subjectId, Long unitId, Long periodId, String oldValue, String newValue,
                         String reason) {
}
