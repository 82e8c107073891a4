package vn.ictindex.criteria;

import vn.ictindex.support.PostgresTest;

/** {@link CriteriaVersionsContract} on PostgreSQL, the production database. */
@PostgresTest
class CriteriaVersionsPostgresTests extends CriteriaVersionsContract {
}
