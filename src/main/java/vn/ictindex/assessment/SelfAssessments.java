package vn.ictindex.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.Rule;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit's self-assessment: read it, save what was typed, mark it complete (the specialist), submit it or hand it back
 * (the head). Every method checks that the user acts for the unit and that the period is still open for it; after the
 * lock nothing changes except under an extension.
 */
@Service
public class SelfAssessments {

    private final JdbcClient jdbc;
    private final Periods periods;
    private final Units units;
    private final CriteriaVersions criteria;
    private final AuditTrail audit;
    private final Clock clock;

    SelfAssessments(JdbcClient jdbc, Periods periods, Units units, CriteriaVersions criteria, AuditTrail audit,
                    Clock clock) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.units = units;
        this.criteria = criteria;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything the self-assessment screen needs for one unit in one period. */
    public record Workspace(Period period, Unit unit, CriteriaVersion version, Appendix appendix,
                            SelfAssessment assessment, boolean open, java.time.LocalDate deadline,
                            Map<String, Integer> evidenceByNode) {
    }

    /**
     * The workspace of the user's own unit in the current period.
     *
     * @throws SelfAssessmentException when the user has no unit, or the unit does not take part in the period
     */
    public Workspace workspace(CurrentUser user) {
        if (user.unitId() == null) {
            throw new SelfAssessmentException("Tài khoản không thuộc đơn vị nào nên không có bản tự đánh giá");
        }
        Period period = periods.current().orElseThrow(() ->
                new SelfAssessmentException("Chưa có kỳ đánh giá nào được mở"));
        return workspace(period, user.unitId());
    }

    /** The workspace of a unit in a period; callers check who may see it. */
    public Workspace workspace(Period period, long unitId) {
        String appendixId = periods.appendixOf(period.id(), unitId).orElseThrow(() ->
                new SelfAssessmentException("Đơn vị không tham gia kỳ đánh giá năm " + period.year()));
        CriteriaVersion version = criteria.find(period.criteriaCode(), period.criteriaVersion()).orElseThrow();
        Appendix appendix = version.appendix(appendixId).orElseThrow(() ->
                new SelfAssessmentException("Bộ tiêu chí " + version.id() + " không có phụ lục " + appendixId));
        Unit unit = units.find(unitId).orElseThrow();
        SelfAssessment assessment = find(period.id(), unitId).orElseGet(() -> new SelfAssessment(null, period.id(),
                unitId, appendixId, AssessmentStatus.NOT_STARTED, 0, Map.of(), Map.of(), null, null, null, null,
                null));
        return new Workspace(period, unit, version, appendix, assessment, periods.openFor(period, unitId),
                periods.deadlineFor(period, unitId), evidenceByNode(period.id(), unitId));
    }

    /** Replaces one entered value; an empty text removes it. */
    private void writeValue(long assessmentId, String inputKey, String text, Instant now, String by) {
        jdbc.sql("DELETE FROM self_assessment_value WHERE assessment_id = :id AND input_key = :k")
                .param("id", assessmentId).param("k", inputKey).update();
        if (!text.isEmpty()) {
            jdbc.sql("""
                            INSERT INTO self_assessment_value (assessment_id, input_key, value_text, updated_at,
                                updated_by) VALUES (:id, :k, :v, :now, :by)""")
                    .param("id", assessmentId).param("k", inputKey).param("v", text)
                    .param("now", Timestamp.from(now)).param("by", by).update();
        }
    }

    public Optional<SelfAssessment> find(long periodId, long unitId) {
        Optional<Map<String, Object>> row = jdbc.sql("SELECT * FROM self_assessment WHERE period_id = :p AND unit_id = :u")
                .param("p", periodId).param("u", unitId).query().listOfRows().stream().findFirst();
        return row.map(this::assessment);
    }

