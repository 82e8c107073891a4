package vn.ictindex.appraisal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessment;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.assessment.TypedInputs;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.UnitInputs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a unit's values in any score layer and records a change to one field of a layer. A layer's values are the
 * agency's self-assessment overlaid with the entries of every layer up to it, so a layer holds only what differs,
 * and every difference has a reason. Callers decide who may write which layer; this class keeps the values, the
 * optimistic locks and the audit trail right.
 */
@Service
public class ScoreLayers {

    private final JdbcClient jdbc;
    private final SelfAssessments selfAssessments;
    private final Periods periods;
    private final CriteriaVersions criteria;
    private final AuditTrail audit;
    private final Clock clock;

    ScoreLayers(JdbcClient jdbc, SelfAssessments selfAssessments, Periods periods, CriteriaVersions criteria,
                AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.selfAssessments = selfAssessments;
        this.periods = periods;
        this.criteria = criteria;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A unit's typed values in one layer.
     *
     * @param values        typed text by input key and {@code manual:NODE}
     * @param notApplicable the nodes that are not applicable in this layer
     */
    public record LayerValues(Map<String, String> values, Set<String> notApplicable) {

        public LayerValues {
            values = Map.copyOf(values);
            notApplicable = Set.copyOf(notApplicable);
        }

        /** The text of a field as {@link LayerEntry#fieldKey()} names it ({@code na:NODE} gives "true"/"false"). */
        public String field(String fieldKey) {
            if (fieldKey.startsWith(LayerEntry.NOT_APPLICABLE_PREFIX)) {
                return String.valueOf(notApplicable.contains(
                        fieldKey.substring(LayerEntry.NOT_APPLICABLE_PREFIX.length())));
            }
            return values.getOrDefault(fieldKey, "");
        }
    }

    /** Every entry of a unit above SELF, in layer order then field order. */
    public List<LayerEntry> entries(long periodId, long unitId) {
        return jdbc.sql("""
                        SELECT * FROM layer_entry WHERE period_id = :p AND unit_id = :u
                        ORDER BY CASE layer WHEN 'COMPILED' THEN 1 WHEN 'APPRAISED' THEN 2 ELSE 3 END, field_key""")
                .param("p", periodId).param("u", unitId).query(ENTRY).list();
    }

    /** The entries of several units, by unit id, each unit's in the order of {@link #entries}: one query. */
    private Map<Long, List<LayerEntry>> entries(long periodId, Collection<Long> unitIds) {
        Map<Long, List<LayerEntry>> byUnit = new java.util.HashMap<>();
        if (unitIds.isEmpty()) {
            return byUnit;
        }
        jdbc.sql("""
                        SELECT * FROM layer_entry WHERE period_id = :p AND unit_id IN (:units)
                        ORDER BY unit_id, CASE layer WHEN 'COMPILED' THEN 1 WHEN 'APPRAISED' THEN 2 ELSE 3 END,
                            field_key""")
                .param("p", periodId).param("units", unitIds).query(ENTRY).list()
                .forEach(e -> byUnit.computeIfAbsent(e.unitId(), u -> new ArrayList<>()).add(e));
        return byUnit;
    }

    private static final RowMapper<LayerEntry> ENTRY = (rs, n) -> new LayerEntry(rs.getLong("id"),
            rs.getLong("period_id"), rs.getLong("unit_id"), ScoreLayer.valueOf(rs.getString("layer")),
            rs.getString("field_key"), rs.getString("node_key"), rs.getString("value_text"), rs.getString("reason"),
            rs.getString("set_by"), rs.getTimestamp("set_at").toInstant(), rs.getInt("version"));

    public Optional<LayerEntry> entry(long periodId, long unitId, ScoreLayer layer, String fieldKey) {
        return entries(periodId, unitId).stream()
                .filter(e -> e.layer() == layer && e.fieldKey().equals(fieldKey)).findFirst();
    }

    public LayerValues values(long periodId, long unitId, ScoreLayer layer) {
        return valuesFrom(selfAssessments.find(periodId, unitId), entries(periodId, unitId), layer);
    }

    private static LayerValues valuesFrom(Optional<SelfAssessment> self, List<LayerEntry> entries, ScoreLayer layer) {
        Map<String, String> values = new LinkedHashMap<>(self.map(SelfAssessment::values).orElse(Map.of()));
        Set<String> notApplicable = new LinkedHashSet<>();
        self.ifPresent(s -> s.claims().forEach((node, claim) -> {
            if (claim.notApplicable()) {
                notApplicable.add(node);
            }
        }));
        for (LayerEntry e : entries) {
            if (e.layer().compareTo(layer) > 0) {
                continue;
            }
            if (e.isNotApplicableDecision()) {
                String node = e.fieldKey().substring(LayerEntry.NOT_APPLICABLE_PREFIX.length());
                if (Boolean.parseBoolean(e.valueText())) {
                    notApplicable.add(node);
                } else {
                    notApplicable.remove(node);
                }
            } else if (e.valueText().isBlank()) {
                values.remove(e.fieldKey());
            } else {
                values.put(e.fieldKey(), e.valueText());
            }
        }
        return new LayerValues(values, notApplicable);
    }

    /**
     * The inputs of every unit of a target group in a period, in one layer: what the engine scores together.
     *
     * @param units       by unit id, in the order of the unit ids
     * @param fieldErrors by unit id: fields whose text cannot be read (left out of the inputs, so they never count)
     */
    public record GroupInputs(Appendix appendix, Map<Long, UnitInputs> units,
                              Map<Long, Map<String, String>> fieldErrors) {

        public List<UnitInputs> inputs() {
            return List.copyOf(units.values());
        }
    }

    public GroupInputs groupInputs(long periodId, String appendixId, ScoreLayer layer) {
        Period period = periods.find(periodId).orElseThrow(() -> new LayerException("Không có kỳ đánh giá " + periodId));
        Appendix appendix = criteria.find(period.criteriaCode(), period.criteriaVersion())
                .flatMap(v -> v.appendix(appendixId))
                .orElseThrow(() -> new LayerException("Bộ tiêu chí của kỳ không có phụ lục " + appendixId));
        Map<Long, UnitInputs> units = new LinkedHashMap<>();
        Map<Long, Map<String, String>> errors = new LinkedHashMap<>();
        List<Long> unitIds = periods.participants(periodId).entrySet().stream()
                .filter(e -> e.getValue().equals(appendixId))
                .map(Map.Entry::getKey).sorted().toList();
        // every unit's self-assessment and entries in a few queries, not four per unit
        Map<Long, SelfAssessment> selves = selfAssessments.findAll(periodId, unitIds);
        Map<Long, List<LayerEntry>> entries = entries(periodId, unitIds);
        for (long unitId : unitIds) {
            LayerValues values = valuesFrom(Optional.ofNullable(selves.get(unitId)),
                    entries.getOrDefault(unitId, List.of()), layer);
            TypedInputs.Read read = TypedInputs.read(String.valueOf(unitId), appendix, values.values(),
                    values.notApplicable());
            units.put(unitId, read.inputs());
            if (!read.fieldErrors().isEmpty()) {
                errors.put(unitId, read.fieldErrors());
            }
        }
        return new GroupInputs(appendix, units, errors);
    }

    /**
     * A change to one field of a layer. Setting the value the layer below already has removes the entry (the layers
     * agree again, nothing to explain); any other value needs a reason.
     *
     * @param expectedVersion the version of the entry the user started from, or null when there was none
     * @return the entry now in force, or empty when the layer agrees with the one below
     * @throws LayerException      when the reason is missing or the layer is SELF
     * @throws StaleLayerException when someone else changed the field since; nothing is written
     */
    @Transactional
    public Optional<LayerEntry> set(String actor, long periodId, long unitId, ScoreLayer layer, String fieldKey,
                                    String nodeKey, String valueText, String reason, Integer expectedVersion) {
        if (layer == ScoreLayer.SELF) {
            throw new LayerException("Điểm tự chấm chỉ do đơn vị nhập trong bản tự đánh giá");
        }
        List<LayerEntry> entries = entries(periodId, unitId);
        Optional<LayerEntry> current = entries.stream()
                .filter(e -> e.layer() == layer && e.fieldKey().equals(fieldKey)).findFirst();
        Integer actual = current.map(LayerEntry::version).orElse(null);
        if (!Objects.equals(actual, expectedVersion)) {
            throw stale(current);
        }
        String text = valueText == null ? "" : valueText.strip();
        String below = valuesFrom(selfAssessments.find(periodId, unitId), entries, layer.below()).field(fieldKey);
        String before = current.map(LayerEntry::valueText).orElse(below);
        if (text.equals(before) && current.isPresent()) {
            return current;
        }
        if (text.equals(below)) {
            current.ifPresent(e -> {
                jdbc.sql("DELETE FROM layer_entry WHERE id = :id AND version = :v")
                        .param("id", e.id()).param("v", e.version()).update();
                audit.record(actor, "LAYER_RESET", "layer_entry", layer + ":" + fieldKey, unitId, periodId,
                        e.valueText(), text, reason == null || reason.isBlank() ? "Trở về như lớp dưới" : reason);
            });
            return Optional.empty();
        }
        if (reason == null || reason.isBlank()) {
            throw new LayerException("Cần ghi lý do khi " + layer.label().toLowerCase() + " khác với "
                    + layer.below().label().toLowerCase() + " (" + nodeKey + ")");
        }
        Instant now = clock.instant();
        if (current.isPresent()) {
            int rows = jdbc.sql("""
                            UPDATE layer_entry SET value_text = :v, reason = :r, set_by = :by, set_at = :at,
                                version = version + 1, node_key = :node WHERE id = :id AND version = :version""")
                    .param("v", text).param("r", reason.strip()).param("by", actor).param("at", Timestamp.from(now))
                    .param("node", nodeKey).param("id", current.get().id()).param("version", current.get().version())
                    .update();
            if (rows == 0) {
                throw stale(entry(periodId, unitId, layer, fieldKey));
            }
        } else {
            try {
                jdbc.sql("""
                                INSERT INTO layer_entry (period_id, unit_id, layer, field_key, node_key, value_text,
                                    reason, set_by, set_at, version)
                                VALUES (:p, :u, :layer, :field, :node, :v, :r, :by, :at, 0)""")
                        .param("p", periodId).param("u", unitId).param("layer", layer.name())
                        .param("field", fieldKey).param("node", nodeKey).param("v", text).param("r", reason.strip())
                        .param("by", actor).param("at", Timestamp.from(now)).update();
            } catch (DuplicateKeyException e) {
                // another appraiser inserted the same field a moment ago; PostgreSQL has aborted this transaction
                throw stale(Optional.empty());
            }
        }
        audit.record(actor, "LAYER_CHANGED", "layer_entry", layer + ":" + fieldKey, unitId, periodId, before, text,
                reason.strip());
        return entry(periodId, unitId, layer, fieldKey);
    }

    private static StaleLayerException stale(Optional<LayerEntry> now) {
        return new StaleLayerException(now.map(LayerEntry::setBy).orElse(null),
                now.map(LayerEntry::setAt).orElse(null));
    }

}
