package vn.ictindex.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/** Appends to and reads the audit trail. There is no update or delete. */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a change; must be called inside the transaction that makes the change. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String subjectType, String subjectId, Long unitId, Long periodId,
                       String oldValue, String newValue, String reason) {
        jdbc.sql("""
                        INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id, unit_id,
                            period_id, old_value, new_value, reason)
                        VALUES (:at, :actor, :action, :type, :subject, :unit, :period, :old, :new, :reason)""")
                .param("at", Timestamp.from(clock.instant())).param("actor", actor).param("action", action)
                .param("type", subjectType).param("subject", subjectId).param("unit", unitId)
                .param("period", periodId).param("old", oldValue).param("new", newValue).param("reason", reason)
                .update();
    }

    /** The entries about one unit in one period, oldest first. */
    public List<AuditEntry> forUnit(long unitId, long periodId) {
        return jdbc.sql("SELECT * FROM audit_event WHERE unit_id = :u AND period_id = :p ORDER BY id")
                .param("u", unitId).param("p", periodId)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
                        rs.getString("subject_id"), (Long) rs.getObject("unit_id", Long.class),
                        (Long) rs.getObject("period_id", Long.class), rs.getString("old_value"),
                        rs.getString("new_value"), rs.getString("reason")))
                .list();
    }
}
