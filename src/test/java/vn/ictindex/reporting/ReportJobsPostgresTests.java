package vn.ictindex.reporting;

import vn.ictindex.support.PostgresTest;

/** The background report jobs of {@link ReportJobsTests} on PostgreSQL (BYTEA file, timestamps with time zone). */
@PostgresTest
class ReportJobsPostgresTests extends ReportJobsTests {
}
