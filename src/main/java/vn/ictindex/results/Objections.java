package vn.ictindex.results;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.appraisal.LayerEntry;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.ScoreLayers;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.evidence.EvidenceItem;
import vn.ictindex.assessment.evidence.EvidenceLibrary;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.InputDefinition;
import vn.ictindex.scoring.InputText;
import vn.ictindex.scoring.Rule;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Objections to preliminary results: a unit objects per node, within the window, with reasons and evidence from its
 * library; the council or the department decides each one. An upheld objection changes the FINAL layer through
 * {@link ScoreLayers#set} with the decision as the reason, so the next final snapshot reflects it.
 */
@Service
public class Objections {

    private final JdbcClient jdbc;
    private final Publications publications;
    private final Periods periods;
    private final CriteriaVersions criteria;
    private final ScoreLayers layers;
    private final EvidenceLibrary evidence;
    private final AuditTrail audit;
    private final Clock clock;

    Objections(JdbcClient jdbc, Publications publications, Periods periods, CriteriaVersions criteria,
               ScoreLayers layers, EvidenceLibrary evidence, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.publications = publications;
        this.periods = periods;
        this.criteria = criteria;
        this.layers = layers;
        this.evidence = evidence;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The unit of the user objects to one node of its preliminary results.
     *
     * @throws ResultsException when the user acts for no unit, the window is closed, the node is unknown, the reason
     *                          is missing or an evidence item is not the unit's
     */
    @Transactional
    public Objection raise(CurrentUser user, long periodId, String nodeKey, String reason, List<Long> evidenceIds) {
        if (user.unitId() == null || (user.role() != Role.SPECIALIST && user.role() != Role.HEAD)) {
            throw new ResultsException("Chỉ cán bộ của đơn vị được đánh giá mới gửi kiến nghị");
        }
        long unitId = user.unitId();
        String appendixId = periods.appendixOf(periodId, unitId)
                .orElseThrow(() -> new ResultsException("Đơn vị không tham gia kỳ đánh giá này"));
        Publication publication = publications.openForObjections(periodId, appendixId)
                .orElseThrow(() -> new ResultsException("Không trong thời hạn nhận kiến nghị về kết quả sơ bộ"));
        if (nodeKey == null || appendix(periodId, appendixId).node(nodeKey).isEmpty()) {
            throw new ResultsException("Hãy chọn tiêu chí cần kiến nghị");
        }
        if (reason == null || reason.isBlank()) {
            throw new ResultsException("Cần ghi nội dung kiến nghị: vì sao điểm của tiêu chí này chưa đúng");
        }
        List<Long> chosen = evidenceIds == null ? List.of() : evidenceIds.stream().distinct().toList();
        Set<Long> own = evidence.library(unitId).stream().map(EvidenceItem::id).collect(Collectors.toSet());
        if (!own.containsAll(chosen)) {
            throw new ResultsException("Chỉ đính kèm được tài liệu kiểm chứng trong thư viện của đơn vị mình");
        }
        // a second click on the same form sends the same objection again: keep the first
        Optional<Objection> same = ofUnit(periodId, unitId).stream().filter(o -> o.isOpen()
                && o.nodeKey().equals(nodeKey) && o.reason().equals(reason.strip())).findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO result_objection (publication_id, period_id, unit_id, node_key, reason, raised_by,
                            raised_at, status, version)
                        VALUES (:pub, :p, :u, :node, :reason, :by, :at, 'OPEN', 0)""")
                .param("pub", publication.id()).param("p", periodId).param("u", unitId).param("node", nodeKey)
                .param("reason", reason.strip()).param("by", user.username())
                .param("at", Timestamp.from(clock.instant())).update(key, "id");
        long id = key.getKey().longValue();
        chosen.forEach(e -> jdbc.sql("INSERT INTO result_objection_evidence (objection_id, evidence_id) VALUES (:o, :e)")
                .param("o", id).param("e", e).update());
        audit.record(user.username(), "OBJECTION_RAISED", "result_objection", String.valueOf(id), unitId, periodId,
                null, nodeKey, reason.strip());
        return find(id).orElseThrow();
    }

    /**
     * The council or the department decides an objection.
     *
     * @param upheld   when true, {@code fieldKey} of the node is set to {@code newValue} in the FINAL layer
     * @throws ResultsException when the user may not decide, the reason or the field is missing, or someone decided
     *                          it meanwhile (nothing is written then)
     */
    @Transactional
    public Objection decide(CurrentUser user, long objectionId, int expectedVersion, boolean upheld,
                            String fieldKey, String newValue, String reason) {
        if (user.role() != Role.ADMIN && user.role() != Role.COUNCIL) {
            throw new ResultsException("Chỉ Hội đồng thẩm định hoặc Sở quyết định kiến nghị");
        }
        Objection objection = find(objectionId).orElseThrow(() -> new ResultsException("Không có kiến nghị này"));
        if (!objection.isOpen() || objection.version() != expectedVersion) {
            throw new ResultsException("Kiến nghị này vừa được " + (objection.decidedBy() == null ? "người khác"
                    : objection.decidedBy()) + " quyết định sau khi bạn mở trang; hãy tải lại để xem.");
        }
        if (reason == null || reason.isBlank()) {
            throw new ResultsException("Cần ghi lý do của quyết định");
        }
        String field = null;
        String value = null;
        if (upheld) {
            if (fieldKey == null || fieldKey.isBlank()) {
                throw new ResultsException("Chấp nhận kiến nghị thì cần chọn số liệu được sửa và giá trị mới");
            }
            String appendixId = periods.appendixOf(objection.periodId(), objection.unitId()).orElseThrow();
            if (!fields(appendix(objection.periodId(), appendixId), objection.nodeKey()).containsKey(fieldKey)) {
                throw new ResultsException("Số liệu «" + fieldKey + "» không thuộc tiêu chí " + objection.nodeKey());
            }
            field = fieldKey;
            value = newValue == null ? "" : newValue.strip();
            checkValue(appendix(objection.periodId(), appendixId), field, value);
            Integer entryVersion = layers.entry(objection.periodId(), objection.unitId(), ScoreLayer.FINAL, field)
                    .map(LayerEntry::version).orElse(null);
            layers.set(user.username(), objection.periodId(), objection.unitId(), ScoreLayer.FINAL, field,
                    objection.nodeKey(), value, "Chấp nhận kiến nghị #" + objectionId + ": " + reason.strip(),
                    entryVersion);
        }
        Instant now = clock.instant();
        int rows = jdbc.sql("""
                        UPDATE result_objection SET status = :status, decision_reason = :reason, field_key = :field,
                            new_value = :value, decided_by = :by, decided_at = :at, version = version + 1
                        WHERE id = :id AND version = :version AND status = 'OPEN'""")
                .param("status", upheld ? "UPHELD" : "REJECTED").param("reason", reason.strip())
                .param("field", field).param("value", value).param("by", user.username())
                .param("at", Timestamp.from(now)).param("id", objectionId).param("version", expectedVersion)
                .update();
        if (rows == 0) {
            throw new ResultsException("Kiến nghị này vừa được người khác quyết định; hãy tải lại để xem.");
        }
        audit.record(user.username(), upheld ? "OBJECTION_UPHELD" : "OBJECTION_REJECTED", "result_objection",
                String.valueOf(objectionId), objection.unitId(), objection.periodId(), "OPEN",
                upheld ? field + " = " + value : "REJECTED", reason.strip());
        return find(objectionId).orElseThrow();
    }

    /** A value the engine cannot read would silently count as missing: refuse it with what the field expects. */
    private static void checkValue(Appendix appendix, String field, String value) {
        if (value.isEmpty()) {
            return;
        }
        if (field.startsWith(LayerEntry.NOT_APPLICABLE_PREFIX)) {
            if (!value.equals("true") && !value.equals("false")) {
                throw new ResultsException("Không áp dụng: nhập true (không áp dụng) hoặc false, không phải «"
                        + value + "»");
            }
        } else if (field.startsWith(LayerEntry.MANUAL_PREFIX)) {
            if (InputText.number(value, true) == null) {
                throw new ResultsException("Cần nhập số điểm (ví dụ 4,5), không phải «" + value + "»");
            }
        } else {
            InputDefinition input = appendix.input(field).orElseThrow();
            if (InputText.parse(input, value, true) == null) {
                throw new ResultsException(input.label() + ": cần nhập " + InputText.expected(input)
                        + ", không phải «" + value + "»");
            }
        }
    }

    /**
     * The fields of a node a decision may change, with their labels: its inputs, the points of a hand-judged node,
     * and whether it applies.
     */
    public Map<String, String> fields(Appendix appendix, String nodeKey) {
        Map<String, String> fields = new LinkedHashMap<>();
        appendix.node(nodeKey).ifPresent(node -> {
            List<CriterionNode> nodes = new ArrayList<>();
            node.visit(nodes::add);
            for (CriterionNode n : nodes) {
                for (InputDefinition input : n.inputs()) {
                    fields.put(input.key(), input.label());
                }
                for (String read : n.rule() == null ? List.<String>of() : n.rule().inputsRead()) {
                    appendix.input(read).ifPresent(i -> fields.putIfAbsent(i.key(), i.label()));
                }
                if (n.rule() instanceof Rule.Manual) {
                    fields.put(LayerEntry.MANUAL_PREFIX + n.key(), "Điểm chấm của " + n.key());
                }
            }
            fields.put(LayerEntry.notApplicableKey(nodeKey), "Không áp dụng (true/false)");
        });
        return fields;
    }

    public Appendix appendix(long periodId, String appendixId) {
        Period period = periods.find(periodId).orElseThrow(() -> new ResultsException("Không có kỳ đánh giá"));
        return criteria.find(period.criteriaCode(), period.criteriaVersion()).flatMap(v -> v.appendix(appendixId))
                .orElseThrow(() -> new ResultsException("Bộ tiêu chí của kỳ không có phụ lục " + appendixId));
    }

    public Optional<Objection> find(long id) {
        return list("SELECT * FROM result_objection WHERE id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** A unit's objections in a period, oldest first. */
    public List<Objection> ofUnit(long periodId, long unitId) {
        return list("SELECT * FROM result_objection WHERE period_id = :p AND unit_id = :u ORDER BY id",
                Map.of("p", periodId, "u", unitId));
    }

    /** Every objection of a period, open ones first, then oldest first. */
    public List<Objection> ofPeriod(long periodId) {
        return list("""
                SELECT * FROM result_objection WHERE period_id = :p
                ORDER BY CASE status WHEN 'OPEN' THEN 0 ELSE 1 END, id""", Map.of("p", periodId));
    }

    private List<Objection> list(String sql, Map<String, Object> params) {
        List<Map<String, Object>> rows = jdbc.sql(sql).params(params).query().listOfRows();
        List<Objection> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            long id = ((Number) r.get("id")).longValue();
            List<Long> evidenceIds = jdbc.sql("SELECT evidence_id FROM result_objection_evidence WHERE objection_id = :o "
                    + "ORDER BY evidence_id").param("o", id).query(Long.class).list();
            out.add(new Objection(id, ((Number) r.get("publication_id")).longValue(),
                    ((Number) r.get("period_id")).longValue(), ((Number) r.get("unit_id")).longValue(),
                    (String) r.get("node_key"), (String) r.get("reason"), (String) r.get("raised_by"),
                    ResultSnapshots.instant(r.get("raised_at")), Objection.Status.valueOf((String) r.get("status")),
                    (String) r.get("decision_reason"), (String) r.get("field_key"), (String) r.get("new_value"),
                    (String) r.get("decided_by"), ResultSnapshots.instant(r.get("decided_at")),
                    ((Number) r.get("version")).intValue(), evidenceIds));
        }
        return out;
    }
}
