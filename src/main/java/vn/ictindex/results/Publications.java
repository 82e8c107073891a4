package vn.ictindex.results;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.assessment.Periods;
import vn.ictindex.audit.AuditTrail;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a preliminary snapshot to the units with a window for objections, and publishes a final snapshot. Publishing
 * writes a publication row and never touches the snapshot; a later correction is a new snapshot, published in turn,
 * and every publication stays listed.
 */
@Service
public class Publications {

    private final JdbcClient jdbc;
    private final ResultSnapshots snapshots;
    private final Periods periods;
    private final AuditTrail audit;
    private final Clock clock;

    Publications(JdbcClient jdbc, ResultSnapshots snapshots, Periods periods, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
        this.periods = periods;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sends a preliminary snapshot to the units of its group; each unit then sees its own scorecard only.
     *
     * @throws ResultsException when the snapshot is not preliminary, already sent, or the window is wrong
     */
    @Transactional
    public Publication sendPreliminary(String actor, long snapshotId, LocalDate from, LocalDate until) {
        ResultSnapshot snapshot = snapshots.find(snapshotId)
                .orElseThrow(() -> new ResultsException("Không có bản kết quả #" + snapshotId));
        if (snapshot.kind() != SnapshotKind.PRELIMINARY) {
            throw new ResultsException("Chỉ gửi được kết quả sơ bộ cho đơn vị; kết quả chính thức thì công bố");
        }
        if (from == null || until == null) {
            throw new ResultsException("Cần nhập thời hạn nhận kiến nghị (từ ngày, đến ngày)");
        }
        if (until.isBefore(from)) {
            throw new ResultsException("Ngày kết thúc nhận kiến nghị phải sau ngày bắt đầu");
        }
        return insert(actor, snapshot, from, until);
    }

    /**
     * Publishes a final snapshot: the ranking becomes public.
     *
     * @throws ResultsException when the snapshot is not final, already published, or objections are still open
     */
    @Transactional
    public Publication publishFinal(String actor, long snapshotId) {
        ResultSnapshot snapshot = snapshots.find(snapshotId)
                .orElseThrow(() -> new ResultsException("Không có bản kết quả #" + snapshotId));
        if (snapshot.kind() != SnapshotKind.FINAL) {
            throw new ResultsException("Chỉ công bố được kết quả chính thức; kết quả sơ bộ thì gửi đơn vị");
        }
        int open = jdbc.sql("""
                        SELECT COUNT(*) FROM result_objection o JOIN result_publication p ON p.id = o.publication_id
                        WHERE p.period_id = :p AND p.appendix_id = :a AND o.status = 'OPEN'""")
                .param("p", snapshot.periodId()).param("a", snapshot.appendixId()).query(Integer.class).single();
        if (open > 0) {
            throw new ResultsException("Còn " + open + " kiến nghị chưa được quyết định; Hội đồng cần xem xét hết "
                    + "trước khi công bố");
        }
        return insert(actor, snapshot, null, null);
    }

    private Publication insert(String actor, ResultSnapshot snapshot, LocalDate from, LocalDate until) {
        if (snapshots.latest(snapshot.periodId(), snapshot.appendixId()).map(ResultSnapshot::id)
                .filter(id -> id != snapshot.id()).isPresent()) {
            throw new ResultsException("Bản kết quả #" + snapshot.id() + " đã có bản tính lại mới hơn; chỉ gửi hoặc "
                    + "công bố được bản mới nhất của nhóm");
        }
        if (find(snapshot.id()).isPresent()) {
            throw new ResultsException("Bản kết quả #" + snapshot.id() + " đã được "
                    + (snapshot.kind() == SnapshotKind.FINAL ? "công bố" : "gửi đơn vị") + " rồi");
        }
        jdbc.sql("""
                        INSERT INTO result_publication (snapshot_id, period_id, appendix_id, kind, objections_from,
                            objections_until, published_at, published_by)
                        VALUES (:s, :p, :a, :kind, :from, :until, :at, :by)""")
                .param("s", snapshot.id()).param("p", snapshot.periodId()).param("a", snapshot.appendixId())
                .param("kind", snapshot.kind().name()).param("from", from == null ? null : Date.valueOf(from))
                .param("until", until == null ? null : Date.valueOf(until))
                .param("at", Timestamp.from(clock.instant())).param("by", actor).update();
        Publication publication = find(snapshot.id()).orElseThrow();
        audit.record(actor, snapshot.kind() == SnapshotKind.FINAL ? "RESULTS_PUBLISHED" : "PRELIMINARY_RESULTS_SENT",
                "result_publication", String.valueOf(publication.id()), null, snapshot.periodId(), null,
                "#" + snapshot.id() + " " + snapshot.appendixId()
                        + (from == null ? "" : ", kiến nghị " + from + "–" + until), snapshot.reason());
        return publication;
    }

    /** The publication of a snapshot, if it was sent or published. */
    public Optional<Publication> find(long snapshotId) {
        return query("SELECT * FROM result_publication WHERE snapshot_id = :s", Map.of("s", snapshotId)).stream()
                .findFirst();
    }

    /** Every publication of a group, newest first: corrections and the results they corrected stay listed. */
    public List<Publication> history(long periodId, String appendixId) {
        return query("SELECT * FROM result_publication WHERE period_id = :p AND appendix_id = :a ORDER BY id DESC",
                Map.of("p", periodId, "a", appendixId));
    }

    public Optional<Publication> latest(long periodId, String appendixId, SnapshotKind kind) {
        return history(periodId, appendixId).stream().filter(p -> p.kind() == kind).findFirst();
    }

    /** Every final publication of a period, newest first. */
    public List<Publication> finals(long periodId) {
        return query("SELECT * FROM result_publication WHERE period_id = :p AND kind = 'FINAL' ORDER BY id DESC",
                Map.of("p", periodId));
    }

    /** Whether the unit may object today to the preliminary results of its group. */
    public Optional<Publication> openForObjections(long periodId, String appendixId) {
        return latest(periodId, appendixId, SnapshotKind.PRELIMINARY)
                .filter(p -> p.acceptsObjectionsOn(periods.today()));
    }

    private List<Publication> query(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> new Publication(rs.getLong("id"),
                rs.getLong("snapshot_id"), rs.getLong("period_id"), rs.getString("appendix_id"),
                SnapshotKind.valueOf(rs.getString("kind")),
                rs.getDate("objections_from") == null ? null : rs.getDate("objections_from").toLocalDate(),
                rs.getDate("objections_until") == null ? null : rs.getDate("objections_until").toLocalDate(),
                rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"))).list();
    }
}
