package vn.ictindex.results;

import vn.ictindex.support.PostgresTest;

/** Snapshots, corrections, publications and objections of {@link ResultSnapshotsTests} on PostgreSQL. */
@PostgresTest
class ResultSnapshotsPostgresTests extends ResultSnapshotsTests {
}
