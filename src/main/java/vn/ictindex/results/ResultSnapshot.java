package vn.ictindex.results;

import java.time.Instant;

/**
 * The stored answer of the engine for one target group of a period: which criteria version and engine produced it,
 * when, by whom, why, and the snapshot it supersedes. Never changed once stored.
 */
public record ResultSnapshot(long id, long periodId, String appendixId, String criteriaVersionId,
                             String engineVersion, SnapshotKind kind, String reason, Long supersedesId,
                             Instant computedAt, String computedBy) {
}