    /**
     * The self-assessments of these units in a period, by unit id (units without one are absent): three queries
     * however many units, for the pages and reports that score a whole target group.
     */
    public Map<Long, SelfAssessment> findAll(long periodId, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        List<Map<String, Object>> rows = jdbc.sql(
                        "SELECT * FROM self_assessment WHERE period_id = :p AND unit_id IN (:units)")
                .param("p", periodId).param("units", unitIds).query().listOfRows();
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
        Map<Long, Map<String, String>> values = new HashMap<>();
        jdbc.sql("SELECT assessment_id, input_key, value_text FROM self_assessment_value WHERE assessment_id IN (:ids)")
                .param("ids", ids).query(rs -> {
                    values.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getString(3));
                });
        Map<Long, Map<String, SelfAssessment.NodeClaim>> claims = new HashMap<>();
        jdbc.sql("SELECT assessment_id, node_key, not_applicable, na_reason, explanation FROM self_assessment_node "
                        + "WHERE assessment_id IN (:ids)").param("ids", ids).query(rs -> {
                    claims.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>()).put(rs.getString(2),
                            new SelfAssessment.NodeClaim(rs.getBoolean(3), rs.getString(4), rs.getString(5)));
                });
        Map<Long, SelfAssessment> byUnit = new HashMap<>();
        for (Map<String, Object> r : rows) {
            long id = ((Number) r.get("id")).longValue();
            SelfAssessment assessment = assessment(r, values.getOrDefault(id, Map.of()),
                    claims.getOrDefault(id, Map.of()));
            byUnit.put(assessment.unitId(), assessment);
        }
        return byUnit;
    }

    private SelfAssessment assessment(Map<String, Object> r) {
        long id = ((Number) r.get("id")).longValue();
        Map<String, String> values = new LinkedHashMap<>();
        jdbc.sql("SELECT input_key, value_text FROM self_assessment_value WHERE assessment_id = :id")
                .param("id", id).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> values.put(e.getKey(), e.getValue()));
        Map<String, SelfAssessment.NodeClaim> claims = new LinkedHashMap<>();
        jdbc.sql("SELECT node_key, not_applicable, na_reason, explanation FROM self_assessment_node "
                        + "WHERE assessment_id = :id").param("id", id)
                .query((rs, n) -> Map.entry(rs.getString(1), new SelfAssessment.NodeClaim(rs.getBoolean(2),
                        rs.getString(3), rs.getString(4)))).list()
                .forEach(e -> claims.put(e.getKey(), e.getValue()));
        return assessment(r, values, claims);
    }

    private SelfAssessment assessment(Map<String, Object> r, Map<String, String> values,
                                      Map<String, SelfAssessment.NodeClaim> claims) {
        long id = ((Number) r.get("id")).longValue();
        SelfAssessment.Receipt receipt = r.get("submitted_at") == null ? null : new SelfAssessment.Receipt(
                (String) r.get("receipt_number"), instant(r.get("submitted_at")), (String) r.get("submitted_by"),
                (java.math.BigDecimal) r.get("submitted_total"), (java.math.BigDecimal) r.get("submitted_max"),
                (java.math.BigDecimal) r.get("submitted_percent"), (String) r.get("submitted_class"));
        return new SelfAssessment(id, ((Number) r.get("period_id")).longValue(),
                ((Number) r.get("unit_id")).longValue(), (String) r.get("appendix_id"),
                AssessmentStatus.valueOf((String) r.get("status")), ((Number) r.get("version")).intValue(), values,
                claims, instant(r.get("last_activity_at")), (String) r.get("last_activity_by"),
                instant(r.get("completed_at")), (String) r.get("completed_by"), receipt);
    }

    /** A timestamp column as read by {@code listOfRows()}: H2 and PostgreSQL return different types. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    /** Evidence items linked to each node of the unit's appendix in the period. */
    public Map<String, Integer> evidenceByNode(long periodId, long unitId) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT l.node_key, COUNT(*) FROM evidence_link l JOIN evidence e ON e.id = l.evidence_id
                        WHERE l.period_id = :p AND e.unit_id = :u GROUP BY l.node_key""")
                .param("p", periodId).param("u", unitId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** What the form sends: every field of the form, typed text as it is. */
    public record Changes(Map<String, String> values, Map<String, SelfAssessment.NodeClaim> claims) {
    }

    /**
     * Saves the typed values and claims (the draft), even values that are not valid yet: they are shown with their
     * error and simply do not count. A complete self-assessment that is changed goes back to "in progress".
     *
     * @throws StaleSelfAssessmentException when someone saved after {@code expectedVersion}; nothing is written
     * @throws SelfAssessmentException      when the user may not change it (role, unit, submitted, locked)
     */
    @Transactional
    public SelfAssessment save(CurrentUser user, long periodId, int expectedVersion, Changes changes) {
        Period period = periods.find(periodId).orElseThrow(() -> new SelfAssessmentException("Không có kỳ đánh giá"));
        long unitId = requireEditor(user, period, Role.SPECIALIST);
        SelfAssessment current = startIfNeeded(period, unitId, user);
        requireVersion(current, expectedVersion);
        if (current.status() == AssessmentStatus.SUBMITTED) {
            throw new SelfAssessmentException("Bản tự đánh giá đã nộp nên không sửa được nữa");
        }
        Instant now = clock.instant();
        boolean changed = false;
        for (Map.Entry<String, String> e : changes.values().entrySet()) {
            String text = e.getValue() == null ? "" : e.getValue().strip();
            String before = current.value(e.getKey());
            if (text.equals(before)) {
                continue;
            }
            changed = true;
            writeValue(current.id(), e.getKey(), text, now, user.username());
        }
        for (Map.Entry<String, SelfAssessment.NodeClaim> e : changes.claims().entrySet()) {
            SelfAssessment.NodeClaim claim = normalise(e.getValue());
            if (claim.equals(normalise(current.claim(e.getKey())))) {
                continue;
            }
            changed = true;
            jdbc.sql("DELETE FROM self_assessment_node WHERE assessment_id = :id AND node_key = :k")
                    .param("id", current.id()).param("k", e.getKey()).update();
            if (!claim.isEmpty()) {
                jdbc.sql("""
                                INSERT INTO self_assessment_node (assessment_id, node_key, not_applicable, na_reason,
                                    explanation, updated_at, updated_by)
                                VALUES (:id, :k, :na, :reason, :explanation, :now, :by)""")
                        .param("id", current.id()).param("k", e.getKey()).param("na", claim.notApplicable())
                        .param("reason", claim.reason()).param("explanation", claim.explanation())
                        .param("now", Timestamp.from(now)).param("by", user.username()).update();
            }
        }
        if (changed) {
            AssessmentStatus status = current.status() == AssessmentStatus.COMPLETE
                    ? AssessmentStatus.IN_PROGRESS : current.status();
            bump(current, status, user, now);
            if (current.status() == AssessmentStatus.COMPLETE) {
                audit.record(user.username(), "SELF_ASSESSMENT_REOPENED_BY_EDIT", "self_assessment",
                        String.valueOf(current.id()), unitId, periodId, "COMPLETE", "IN_PROGRESS",
                        "Sửa số liệu sau khi đã đánh dấu hoàn thành");
            }
        }
        return find(periodId, unitId).orElseThrow();
    }

    private static SelfAssessment.NodeClaim normalise(SelfAssessment.NodeClaim claim) {
        return new SelfAssessment.NodeClaim(claim.notApplicable(), blankToNull(claim.reason()),
                blankToNull(claim.explanation()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The specialist declares the self-assessment complete, once nothing blocks it (see {@link SelfScoring}).
     *
     * @throws SelfAssessmentException listing what is still missing
     */
    @Transactional
    public SelfAssessment markComplete(CurrentUser user, long periodId, int expectedVersion) {
        Period period = periods.find(periodId).orElseThrow();
        long unitId = requireEditor(user, period, Role.SPECIALIST);
        Workspace workspace = workspace(period, unitId);
        SelfAssessment current = workspace.assessment();
        if (current.id() == null) {
            throw new SelfAssessmentException("Chưa có số liệu nào được nhập");
        }
        requireVersion(current, expectedVersion);
        if (current.status() != AssessmentStatus.IN_PROGRESS) {
            throw new SelfAssessmentException("Chỉ đánh dấu hoàn thành được khi bản tự đánh giá đang thực hiện");
        }
        List<String> blocking = SelfScoring.score(workspace).blockingIssues();
        if (!blocking.isEmpty()) {
            throw new SelfAssessmentException("Chưa hoàn thành được: " + String.join("; ", blocking));
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE self_assessment SET completed_at = :now, completed_by = :by WHERE id = :id")
                .param("now", Timestamp.from(now)).param("by", user.username()).param("id", current.id()).update();
        bump(current, AssessmentStatus.COMPLETE, user, now);
        audit.record(user.username(), "SELF_ASSESSMENT_COMPLETED", "self_assessment", String.valueOf(current.id()),
                unitId, periodId, "IN_PROGRESS", "COMPLETE", null);
        return find(periodId, unitId).orElseThrow();
    }

    /** The head hands a complete self-assessment back to the specialist, with a reason. */
    @Transactional
    public SelfAssessment handBack(CurrentUser user, long periodId, int expectedVersion, String reason) {
        Period period = periods.find(periodId).orElseThrow();
        long unitId = requireEditor(user, period, Role.HEAD);
        SelfAssessment current = find(periodId, unitId).orElseThrow(() ->
                new SelfAssessmentException("Chưa có bản tự đánh giá"));
        requireVersion(current, expectedVersion);
        if (current.status() != AssessmentStatus.COMPLETE) {
            throw new SelfAssessmentException("Chỉ trả lại được bản đã đánh dấu hoàn thành");
        }
        if (reason == null || reason.isBlank()) {
            throw new SelfAssessmentException("Hãy ghi lý do trả lại để chuyên viên biết cần sửa gì");
        }
        bump(current, AssessmentStatus.IN_PROGRESS, user, clock.instant());
        audit.record(user.username(), "SELF_ASSESSMENT_HANDED_BACK", "self_assessment", String.valueOf(current.id()),
                unitId, periodId, "COMPLETE", "IN_PROGRESS", reason.strip());
        return find(periodId, unitId).orElseThrow();
    }

    /**
     * The head submits: the self-assessment becomes read-only and a receipt records the time and the self-score.
     *
     * @throws SelfAssessmentException when it is not complete, or something blocks it
     */
    @Transactional
    public SelfAssessment submit(CurrentUser user, long periodId, int expectedVersion) {
        Period period = periods.find(periodId).orElseThrow();
        long unitId = requireEditor(user, period, Role.HEAD);
        Workspace workspace = workspace(period, unitId);
        SelfAssessment current = workspace.assessment();
        if (current.id() == null || current.status() != AssessmentStatus.COMPLETE) {
            throw new SelfAssessmentException("Chỉ nộp được khi chuyên viên đã đánh dấu hoàn thành");
        }
        requireVersion(current, expectedVersion);
        SelfScoring.Score score = SelfScoring.score(workspace);
        if (!score.blockingIssues().isEmpty()) {
            throw new SelfAssessmentException("Chưa nộp được: " + String.join("; ", score.blockingIssues()));
        }
        Instant now = clock.instant();
        String receipt = "TĐG-" + period.year() + "-" + workspace.unit().code() + "-" + current.id();
        var result = score.result();
        jdbc.sql("""
                        UPDATE self_assessment SET submitted_at = :now, submitted_by = :by, submitted_total = :total,
                            submitted_max = :max, submitted_percent = :percent, submitted_class = :class,
                            receipt_number = :receipt WHERE id = :id""")
                .param("now", Timestamp.from(now)).param("by", user.username()).param("total", result.total())
                .param("max", result.applicableMax()).param("percent", result.percent())
                .param("class", result.classificationLabel()).param("receipt", receipt).param("id", current.id())
                .update();
        bump(current, AssessmentStatus.SUBMITTED, user, now);
        audit.record(user.username(), "SELF_ASSESSMENT_SUBMITTED", "self_assessment", String.valueOf(current.id()),
                unitId, periodId, "COMPLETE", "SUBMITTED", "Biên nhận " + receipt + ", tự chấm "
                        + result.total().toPlainString());
        return find(periodId, unitId).orElseThrow();
    }

    /**
     * The fields a unit may correct in a submitted self-assessment when the department or the council returns only
     * some nodes: the inputs those nodes read and their hand-judged points. Everything else stays locked.
     */
    public static Set<String> correctableFields(Appendix appendix, Set<String> returnedNodes) {
        Set<String> fields = new LinkedHashSet<>();
        for (CriterionNode node : appendix.allNodes()) {
            if (!returnedNodes.contains(node.key()) || !node.isLeaf()) {
                continue;
            }
            fields.addAll(node.rule().inputsRead());
            node.inputs().forEach(i -> fields.add(i.key()));
            if (node.rule() instanceof Rule.Manual) {
                fields.add(SelfAssessment.MANUAL_PREFIX + node.key());
            }
        }
        return fields;
    }

    /**
     * The unit corrects the figures of nodes it was returned for, after submission. The caller (appraisal) says which
     * nodes are returned; a field outside them is refused, so the rest of the submitted self-assessment stays as it
     * was. Each changed field is audited with the reason.
     *
     * @return the keys that changed
     * @throws SelfAssessmentException when the user is not the unit's specialist or head, the self-assessment is not
     *                                 submitted, a field is not among the returned nodes, or the reason is missing
     */
    @Transactional
    public Set<String> correctReturnedInputs(CurrentUser user, long periodId, long unitId, Set<String> returnedNodes,
                                             Map<String, String> values, String reason) {
        if (!user.belongsTo(unitId) || (user.role() != Role.SPECIALIST && user.role() != Role.HEAD)) {
            throw new SelfAssessmentException("Chỉ cán bộ đầu mối hoặc lãnh đạo của đơn vị mới sửa được số liệu");
        }
        SelfAssessment current = find(periodId, unitId).filter(a -> a.status() == AssessmentStatus.SUBMITTED)
                .orElseThrow(() -> new SelfAssessmentException("Chỉ sửa theo yêu cầu giải trình sau khi đã nộp"));
        Period period = periods.find(periodId).orElseThrow();
        Appendix appendix = workspace(period, unitId).appendix();
        Set<String> allowed = correctableFields(appendix, returnedNodes);
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                throw new SelfAssessmentException("Số liệu «" + key + "» không thuộc tiêu chí được trả lại để sửa");
            }
        }
        if (reason == null || reason.isBlank()) {
            throw new SelfAssessmentException("Hãy ghi nội dung sửa đổi để Sở và Hội đồng biết");
        }
        Instant now = clock.instant();
        Set<String> changed = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String text = e.getValue() == null ? "" : e.getValue().strip();
            String before = current.value(e.getKey());
            if (text.equals(before)) {
                continue;
            }
            changed.add(e.getKey());
            writeValue(current.id(), e.getKey(), text, now, user.username());
            audit.record(user.username(), "SELF_ASSESSMENT_CORRECTED", "self_assessment",
                    current.id() + ":" + e.getKey(), unitId, periodId, before, text, reason.strip());
        }
        if (!changed.isEmpty()) {
            bump(current, AssessmentStatus.SUBMITTED, user, now);
        }
        return changed;
    }

    private long requireEditor(CurrentUser user, Period period, Role role) {
        if (user.unitId() == null || user.role() != role) {
            throw new SelfAssessmentException(role == Role.HEAD
                    ? "Chỉ lãnh đạo đơn vị mới nộp hoặc trả lại bản tự đánh giá"
                    : "Chỉ cán bộ đầu mối CNTT của đơn vị mới nhập và đánh dấu hoàn thành bản tự đánh giá");
        }
        long unitId = user.unitId();
        if (periods.appendixOf(period.id(), unitId).isEmpty()) {
            throw new SelfAssessmentException("Đơn vị không tham gia kỳ đánh giá năm " + period.year());
        }
        if (!periods.openFor(period, unitId)) {
            throw new SelfAssessmentException("Đã hết hạn tự đánh giá (" + format(periods.deadlineFor(period, unitId))
                    + "); chỉ thay đổi được khi Sở gia hạn");
        }
        return unitId;
    }

    private static String format(java.time.LocalDate day) {
        return String.format("%02d/%02d/%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    private SelfAssessment startIfNeeded(Period period, long unitId, CurrentUser user) {
        return find(period.id(), unitId).orElseGet(() -> {
            String appendix = periods.appendixOf(period.id(), unitId).orElseThrow();
            jdbc.sql("""
                            INSERT INTO self_assessment (period_id, unit_id, appendix_id, status, version,
                                last_activity_at, last_activity_by)
                            VALUES (:p, :u, :a, 'IN_PROGRESS', 0, :now, :by)""")
                    .param("p", period.id()).param("u", unitId).param("a", appendix)
                    .param("now", Timestamp.from(clock.instant())).param("by", user.username()).update();
            return find(period.id(), unitId).orElseThrow();
        });
    }

    private void requireVersion(SelfAssessment current, int expectedVersion) {
        if (current.id() != null && current.version() != expectedVersion
                && !(current.version() == 0 && expectedVersion == 0)) {
            throw new StaleSelfAssessmentException(current.lastActivityBy(), current.lastActivityAt());
        }
    }

    private void bump(SelfAssessment current, AssessmentStatus status, CurrentUser user, Instant now) {
        int rows = jdbc.sql("""
                        UPDATE self_assessment SET status = :status, version = version + 1, last_activity_at = :now,
                            last_activity_by = :by WHERE id = :id AND version = :version""")
                .param("status", status.name()).param("now", Timestamp.from(now)).param("by", user.username())
                .param("id", current.id()).param("version", current.version()).update();
        if (rows == 0) {
            SelfAssessment fresh = find(current.periodId(), current.unitId()).orElseThrow();
            throw new StaleSelfAssessmentException(fresh.lastActivityBy(), fresh.lastActivityAt());
        }
    }
}
