package vn.ictindex.appraisal;

import vn.ictindex.support.PostgresTest;

/** Council appraisal on PostgreSQL: layers, assignments, sign-off, and the stale edit of two appraisers. */
@PostgresTest
class CouncilAppraisalPostgresTests extends CouncilAppraisalTests {
}
