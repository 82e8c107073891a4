package vn.ictindex.consultation;

import vn.ictindex.support.PostgresTest;

/** The consultation scenarios of {@link ConsultationsTests} on PostgreSQL, the production database. */
@PostgresTest
class ConsultationsPostgresTests extends ConsultationsTests {
}
