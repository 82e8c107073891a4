package vn.ictindex.results;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.ScoreLayers;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.AdjustmentResult;
import vn.ictindex.scoring.GroupResult;
import vn.ictindex.scoring.NodeResult;
import vn.ictindex.scoring.ScoringEngine;
import vn.ictindex.scoring.ScoringProblem;
import vn.ictindex.scoring.UnitResult;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs the engine on the FINAL layer of a whole target group and stores the answer as an immutable snapshot. There is
 * no update path: a recompute is a new snapshot naming the one it supersedes and the reason, and it is saved only
 * after the caller has seen what would move ({@link #preview}).
 */
@Service
public class ResultSnapshots {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ScoreLayers layers;
    private final Periods periods;
    private final CriteriaVersions criteria;
    private final AuditTrail audit;
    private final Clock clock;

    ResultSnapshots(JdbcClient jdbc, JdbcTemplate batch, ScoreLayers layers, Periods periods,
                    CriteriaVersions criteria, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.layers = layers;
        this.periods = periods;
        this.criteria = criteria;
        this.audit = audit;
        this.clock = clock;
    }

    /** A unit whose total, class or rank would change, old → new (old values null for a first computation). */
    public record Movement(long unitId, BigDecimal oldTotal, BigDecimal newTotal, String oldClass, String newClass,
                           Integer oldRank, Integer newRank) {
    }

    /**
     * What a recompute would give, against the latest stored snapshot of the group.
     *
     * @param against   the latest snapshot, or empty for the first computation
     * @param movements the units whose total, class or rank would change (every unit on a first computation)
     */
    public record Preview(long periodId, String appendixId, Optional<ResultSnapshot> against, GroupResult result,
                          List<Movement> movements) {

        public Long againstId() {
            return against.map(ResultSnapshot::id).orElse(null);
        }
    }

    /**
     * The appendices of the period's criteria version that have participants, in order. A participant under an
     * appendix the version does not have (a register typo) belongs to no group that can be scored.
     */
    public List<String> appendices(long periodId) {
        Set<String> known = periods.find(periodId)
                .flatMap(p -> criteria.find(p.criteriaCode(), p.criteriaVersion()))
                .map(v -> v.appendices().stream().map(Appendix::id).collect(Collectors.toSet())).orElse(Set.of());
        return periods.participants(periodId).values().stream().filter(known::contains)
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    /** Scores the FINAL layer of every participant of the group now, without storing anything. */
    public GroupResult score(long periodId, String appendixId) {
        ScoreLayers.GroupInputs inputs = layers.groupInputs(periodId, appendixId, ScoreLayer.FINAL);
        return ScoringEngine.score(inputs.appendix(), inputs.inputs());
    }

    public Preview preview(long periodId, String appendixId) {
        GroupResult result = score(periodId, appendixId);
        Optional<ResultSnapshot> latest = latest(periodId, appendixId);
        Map<Long, UnitStanding> before = latest.map(s -> units(s.id()).stream()
                        .collect(Collectors.toMap(UnitStanding::unitId, u -> u)))
                .orElse(Map.of());
        List<Movement> movements = new ArrayList<>();
        for (UnitResult u : result.ranking()) {
            long unitId = Long.parseLong(u.unitId());
            UnitStanding old = before.get(unitId);
            BigDecimal oldTotal = old == null ? null : old.total();
            String oldClass = old == null ? null : old.classification();
            Integer oldRank = old == null ? null : old.rank();
            if (old == null || !sameNumber(oldTotal, u.total()) || !Objects.equals(oldClass, u.classificationLabel())
                    || !Objects.equals(oldRank, u.rank())) {
                movements.add(new Movement(unitId, oldTotal, u.total(), oldClass, u.classificationLabel(), oldRank,
                        u.rank()));
            }
        }
        return new Preview(periodId, appendixId, latest, result, List.copyOf(movements));
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * Computes and stores a snapshot of the group.
     *
     * @param basedOn the latest snapshot the user previewed against (null when there was none): if another snapshot
     *                was saved meanwhile, nothing is stored, so a double submit or two administrators never store
     *                two snapshots from one preview
     * @throws ResultsException when the reason is missing or the preview is out of date
     */
    @Transactional
    public ResultSnapshot save(String actor, long periodId, String appendixId, SnapshotKind kind, String reason,
                               Long basedOn) {
        if (reason == null || reason.isBlank()) {
            throw new ResultsException("Cần ghi lý do tính kết quả (ví dụ: «Kết quả sau thẩm định của Hội đồng»)");
        }
        Period period = periods.find(periodId).orElseThrow(() -> new ResultsException("Không có kỳ đánh giá"));
        if (!appendices(periodId).contains(appendixId)) {
            throw new ResultsException("Kỳ đánh giá năm " + period.year() + " không có đơn vị nào thuộc " + appendixId);
        }
        Optional<ResultSnapshot> latest = latest(periodId, appendixId);
        if (!Objects.equals(latest.map(ResultSnapshot::id).orElse(null), basedOn)) {
            throw new ResultsException("Kết quả của nhóm vừa được tính lại (lần "
                    + latest.map(s -> "#" + s.id() + " bởi " + s.computedBy()).orElse("") + ") sau khi bạn xem "
                    + "trước; hãy xem lại những thay đổi rồi lưu.");
        }
        Preview preview = preview(periodId, appendixId);
        GroupResult result = preview.result();
        Instant now = clock.instant();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO result_snapshot (period_id, appendix_id, criteria_version_id, engine_version, kind,
                            reason, supersedes_id, computed_at, computed_by)
                        VALUES (:p, :a, :criteria, :engine, :kind, :reason, :supersedes, :at, :by)""")
                .param("p", periodId).param("a", appendixId).param("criteria", period.criteriaId())
                .param("engine", result.engineVersion()).param("kind", kind.name()).param("reason", reason.strip())
                .param("supersedes", basedOn).param("at", Timestamp.from(now)).param("by", actor)
                .update(key, "id");
        long id = key.getKey().longValue();
        List<Object[]> unitRows = new ArrayList<>();
        List<Object[]> nodeRows = new ArrayList<>();
        for (UnitResult u : result.units()) {
            long unitId = Long.parseLong(u.unitId());
            unitRows.add(new Object[]{id, unitId, u.total(), u.applicableMax(), u.percent(),
                    u.classificationLabel(), u.rank(), adjustments(u), problems(u)});
            int order = 0;
            for (NodeResult n : u.nodes()) {
                nodeRows.add(new Object[]{id, unitId, n.key(), order++, n.depth(), n.points(), n.applicableMax(),
                        n.status().name(), n.explain()});
            }
        }
        batch.batchUpdate("""
                INSERT INTO result_unit (snapshot_id, unit_id, total, applicable_max, percent, class_label,
                    rank_in_group, adjustments, problems) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", unitRows);
        batch.batchUpdate("""
                INSERT INTO result_node (snapshot_id, unit_id, node_key, node_order, depth, points, max_points,
                    status, trace_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", nodeRows);
        audit.record(actor, "RESULT_SNAPSHOT_SAVED", "result_snapshot", String.valueOf(id), null, periodId,
                basedOn == null ? null : "#" + basedOn,
                "#" + id + " " + kind.name() + " " + appendixId + ": " + preview.movements().size()
                        + " đơn vị thay đổi", reason.strip());
        return find(id).orElseThrow();
    }

    private static String adjustments(UnitResult u) {
        return u.adjustments().stream().map(AdjustmentResult::explanation).collect(Collectors.joining("\n"));
    }

    private static String problems(UnitResult u) {
        return u.problems().stream().map(ScoringProblem::message).collect(Collectors.joining("\n"));
    }

    public Optional<ResultSnapshot> find(long id) {
        return jdbc.sql("SELECT * FROM result_snapshot WHERE id = :id").param("id", id).query().listOfRows()
                .stream().findFirst().map(ResultSnapshots::snapshot);
    }

    /** The newest snapshot of a group, of any kind. */
    public Optional<ResultSnapshot> latest(long periodId, String appendixId) {
        return history(periodId, appendixId).stream().findFirst();
    }

    public Optional<ResultSnapshot> latest(long periodId, String appendixId, SnapshotKind kind) {
        return history(periodId, appendixId).stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** Every snapshot of a group, newest first. */
    public List<ResultSnapshot> history(long periodId, String appendixId) {
        return jdbc.sql("SELECT * FROM result_snapshot WHERE period_id = :p AND appendix_id = :a ORDER BY id DESC")
                .param("p", periodId).param("a", appendixId).query().listOfRows().stream()
                .map(ResultSnapshots::snapshot).toList();
    }

    /** The units of a snapshot, ranked first by rank, then the unranked. */
    public List<UnitStanding> units(long snapshotId) {
        return jdbc.sql("SELECT * FROM result_unit WHERE snapshot_id = :s ORDER BY rank_in_group, unit_id")
                .param("s", snapshotId)
                .query((rs, n) -> new UnitStanding(rs.getLong("snapshot_id"), rs.getLong("unit_id"),
                        rs.getBigDecimal("total"), rs.getBigDecimal("applicable_max"), rs.getBigDecimal("percent"),
                        rs.getString("class_label"), (Integer) rs.getObject("rank_in_group", Integer.class),
                        rs.getString("adjustments"), rs.getString("problems")))
                .list();
    }

    public Optional<UnitStanding> unit(long snapshotId, long unitId) {
        return units(snapshotId).stream().filter(u -> u.unitId() == unitId).findFirst();
    }

    /** Every node of one unit in a snapshot, in document order. */
    public List<NodeStanding> nodes(long snapshotId, long unitId) {
        return jdbc.sql("SELECT * FROM result_node WHERE snapshot_id = :s AND unit_id = :u ORDER BY node_order")
                .param("s", snapshotId).param("u", unitId).query(ResultSnapshots::node).list();
    }

    /** The criteria groups (top-level nodes) of every unit in a snapshot: what the radar chart compares. */
    public Map<Long, List<NodeStanding>> groupsOfEveryUnit(long snapshotId) {
        Map<Long, List<NodeStanding>> byUnit = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM result_node WHERE snapshot_id = :s AND depth = 0 ORDER BY unit_id, node_order")
                .param("s", snapshotId).query(ResultSnapshots::node).list()
                .forEach(n -> byUnit.computeIfAbsent(n.unitId(), k -> new ArrayList<>()).add(n));
        return byUnit;
    }

    private static NodeStanding node(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new NodeStanding(rs.getLong("unit_id"), rs.getString("node_key"), rs.getInt("node_order"),
                rs.getInt("depth"), rs.getBigDecimal("points"), rs.getBigDecimal("max_points"),
                rs.getString("status"), rs.getString("trace_text"));
    }

    private static ResultSnapshot snapshot(Map<String, Object> r) {
        return new ResultSnapshot(((Number) r.get("id")).longValue(), ((Number) r.get("period_id")).longValue(),
                (String) r.get("appendix_id"), (String) r.get("criteria_version_id"),
                (String) r.get("engine_version"), SnapshotKind.valueOf((String) r.get("kind")),
                (String) r.get("reason"),
                r.get("supersedes_id") == null ? null : ((Number) r.get("supersedes_id")).longValue(),
                instant(r.get("computed_at")), (String) r.get("computed_by"));
    }

    /** A timestamp column as read by {@code listOfRows()}: H2 and PostgreSQL return different types. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
