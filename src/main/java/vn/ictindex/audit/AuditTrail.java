package vn.ictindex.audit;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Appends to and reads the audit trail. There is no update or delete. Each entry carries the hash of the entry before
 * it and its own hash over all its fields ({@link AuditHash}), so that changing, removing or reordering an entry
 * breaks the chain, which {@link #verify()} finds.
 */
@Service
public class AuditTrail {

    private static final int BATCH = 1000;

    static final RowMapper<AuditEntry> ENTRY = AuditTrail::entry;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a change; must be called inside the transaction that makes the change. The chain's head row is locked
     * until that transaction ends, so concurrent changes append one after the other and never onto the same entry.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String subjectType, String subjectId, Long unitId, Long periodId,
                       String oldValue, String newValue, String reason) {
        Head head = jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong("last_id"), rs.getString("last_hash"))).single();
        long id = head.lastId() + 1;
        Instant at = AuditHash.stored(clock.instant());
        String hash = AuditHash.of(id, at, actor, action, subjectType, subjectId, unitId, periodId, oldValue, newValue,
                reason, head.lastHash());
        jdbc.sql("""
                        INSERT INTO audit_event (id, occurred_at, actor, action, subject_type, subject_id, unit_id,
                            period_id, old_value, new_value, reason, previous_hash, entry_hash)
                        VALUES (:id, :at, :actor, :action, :type, :subject, :unit, :period, :old, :new, :reason,
                            :previous, :hash)""")
                .param("id", id).param("at", Timestamp.from(at)).param("actor", actor).param("action", action)
                .param("type", subjectType).param("subject", subjectId).param("unit", unitId)
                .param("period", periodId).param("old", oldValue).param("new", newValue).param("reason", reason)
                .param("previous", head.lastHash()).param("hash", hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_id = :id, last_hash = :hash WHERE id = 1")
                .param("id", id).param("hash", hash).update();
    }

    /** The entries about one unit in one period, oldest first. */
    public List<AuditEntry> forUnit(long unitId, long periodId) {
        return jdbc.sql("SELECT * FROM audit_event WHERE unit_id = :u AND period_id = :p ORDER BY id")
                .param("u", unitId).param("p", periodId)
                .query(ENTRY)
                .list();
    }

    /**
     * One page of entries, newest first.
     *
     * @param unitId   only this unit's entries, or null for all
     * @param periodId only this period's entries, or null for all
     * @param action   only this action, or null for all
     */
    @Transactional(readOnly = true)
    public AuditPage search(Long unitId, Long periodId, String action, int page, int size) {
        String where = " WHERE 1 = 1" + (unitId == null ? "" : " AND unit_id = :unit")
                + (periodId == null ? "" : " AND period_id = :period")
                + (action == null || action.isBlank() ? "" : " AND action = :action");
        var count = jdbc.sql("SELECT COUNT(*) FROM audit_event" + where);
        var rows = jdbc.sql("SELECT * FROM audit_event" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset");
        if (unitId != null) {
            count = count.param("unit", unitId);
            rows = rows.param("unit", unitId);
        }
        if (periodId != null) {
            count = count.param("period", periodId);
            rows = rows.param("period", periodId);
        }
        if (action != null && !action.isBlank()) {
            count = count.param("action", action);
            rows = rows.param("action", action);
        }
        int safeSize = Math.max(1, Math.min(size, 200));
        int safePage = Math.max(0, page);
        long total = count.query(Long.class).single();
        List<AuditEntry> entries = rows.param("limit", safeSize).param("offset", (long) safePage * safeSize)
                .query(ENTRY).list();
        return new AuditPage(entries, safePage, safeSize, total);
    }

    /** The actions recorded so far, for a filter. */
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_event ORDER BY action").query(String.class).list();
    }

    /** The actions recorded about one unit. */
    public List<String> actionsOf(long unitId) {
        return jdbc.sql("SELECT DISTINCT action FROM audit_event WHERE unit_id = :unit ORDER BY action")
                .param("unit", unitId).query(String.class).list();
    }

    /**
     * Walks the whole chain, oldest first, and stops at the first entry that does not hold: its previous hash is not
     * the hash of the entry before it (an entry was removed, inserted or moved), or its own hash does not match its
     * fields (it was changed), or it lies beyond the head (it was inserted around the trail). Finally the head must
     * point at the last entry (the last entries were not removed). One snapshot throughout, so that entries appended
     * meanwhile are not taken for insertions.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AuditVerification verify() {
        Head head = head();
        String expectedPrevious = AuditHash.GENESIS;
        long lastId = 0;
        long checked = 0;
        while (true) {
            List<Chained> batch = jdbc.sql("SELECT * FROM audit_event WHERE id > :after ORDER BY id LIMIT :limit")
                    .param("after", lastId).param("limit", BATCH)
                    .query((rs, n) -> new Chained(entry(rs, n), rs.getString("previous_hash"),
                            rs.getString("entry_hash")))
                    .list();
            for (Chained c : batch) {
                if (c.entry().id() > head.lastId()) {
                    return AuditVerification.broken(checked, c.entry().id(), "nằm sau bản ghi cuối cùng của chuỗi "
                            + "(số " + head.lastId() + "): bản ghi đã được thêm vào không qua nhật ký.");
                }
                if (!Objects.equals(c.previousHash(), expectedPrevious)) {
                    return AuditVerification.broken(checked, c.entry().id(), checked == 0
                            ? "bản ghi đầu tiên không nối với điểm khởi đầu của chuỗi (các bản ghi trước nó đã bị xoá)."
                            : "không nối với bản ghi số " + lastId
                            + " đứng trước nó (có bản ghi đã bị xoá, chèn thêm hoặc đổi thứ tự).");
                }
                if (!AuditHash.of(c.entry(), c.previousHash()).equals(c.entryHash())) {
                    return AuditVerification.broken(checked, c.entry().id(),
                            "nội dung không còn khớp với mã băm đã ghi (bản ghi đã bị sửa).");
                }
                expectedPrevious = c.entryHash();
                lastId = c.entry().id();
                checked++;
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        if (head.lastId() != lastId || !head.lastHash().equals(expectedPrevious)) {
            return AuditVerification.broken(checked, head.lastId(), "bản ghi cuối cùng của chuỗi không còn"
                    + (checked == 0 ? "" : " (chuỗi dừng ở bản ghi số " + lastId + ")")
                    + ": các bản ghi mới nhất đã bị xoá hoặc sửa.");
        }
        return AuditVerification.intact(checked);
    }

    private Head head() {
        return jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong("last_id"), rs.getString("last_hash"))).single();
    }

    private record Head(long lastId, String lastHash) {
    }

    private record Chained(AuditEntry entry, String previousHash, String entryHash) {
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getObject("unit_id", Long.class),
                rs.getObject("period_id", Long.class), rs.getString("old_value"),
                rs.getString("new_value"), rs.getString("reason"));
    }
}
