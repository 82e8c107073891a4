package vn.ictindex.appraisal;

import vn.ictindex.support.PostgresTest;

/** Clarification threads and returned nodes on PostgreSQL. */
@PostgresTest
class ClarificationsPostgresTests extends ClarificationsTests {
}
