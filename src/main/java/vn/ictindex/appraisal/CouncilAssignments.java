package vn.ictindex.appraisal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.account.UserAccounts;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.scoring.Appendix;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** The department assigns council members to criteria groups or to units; a member appraises only what it is given. */
@Service
public class CouncilAssignments {

    private final JdbcClient jdbc;
    private final Periods periods;
    private final CriteriaVersions criteria;
    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final Clock clock;

    CouncilAssignments(JdbcClient jdbc, Periods periods, CriteriaVersions criteria, UserAccounts accounts,
                       AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.criteria = criteria;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    public List<CouncilAssignment> ofPeriod(long periodId) {
        return jdbc.sql("SELECT * FROM council_assignment WHERE period_id = :p ORDER BY member, appendix_id, group_key, unit_id")
                .param("p", periodId).query((rs, n) -> new CouncilAssignment(rs.getLong("id"),
                        rs.getLong("period_id"), rs.getString("member"), rs.getString("appendix_id"),
                        rs.getString("group_key"), (Long) rs.getObject("unit_id", Long.class),
                        rs.getString("assigned_by"), rs.getTimestamp("assigned_at").toInstant()))
                .list();
    }

    public List<CouncilAssignment> of(long periodId, String member) {
        return ofPeriod(periodId).stream().filter(a -> a.member().equals(member)).toList();
    }

    /**
     * Assigns a council member to a criteria group of an appendix ({@code unitId} null) or to a unit.
     *
     * @throws AppraisalException when the user is not an administrator, the member is not a council account, or the
     *                            group or unit does not take part in the period
     */
    @Transactional
    public CouncilAssignment assign(CurrentUser user, long periodId, String member, String appendixId,
                                    String groupKey, Long unitId) {
        requireAdmin(user);
        Period period = periods.find(periodId).orElseThrow(() -> new AppraisalException("Không có kỳ đánh giá"));
        if (accounts.filter(Role.COUNCIL, null).stream().noneMatch(a -> a.username().equals(member))) {
            throw new AppraisalException("Chỉ phân công được tài khoản thành viên Hội đồng thẩm định");
        }
        String appendix = unitId == null ? appendixId : null;
        String group = unitId == null ? groupKey : null;
        if (unitId != null) {
            if (periods.appendixOf(periodId, unitId).isEmpty()) {
                throw new AppraisalException("Đơn vị không tham gia kỳ đánh giá này");
            }
        } else {
            Appendix found = criteria.find(period.criteriaCode(), period.criteriaVersion())
                    .flatMap(v -> v.appendix(appendix == null ? "" : appendix))
                    .orElseThrow(() -> new AppraisalException("Hãy chọn phụ lục và nhóm tiêu chí, hoặc một đơn vị"));
            if (group == null || found.groups().stream().noneMatch(g -> g.key().equals(group))) {
                throw new AppraisalException("Nhóm tiêu chí «" + group + "» không có trong phụ lục " + appendix);
            }
        }
        java.util.function.Predicate<CouncilAssignment> same = a -> a.member().equals(member)
                && Objects.equals(a.unitId(), unitId) && Objects.equals(a.groupKey(), group)
                && Objects.equals(a.appendixId(), appendix);
        if (ofPeriod(periodId).stream().anyMatch(same)) {
            throw new AppraisalException("Thành viên đã được phân công việc này");
        }
        jdbc.sql("""
                        INSERT INTO council_assignment (period_id, member, appendix_id, group_key, unit_id,
                            assigned_by, assigned_at) VALUES (:p, :m, :a, :g, :u, :by, :at)""")
                .param("p", periodId).param("m", member).param("a", appendix).param("g", group)
                .param("u", unitId).param("by", user.username()).param("at", Timestamp.from(clock.instant()))
                .update();
        audit.record(user.username(), "COUNCIL_ASSIGNED", "council_assignment", member, unitId, periodId, null,
                unitId != null ? "unit:" + unitId : appendix + "/" + group, null);
        return ofPeriod(periodId).stream().filter(same).findFirst().orElseThrow();
    }

    @Transactional
    public void remove(CurrentUser user, long assignmentId) {
        requireAdmin(user);
        jdbc.sql("SELECT * FROM council_assignment WHERE id = :id").param("id", assignmentId).query().listOfRows()
                .stream().findFirst().ifPresent(r -> {
                    jdbc.sql("DELETE FROM council_assignment WHERE id = :id").param("id", assignmentId).update();
                    Long unit = r.get("unit_id") == null ? null : ((Number) r.get("unit_id")).longValue();
                    audit.record(user.username(), "COUNCIL_UNASSIGNED", "council_assignment",
                            (String) r.get("member"), unit, ((Number) r.get("period_id")).longValue(),
                            unit != null ? "unit:" + unit : r.get("appendix_id") + "/" + r.get("group_key"), null,
                            null);
                });
    }

    static void requireAdmin(CurrentUser user) {
        if (user.role() != Role.ADMIN) {
            throw new AppraisalException("Chỉ Sở TTTT (quản trị) làm được việc này");
        }
    }
}
