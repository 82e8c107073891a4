package vn.ictindex.organisation;

import vn.ictindex.support.PostgresTest;

/** {@link UnitRegisterContract} on PostgreSQL, the production database. */
@PostgresTest
class UnitRegisterPostgresTests extends UnitRegisterContract {
}
