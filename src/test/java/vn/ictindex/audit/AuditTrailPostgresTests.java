package vn.ictindex.audit;

import vn.ictindex.support.PostgresTest;

/** The hash chain scenarios of {@link AuditTrailTests} on PostgreSQL, the production database. */
@PostgresTest
class AuditTrailPostgresTests extends AuditTrailTests {
}
