package vn.ictindex.appraisal;

import java.time.Instant;

/** Whether one evidence item supports one node of a unit, as the department (or council) judged it, and why. */
public record EvidenceDecision(long id, long periodId, long unitId, long evidenceId, String nodeKey, boolean accepted,
                               String reason, String decidedBy, Instant decidedAt, int version) {
}
