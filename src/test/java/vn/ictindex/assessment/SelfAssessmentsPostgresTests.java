package vn.ictindex.assessment;

import vn.ictindex.support.PostgresTest;

/** The self-assessment scenarios of {@link SelfAssessmentsTests} on PostgreSQL, the production database. */
@PostgresTest
class SelfAssessmentsPostgresTests extends SelfAssessmentsTests {
}
