package vn.ictindex.results;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A snapshot sent to the units (PRELIMINARY, with the window in which they may object) or published (FINAL).
 *
 * @param objectionsFrom  first day objections are accepted (PRELIMINARY only)
 * @param objectionsUntil last day, inclusive (PRELIMINARY only)
 */
public record Publication(long id, long snapshotId, long periodId, String appendixId, SnapshotKind kind,
                          LocalDate objectionsFrom, LocalDate objectionsUntil, Instant publishedAt,
                          String publishedBy) {

    public boolean acceptsObjectionsOn(LocalDate day) {
        return kind == SnapshotKind.PRELIMINARY && !day.isBefore(objectionsFrom) && !day.isAfter(objectionsUntil);
    }
}
