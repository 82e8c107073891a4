package vn.ictindex.reporting;

import org.springframework.stereotype.Service;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.appraisal.LayerEntry;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.ScoreLayers;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessment;
import vn.ictindex.assessment.SelfAssessmentException;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.assessment.evidence.EvidenceItem;
import vn.ictindex.assessment.evidence.EvidenceLibrary;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.NodeResult;
import vn.ictindex.scoring.NodeStatus;
import vn.ictindex.scoring.ScoringEngine;
import vn.ictindex.scoring.UnitResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds a unit's {@link UnitScoreTable}. The points of each layer come from the engine run on the whole target group
 * in that layer (normalised-to-best rules need every unit), never from stored numbers.
 *
 * <p>Who sees what: the unit's own specialist and head see their self-score only (the layers above are not published
 * yet, and no rank); department administrators and council members see every layer of any unit.
 */
@Service
public class UnitScoreTables {

    private final Periods periods;
    private final SelfAssessments assessments;
    private final ScoreLayers layers;
    private final EvidenceLibrary evidence;

    UnitScoreTables(Periods periods, SelfAssessments assessments, ScoreLayers layers, EvidenceLibrary evidence) {
        this.periods = periods;
        this.assessments = assessments;
        this.layers = layers;
        this.evidence = evidence;
    }

    /** @throws ReportNotFoundException when the period or unit does not exist or the user may not see it */
    public UnitScoreTable table(CurrentUser user, long periodId, long unitId) {
        boolean staff = user.role() == Role.ADMIN || user.role() == Role.COUNCIL;
        if (!staff && !(user.belongsTo(unitId) && (user.role() == Role.SPECIALIST || user.role() == Role.HEAD))) {
            throw new ReportNotFoundException("Không có bảng điểm này, hoặc bạn không được xem");
        }
        Period period = periods.find(periodId)
                .orElseThrow(() -> new ReportNotFoundException("Không có kỳ đánh giá này"));
        SelfAssessments.Workspace workspace;
        try {
            workspace = assessments.workspace(period, unitId);
        } catch (SelfAssessmentException | java.util.NoSuchElementException e) {
            throw new ReportNotFoundException("Đơn vị không tham gia kỳ đánh giá này");
        }
        List<ScoreLayer> shown = staff ? List.of(ScoreLayer.values()) : List.of(ScoreLayer.SELF);
        Appendix appendix = workspace.appendix();
        Map<ScoreLayer, UnitResult> results = new EnumMap<>(ScoreLayer.class);
        for (ScoreLayer layer : shown) {
            ScoreLayers.GroupInputs group = layers.groupInputs(periodId, appendix.id(), layer);
            ScoringEngine.score(appendix, group.inputs()).unit(String.valueOf(unitId))
                    .ifPresent(r -> results.put(layer, r));
        }
        Map<String, String> numbers = Numbering.of(appendix);
        Map<String, List<EvidenceItem>> linked = evidence.linkedTo(periodId, unitId);
        List<LayerEntry> entries = staff ? layers.entries(periodId, unitId) : List.of();
        SelfAssessment assessment = workspace.assessment();
        List<UnitScoreTable.Row> rows = new ArrayList<>();
        appendix.visit(node -> rows.add(row(node, numbers, results, linked, entries, assessment)));
        Map<ScoreLayer, UnitScoreTable.Totals> totals = new EnumMap<>(ScoreLayer.class);
        results.forEach((layer, r) -> totals.put(layer, new UnitScoreTable.Totals(r.total(), r.applicableMax(),
                r.percent(), r.classificationLabel(), staff ? r.rank() : null)));
        return new UnitScoreTable(period.year(), period.title(), workspace.unit().code(), workspace.unit().name(),
                appendix.id(), appendix.title(), workspace.version().id(), shown, rows, totals);
    }

    private static UnitScoreTable.Row row(CriterionNode node, Map<String, String> numbers,
                                          Map<ScoreLayer, UnitResult> results, Map<String, List<EvidenceItem>> linked,
                                          List<LayerEntry> entries, SelfAssessment assessment) {
        Map<ScoreLayer, BigDecimal> points = new EnumMap<>(ScoreLayer.class);
        List<String> notes = new ArrayList<>();
        results.forEach((layer, result) -> result.node(node.key()).ifPresent(n -> {
            if (n.points() != null && n.status() != NodeStatus.NOT_APPLICABLE) {
                points.put(layer, n.points());
            }
        }));
        UnitResult self = results.get(ScoreLayer.SELF);
        NodeResult selfNode = self == null ? null : self.node(node.key()).orElse(null);
        SelfAssessment.NodeClaim claim = assessment.claim(node.key());
        if (claim.notApplicable()) {
            notes.add("Đơn vị đề nghị không áp dụng" + (claim.reason() == null ? "" : ": " + claim.reason()));
        } else if (selfNode != null && notApplicable(selfNode)) {
            notes.add("Không áp dụng");
        }
        if (selfNode != null && node.isLeaf() && selfNode.status() == NodeStatus.MISSING_INPUT) {
            notes.add("Chưa nhập đủ số liệu");
        }
        if (selfNode != null && selfNode.status() == NodeStatus.ERROR) {
            notes.add("Số liệu có lỗi");
        }
        entries.stream().filter(e -> e.nodeKey().equals(node.key()))
                .forEach(e -> notes.add(e.layer().label() + ": " + e.reason()));
        String items = linked.getOrDefault(node.key(), List.of()).stream()
                .map(i -> i.docNumber() == null || i.docNumber().isBlank() ? i.title()
                        : i.title() + " (" + i.docNumber() + ")")
                .collect(Collectors.joining("\n"));
        return new UnitScoreTable.Row(numbers.get(node.key()), node.key(), node.name(), depthOf(node, numbers),
                !node.isLeaf(), node.maxPoints(), points, items, claim.explanation(), String.join("\n", notes));
    }

    private static boolean notApplicable(NodeResult n) {
        return n.status() == NodeStatus.NOT_APPLICABLE || n.status() == NodeStatus.NOT_APPLICABLE_ZERO;
    }

    /** Groups are depth 0; "1" is depth 1, "1.1" depth 2. */
    private static int depthOf(CriterionNode node, Map<String, String> numbers) {
        String number = numbers.get(node.key());
        if (number == null || !Character.isDigit(number.charAt(0))) {
            return 0;
        }
        return (int) number.chars().filter(c -> c == '.').count() + 1;
    }
}
