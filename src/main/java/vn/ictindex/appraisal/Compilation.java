package vn.ictindex.appraisal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.assessment.AssessmentStatus;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SubmissionTracker;
import vn.ictindex.assessment.evidence.EvidenceItem;
import vn.ictindex.assessment.evidence.EvidenceLibrary;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;
import vn.ictindex.organisation.VietnameseOrder;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.GroupResult;
import vn.ictindex.scoring.UnitResult;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The department's compilation after the self-assessment closes: a queue of submitted units per target group, the
 * decision on each evidence item, marking a unit compiled (every criterion checked), and the preliminary report of a
 * target group that goes to the council.
 */
@Service
public class Compilation {

    private final JdbcClient jdbc;
    private final Periods periods;
    private final SubmissionTracker tracker;
    private final Units units;
    private final UnitStages stages;
    private final NodeAdjustments adjustments;
    private final LayerScores scores;
    private final EvidenceLibrary evidence;
    private final AuditTrail audit;
    private final Clock clock;

    Compilation(JdbcClient jdbc, Periods periods, SubmissionTracker tracker, Units units, UnitStages stages,
                NodeAdjustments adjustments, LayerScores scores, EvidenceLibrary evidence, AuditTrail audit,
                Clock clock) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.tracker = tracker;
        this.units = units;
        this.stages = stages;
        this.adjustments = adjustments;
        this.scores = scores;
        this.evidence = evidence;
        this.audit = audit;
        this.clock = clock;
    }

    public record QueueRow(Unit unit, String appendixId, UnitStage stage, int checked, int leaves,
                           Instant submittedAt) {
    }

    /**
     * @param counts   how many submitted units are in each stage
     * @param notSubmitted participants that have not submitted (not in the queue)
     */
    public record Queue(Period period, String appendixId, List<QueueRow> rows, Map<UnitStage.Status, Integer> counts,
                        int notSubmitted) {
    }

    public Queue queue(CurrentUser user, long periodId, String appendixId) {
        CouncilAssignments.requireAdmin(user);
        Period period = periods.find(periodId).orElseThrow(() -> new AppraisalException("Không có kỳ đánh giá"));
        Map<Long, UnitStage> stageByUnit = stages.ofPeriod(periodId);
        Map<Long, Integer> checkedByUnit = new LinkedHashMap<>();
        jdbc.sql("SELECT unit_id, COUNT(*) FROM compiled_node WHERE period_id = :p GROUP BY unit_id")
                .param("p", periodId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list()
                .forEach(e -> checkedByUnit.put(e.getKey(), e.getValue()));
        List<QueueRow> rows = new ArrayList<>();
        Map<UnitStage.Status, Integer> counts = new EnumMap<>(UnitStage.Status.class);
        for (UnitStage.Status s : UnitStage.Status.values()) {
            counts.put(s, 0);
        }
        int notSubmitted = 0;
        for (SubmissionTracker.Row r : tracker.rows(period, appendixId)) {
            if (r.assessmentStatus() != AssessmentStatus.SUBMITTED) {
                notSubmitted++;
                continue;
            }
            UnitStage stage = stageByUnit.getOrDefault(r.unit().id(), UnitStage.NOT_STARTED);
            counts.merge(stage.status(), 1, Integer::sum);
            rows.add(new QueueRow(r.unit(), r.appendixId(), stage, checkedByUnit.getOrDefault(r.unit().id(), 0),
                    r.criteriaTotal(), r.submittedAt()));
        }
        return new Queue(period, appendixId, rows, counts, notSubmitted);
    }

    /** Every decision on the unit's evidence, by node key then evidence id. */
    public Map<String, Map<Long, EvidenceDecision>> decisions(long periodId, long unitId) {
        Map<String, Map<Long, EvidenceDecision>> out = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM evidence_decision WHERE period_id = :p AND unit_id = :u ORDER BY id")
                .param("p", periodId).param("u", unitId).query().listOfRows().forEach(r -> {
                    EvidenceDecision d = new EvidenceDecision(((Number) r.get("id")).longValue(), periodId, unitId,
                            ((Number) r.get("evidence_id")).longValue(), (String) r.get("node_key"),
                            "ACCEPTED".equals(r.get("decision")), (String) r.get("reason"),
                            (String) r.get("decided_by"), UnitStages.instant(r.get("decided_at")),
                            ((Number) r.get("version")).intValue());
                    out.computeIfAbsent(d.nodeKey(), k -> new LinkedHashMap<>()).put(d.evidenceId(), d);
                });
        return out;
    }

    /**
     * Accepts or rejects one evidence item linked to a node; a rejection needs a reason.
     *
     * @param expectedVersion the version of the decision the user saw, or null when there was none
     * @throws StaleLayerException when someone decided on the same item meanwhile
     */
    @Transactional
    public EvidenceDecision decideEvidence(CurrentUser user, long periodId, long unitId, long evidenceId,
                                           String nodeKey, boolean accepted, String reason, Integer expectedVersion) {
        if (user.role() != Role.ADMIN) {
            throw new AppraisalException("Chỉ Sở TTTT chấp nhận hoặc không chấp nhận tài liệu kiểm chứng");
        }
        Appendix appendix = adjustments.appendixOf(periodId, unitId);
        String refusal = adjustments.refusal(user, periodId, unitId, appendix, nodeKey);
        if (refusal != null) {
            throw new AppraisalException(refusal);
        }
        List<EvidenceItem> linked = evidence.linkedTo(periodId, unitId).getOrDefault(nodeKey, List.of());
        if (linked.stream().noneMatch(i -> i.id() == evidenceId)) {
            throw new AppraisalException("Tài liệu không gắn với tiêu chí " + nodeKey + " của đơn vị");
        }
        if (!accepted && (reason == null || reason.isBlank())) {
            throw new AppraisalException("Cần ghi lý do không chấp nhận tài liệu");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        EvidenceDecision current = decisions(periodId, unitId).getOrDefault(nodeKey, Map.of()).get(evidenceId);
        if (!Objects.equals(current == null ? null : current.version(), expectedVersion)) {
            throw new StaleLayerException(current == null ? null : current.decidedBy(),
                    current == null ? null : current.decidedAt());
        }
        Timestamp now = Timestamp.from(clock.instant());
        String decision = accepted ? "ACCEPTED" : "REJECTED";
        if (current == null) {
            try {
                jdbc.sql("""
                                INSERT INTO evidence_decision (period_id, unit_id, evidence_id, node_key, decision,
                                    reason, decided_by, decided_at, version)
                                VALUES (:p, :u, :e, :n, :d, :r, :by, :at, 0)""")
                        .param("p", periodId).param("u", unitId).param("e", evidenceId).param("n", nodeKey)
                        .param("d", decision).param("r", why).param("by", user.username()).param("at", now).update();
            } catch (DuplicateKeyException e) {
                throw new StaleLayerException(null, null);
            }
        } else if (jdbc.sql("""
                        UPDATE evidence_decision SET decision = :d, reason = :r, decided_by = :by, decided_at = :at,
                            version = version + 1 WHERE id = :id AND version = :v""")
                .param("d", decision).param("r", why).param("by", user.username()).param("at", now)
                .param("id", current.id()).param("v", current.version()).update() == 0) {
            throw new StaleLayerException(current.decidedBy(), current.decidedAt());
        }
        stages.start(periodId, unitId);
        audit.record(user.username(), accepted ? "EVIDENCE_ACCEPTED" : "EVIDENCE_REJECTED", "evidence_decision",
                evidenceId + ":" + nodeKey, unitId, periodId,
                current == null ? null : current.accepted() ? "ACCEPTED" : "REJECTED", decision, why);
        return decisions(periodId, unitId).get(nodeKey).get(evidenceId);
    }

    /**
     * Marks the unit compiled: the compiled layer is what goes to the council.
     *
     * @throws AppraisalException when a criterion is not checked yet (the message lists them)
     */
    @Transactional
    public void markCompiled(CurrentUser user, long periodId, long unitId) {
        CouncilAssignments.requireAdmin(user);
        Appendix appendix = adjustments.appendixOf(periodId, unitId);
        String refusal = adjustments.refusal(user, periodId, unitId, appendix, appendix.groups().get(0).key());
        if (refusal != null) {
            throw new AppraisalException(refusal);
        }
        Set<String> checked = adjustments.checked(periodId, unitId);
        List<String> missing = appendix.leaves().stream().map(CriterionNode::key)
                .filter(k -> !checked.contains(k)).toList();
        if (!missing.isEmpty()) {
            throw new AppraisalException("Còn " + missing.size() + " tiêu chí chưa kiểm tra: "
                    + String.join(", ", missing.subList(0, Math.min(10, missing.size())))
                    + (missing.size() > 10 ? "…" : ""));
        }
        stages.start(periodId, unitId);
        UnitStage stage = stages.of(periodId, unitId);
        if (!stages.set(periodId, unitId, stage.version(), "compiled", clock.instant(), user.username())) {
            throw new StaleLayerException(null, null);
        }
        audit.record(user.username(), "UNIT_COMPILED", "appraisal_unit", String.valueOf(unitId), unitId, periodId,
                stage.status().name(), "COMPILED", null);
    }

    /** The department reopens a compiled unit before the council signs it off. */
    @Transactional
    public void reopenCompilation(CurrentUser user, long periodId, long unitId, String reason) {
        CouncilAssignments.requireAdmin(user);
        UnitStage stage = stages.of(periodId, unitId);
        if (!stage.compiled() || stage.signedOff()) {
            throw new AppraisalException("Chỉ mở lại được đơn vị đã tổng hợp mà Hội đồng chưa thông qua");
        }
        if (reason == null || reason.isBlank()) {
            throw new AppraisalException("Cần ghi lý do mở lại tổng hợp");
        }
        if (!stages.set(periodId, unitId, stage.version(), "compiled", null, null)) {
            throw new StaleLayerException(null, null);
        }
        audit.record(user.username(), "UNIT_COMPILATION_REOPENED", "appraisal_unit", String.valueOf(unitId), unitId,
                periodId, "COMPILED", "IN_COMPILATION", reason.strip());
    }

    /** One line of the preliminary report: compiled points against the self-score, class and provisional rank. */
    public record ReportRow(Unit unit, UnitStage stage, BigDecimal selfTotal, BigDecimal compiledTotal,
                            BigDecimal difference, BigDecimal percent, String classification, Integer rank) {
    }

    public record PreliminaryReport(Period period, String appendixId, List<ReportRow> rows) {
    }

    /** Every participant of a target group with its compiled total, as the department sends it to the council. */
    public PreliminaryReport preliminary(CurrentUser user, long periodId, String appendixId) {
        CouncilAssignments.requireAdmin(user);
        Period period = periods.find(periodId).orElseThrow(() -> new AppraisalException("Không có kỳ đánh giá"));
        GroupResult self = scores.group(periodId, appendixId, ScoreLayer.SELF);
        GroupResult compiled = scores.group(periodId, appendixId, ScoreLayer.COMPILED);
        Map<Long, UnitStage> stageByUnit = stages.ofPeriod(periodId);
        List<ReportRow> rows = new ArrayList<>();
        for (UnitResult c : compiled.ranking()) {
            long unitId = Long.parseLong(c.unitId());
            BigDecimal selfTotal = self.unit(c.unitId()).map(UnitResult::total).orElse(null);
            rows.add(new ReportRow(units.find(unitId).orElseThrow(),
                    stageByUnit.getOrDefault(unitId, UnitStage.NOT_STARTED), selfTotal, c.total(),
                    selfTotal == null || c.total() == null ? null : c.total().subtract(selfTotal), c.percent(),
                    c.classificationLabel(), c.rank()));
        }
        List<ReportRow> unranked = new ArrayList<>(rows.stream().filter(r -> r.rank() == null).toList());
        unranked.sort(VietnameseOrder.by(r -> r.unit().name()));
        List<ReportRow> ordered = new ArrayList<>(rows.stream().filter(r -> r.rank() != null).toList());
        ordered.addAll(unranked);
        return new PreliminaryReport(period, appendixId, ordered);
    }
}
