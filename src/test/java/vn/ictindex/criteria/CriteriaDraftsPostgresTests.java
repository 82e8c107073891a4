package vn.ictindex.criteria;

import vn.ictindex.support.PostgresTest;

/** {@link CriteriaDraftsContract} on PostgreSQL, the production database. */
@PostgresTest
class CriteriaDraftsPostgresTests extends CriteriaDraftsContract {
}
