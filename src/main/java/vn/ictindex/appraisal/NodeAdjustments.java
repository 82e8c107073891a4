package vn.ictindex.appraisal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.assessment.AssessmentStatus;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessment;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.assessment.TypedInputs;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.NotApplicablePolicy;
import vn.ictindex.scoring.Rule;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The department adjusts a node in the compiled layer, a council member in the appraised layer: the node's inputs, its
 * hand-judged points or its not-applicable decision, with one reason. Either every changed field is saved or none.
 */
@Service
public class NodeAdjustments {

    private final ScoreLayers layers;
    private final AppraisalAccess access;
    private final UnitStages stages;
    private final SelfAssessments assessments;
    private final Periods periods;
    private final CriteriaVersions criteria;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    NodeAdjustments(ScoreLayers layers, AppraisalAccess access, UnitStages stages, SelfAssessments assessments,
                    Periods periods, CriteriaVersions criteria, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.layers = layers;
        this.access = access;
        this.stages = stages;
        this.assessments = assessments;
        this.periods = periods;
        this.criteria = criteria;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The fields of a node a layer may change: the inputs its rule reads, {@code manual:}, {@code na:}. */
    public static List<String> fieldsOf(CriterionNode node) {
        Set<String> fields = new LinkedHashSet<>(node.rule().inputsRead());
        node.inputs().forEach(i -> fields.add(i.key()));
        if (node.rule() instanceof Rule.Manual) {
            fields.add(LayerEntry.MANUAL_PREFIX + node.key());
        }
        if (node.notApplicable() != NotApplicablePolicy.NOT_ALLOWED) {
            fields.add(LayerEntry.notApplicableKey(node.key()));
        }
        return List.copyOf(fields);
    }

    public Appendix appendixOf(long periodId, long unitId) {
        Period period = periods.find(periodId).orElseThrow(() -> new AppraisalException("Không có kỳ đánh giá"));
        String appendixId = periods.appendixOf(periodId, unitId)
                .orElseThrow(() -> new AppraisalException("Đơn vị không tham gia kỳ đánh giá này"));
        return criteria.find(period.criteriaCode(), period.criteriaVersion()).flatMap(v -> v.appendix(appendixId))
                .orElseThrow();
    }

    /** The layer this user writes, or null when the user only reads. */
    public static ScoreLayer layerOf(CurrentUser user) {
        return switch (user.role()) {
            case ADMIN -> ScoreLayer.COMPILED;
            case COUNCIL -> ScoreLayer.APPRAISED;
            default -> null;
        };
    }

    /** Why the user may not change the node in its layer now, or null when it may. */
    public String refusal(CurrentUser user, long periodId, long unitId, Appendix appendix, String nodeKey) {
        ScoreLayer layer = layerOf(user);
        if (layer == null || !access.seesNode(user, periodId, unitId, appendix, nodeKey)) {
            return "Bạn không được phân công chấm tiêu chí này";
        }
        boolean submitted = assessments.find(periodId, unitId).map(SelfAssessment::status)
                .filter(s -> s == AssessmentStatus.SUBMITTED).isPresent();
        if (!submitted) {
            return "Đơn vị chưa nộp bản tự đánh giá";
        }
        UnitStage stage = stages.of(periodId, unitId);
        if (layer == ScoreLayer.COMPILED && stage.compiled()) {
            return "Đơn vị đã được đánh dấu tổng hợp xong; mở lại tổng hợp để sửa";
        }
        if (layer == ScoreLayer.APPRAISED && !stage.compiled()) {
            return "Sở chưa tổng hợp xong đơn vị này nên Hội đồng chưa thẩm định được";
        }
        if (layer == ScoreLayer.APPRAISED && stage.signedOff()) {
            return "Hội đồng đã thông qua kết quả của đơn vị; chỉ Sở mở lại được";
        }
        return null;
    }

    /**
     * Saves a node's fields in the user's layer.
     *
     * @param values   the typed text by field key ({@code na:NODE} is "true"/"false"); fields not sent are untouched
     * @param versions by field key: the version of the layer entry the user started from, null when there was none
     * @throws NodeAdjustmentRefusedException when a value cannot be read or the reason is missing; nothing is saved
     * @throws StaleLayerException            when another appraiser saved a field meanwhile; nothing is saved
     * @throws AppraisalException             when the user may not change the node now
     */
    @Transactional
    public void adjust(CurrentUser user, long periodId, long unitId, String nodeKey, Map<String, String> values,
                       Map<String, Integer> versions, String reason) {
        Appendix appendix = appendixOf(periodId, unitId);
        CriterionNode node = appendix.node(nodeKey).orElseThrow(() -> new AppraisalException("Không có tiêu chí "
                + nodeKey));
        String refusal = refusal(user, periodId, unitId, appendix, nodeKey);
        if (refusal != null) {
            throw new AppraisalException(refusal);
        }
        ScoreLayer layer = layerOf(user);
        List<String> fields = fieldsOf(node);
        ScoreLayers.LayerValues current = layers.values(periodId, unitId, layer);
        Map<String, String> changed = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!fields.contains(e.getKey())) {
                throw new AppraisalException("Trường «" + e.getKey() + "» không thuộc tiêu chí " + nodeKey);
            }
            String text = e.getValue() == null ? "" : e.getValue().strip();
            if (!text.equals(current.field(e.getKey()))) {
                changed.put(e.getKey(), text);
            }
        }
        Map<String, String> errors = new LinkedHashMap<>(TypedInputs.read(String.valueOf(unitId), appendix,
                changed, Set.of()).fieldErrors());
        boolean differsFromBelow = false;
        ScoreLayers.LayerValues below = layers.values(periodId, unitId, layer.below());
        for (Map.Entry<String, String> e : changed.entrySet()) {
            differsFromBelow |= !e.getValue().equals(below.field(e.getKey()));
        }
        if (differsFromBelow && (reason == null || reason.isBlank())) {
            errors.put("reason", "Cần ghi lý do khi " + layer.label().toLowerCase() + " khác với "
                    + layer.below().label().toLowerCase());
        }
        if (!errors.isEmpty()) {
            throw new NodeAdjustmentRefusedException("Chưa lưu: " + String.join("; ", errors.values()), errors);
        }
        List<String> keys = new ArrayList<>(changed.keySet());
        for (String key : keys) {
            layers.set(user.username(), periodId, unitId, layer, key, nodeKey, changed.get(key), reason,
                    versions.get(key));
        }
        if (layer == ScoreLayer.COMPILED) {
            stages.start(periodId, unitId);
            check(user, periodId, unitId, nodeKey);
        }
    }

    /** The department accepts a node as it stands in the compiled layer. */
    @Transactional
    public void accept(CurrentUser user, long periodId, long unitId, String nodeKey) {
        if (user.role() != Role.ADMIN) {
            throw new AppraisalException("Chỉ Sở TTTT kiểm tra, tổng hợp");
        }
        Appendix appendix = appendixOf(periodId, unitId);
        String refusal = refusal(user, periodId, unitId, appendix, nodeKey);
        if (refusal != null) {
            throw new AppraisalException(refusal);
        }
        stages.start(periodId, unitId);
        check(user, periodId, unitId, nodeKey);
    }

    private void check(CurrentUser user, long periodId, long unitId, String nodeKey) {
        int rows = jdbc.sql("""
                        INSERT INTO compiled_node (period_id, unit_id, node_key, checked_by, checked_at)
                        VALUES (:p, :u, :n, :by, :at) ON CONFLICT DO NOTHING""")
                .param("p", periodId).param("u", unitId).param("n", nodeKey).param("by", user.username())
                .param("at", Timestamp.from(clock.instant())).update();
        if (rows == 1) {
            audit.record(user.username(), "NODE_CHECKED", "compiled_node", nodeKey, unitId, periodId, null,
                    "checked", null);
        }
    }

    /** The nodes the department has checked for the unit. */
    public Set<String> checked(long periodId, long unitId) {
        return new LinkedHashSet<>(jdbc.sql("SELECT node_key FROM compiled_node WHERE period_id = :p AND unit_id = :u")
                .param("p", periodId).param("u", unitId).query(String.class).list());
    }
}
