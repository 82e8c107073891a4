package vn.ictindex.appraisal.web;

import vn.ictindex.appraisal.ClarificationThread;
import vn.ictindex.appraisal.EvidenceDecision;
import vn.ictindex.appraisal.LayerEntry;
import vn.ictindex.appraisal.LayerScores;
import vn.ictindex.appraisal.NodeAdjustments;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.UnitStage;
import vn.ictindex.assessment.evidence.EvidenceItem;
import vn.ictindex.organisation.Unit;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.Formulas;
import vn.ictindex.scoring.Rule;
import vn.ictindex.scoring.InputDefinition;
import vn.ictindex.scoring.NodeResult;
import vn.ictindex.scoring.Numbers;
import vn.ictindex.scoring.Trace;
import vn.ictindex.scoring.UnitResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The layer comparison of one unit: per node the points of every layer side by side, what differs from the layer
 * below (with its reason, author and time), the fields behind the points, and what the viewer may do on the node.
 */
record UnitAppraisalView(LayerScores.UnitLayers layers, Unit unit, UnitStage stage, List<ScoreLayer> columns,
                         List<Total> totals, List<NodeRow> nodes, ScoreLayer editLayer, boolean department,
                         boolean council, boolean agency, boolean canSignOff, List<ClarificationThread> threads) {

    record Total(ScoreLayer layer, String total, String applicableMax, String percent, String classification,
                 boolean differs) {
    }

    record Cell(ScoreLayer layer, String points, String trace, boolean differs) {
    }

    record Field(String key, String domId, String label, boolean notApplicable, List<String> layerValues,
                 String value, Integer version, String error) {
    }

    record Change(ScoreLayer layer, String field, String value, String reason, String setBy, java.time.Instant setAt) {
    }

    record Evidence(EvidenceItem item, EvidenceDecision decision) {
    }

    record NodeRow(String key, String domId, String name, int depth, boolean leaf, String maxPoints, List<Cell> cells,
                   boolean differs, List<Change> changes, List<Field> fields, boolean editable, String refusal,
                   boolean checked, List<Evidence> evidence, long openThreads, String problem, boolean open) {
    }

    /** What was typed in a refused form, to show again with its errors. */
    record Typed(String nodeKey, Map<String, String> values, Map<String, String> errors, String reason,
                 String problem) {
        static final Typed NONE = new Typed("", Map.of(), Map.of(), "", null);
    }

    static String domId(String key) {
        return key.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    static String fixed(BigDecimal value, int decimals) {
        return value == null ? "—" : Numbers.fixed(value, decimals);
    }

    interface Refusals {
        String refusal(String nodeKey);
    }

    @SuppressWarnings("java:S107")
    static UnitAppraisalView of(LayerScores.UnitLayers layers, Unit unit, UnitStage stage, Set<String> groups,
                                ScoreLayer editLayer, Refusals refusals, Set<String> checked,
                                Map<String, List<EvidenceItem>> evidence,
                                Map<String, Map<Long, EvidenceDecision>> decisions,
                                List<ClarificationThread> threads, boolean department, boolean council,
                                boolean agency, boolean canSignOff, Typed typed, boolean english) {
        Appendix appendix = layers.appendix();
        int decimals = appendix.rounding().decimals();
        List<ScoreLayer> columns = List.of(ScoreLayer.values());
        List<Total> totals = new ArrayList<>();
        for (ScoreLayer layer : columns) {
            UnitResult r = layers.result(layer);
            boolean differs = layer.below() != null
                    && !Objects.equals(r.total(), layers.result(layer.below()).total());
            totals.add(new Total(layer, fixed(r.total(), decimals), fixed(r.applicableMax(), decimals),
                    fixed(r.percent(), decimals), r.classificationLabel(), differs));
        }
        List<NodeRow> rows = new ArrayList<>();
        Trace.Language language = english ? Trace.Language.EN : Trace.Language.VI;
        String currentGroup = null;
        for (NodeResult self : layers.result(ScoreLayer.SELF).nodes()) {
            CriterionNode node = self.node();
            if (self.depth() == 0) {
                currentGroup = node.key();
            }
            if (!groups.contains(currentGroup)) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            boolean differs = false;
            for (ScoreLayer layer : columns) {
                NodeResult r = layers.result(layer).node(node.key()).orElseThrow();
                boolean cellDiffers = layer.below() != null && !Objects.equals(r.points(),
                        layers.result(layer.below()).node(node.key()).orElseThrow().points());
                differs |= cellDiffers;
                // another agency's figure (the best of the group) must not reach an agency before publication
                String trace = agency && groupRelative(node) ? (english
                        ? "compared with the best unit of the group (its figures are not shown)"
                        : "so với đơn vị cao nhất nhóm (không hiển thị số liệu của đơn vị khác)") : r.explain(language);
                cells.add(new Cell(layer, fixed(r.points(), decimals), trace, cellDiffers));
            }
            List<Change> changes = new ArrayList<>();
            for (LayerEntry e : layers.entries()) {
                if (e.nodeKey().equals(node.key())) {
                    changes.add(new Change(e.layer(), label(appendix, e.fieldKey()), display(e.fieldKey(),
                            e.valueText()), e.reason(), e.setBy(), e.setAt()));
                }
            }
            List<Field> fields = new ArrayList<>();
            boolean typedHere = typed.nodeKey().equals(node.key());
            if (node.isLeaf()) {
                for (String key : NodeAdjustments.fieldsOf(node)) {
                    List<String> values = new ArrayList<>();
                    for (ScoreLayer layer : columns) {
                        values.add(display(key, layers.values().get(layer).field(key)));
                    }
                    String value = editLayer == null ? "" : layers.values().get(editLayer).field(key);
                    if (typedHere && typed.values().containsKey(key)) {
                        value = typed.values().get(key);
                    }
                    Integer version = editLayer == null ? null : layers.entries().stream()
                            .filter(e -> e.layer() == editLayer && e.fieldKey().equals(key))
                            .map(LayerEntry::version).findFirst().orElse(null);
                    String error = typedHere ? typed.errors().get(key)
                            : layers.fieldErrors().getOrDefault(editLayer == null ? ScoreLayer.SELF : editLayer,
                            Map.of()).get(key);
                    fields.add(new Field(key, domId(node.key() + "-" + key), label(appendix, key),
                            key.startsWith(LayerEntry.NOT_APPLICABLE_PREFIX), values, value, version, error));
                }
            }
            String refusal = editLayer == null ? null : refusals.refusal(node.key());
            List<Evidence> items = new ArrayList<>();
            for (EvidenceItem item : evidence.getOrDefault(node.key(), List.of())) {
                items.add(new Evidence(item, decisions.getOrDefault(node.key(), Map.of()).get(item.id())));
            }
            long open = threads.stream().filter(t -> t.nodeKey().equals(node.key()) && t.open()).count();
            rows.add(new NodeRow(node.key(), domId(node.key()), english && node.nameEn() != null ? node.nameEn()
                    : node.name(), self.depth(), node.isLeaf(), Numbers.plain(node.maxPoints()), cells, differs,
                    changes, fields, refusal == null && editLayer != null, refusal, checked.contains(node.key()),
                    items, open, typedHere ? typed.problem() : null, typedHere));
        }
        return new UnitAppraisalView(layers, unit, stage, columns, totals, rows, editLayer, department, council,
                agency, canSignOff, threads);
    }

    /** Whether the node's points depend on the other units of the group (its trace names their figures). */
    static boolean groupRelative(CriterionNode node) {
        return node.rule() instanceof Rule.NormalizedToBest || (node.rule() instanceof Rule.Formula f
                && !Formulas.check(f.expression()).aggregates().isEmpty());
    }

    private static String label(Appendix appendix, String fieldKey) {
        if (fieldKey.startsWith(LayerEntry.MANUAL_PREFIX)) {
            return "Điểm chấm (" + fieldKey.substring(LayerEntry.MANUAL_PREFIX.length()) + ")";
        }
        if (fieldKey.startsWith(LayerEntry.NOT_APPLICABLE_PREFIX)) {
            return "Không áp dụng";
        }
        return appendix.input(fieldKey).map(InputDefinition::label).orElse(fieldKey);
    }

    private static String display(String fieldKey, String value) {
        if (fieldKey.startsWith(LayerEntry.NOT_APPLICABLE_PREFIX)) {
            return Boolean.parseBoolean(value) ? "Không áp dụng" : "Áp dụng";
        }
        return value == null || value.isBlank() ? "—" : value;
    }
}
