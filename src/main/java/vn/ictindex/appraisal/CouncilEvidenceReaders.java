package vn.ictindex.appraisal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.assessment.evidence.CouncilEvidenceAccess;

/**
 * A council member reads the evidence of the units it appraises: a unit assigned to it, or any unit of a target group
 * one of whose criteria groups is assigned to it, in any period.
 */
@Component
class CouncilEvidenceReaders implements CouncilEvidenceAccess {

    private final JdbcClient jdbc;

    CouncilEvidenceReaders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean mayRead(CurrentUser councilMember, long unitId) {
        if (councilMember.role() != Role.COUNCIL) {
            return false;
        }
        return jdbc.sql("""
                        SELECT COUNT(*) FROM council_assignment a
                        WHERE a.member = :member AND (a.unit_id = :unit OR (a.unit_id IS NULL AND EXISTS (
                            SELECT 1 FROM period_participant p WHERE p.period_id = a.period_id AND p.unit_id = :unit
                                AND p.appendix_id = a.appendix_id)))""")
                .param("member", councilMember.username()).param("unit", unitId)
                .query(Long.class).single() > 0;
    }
}
