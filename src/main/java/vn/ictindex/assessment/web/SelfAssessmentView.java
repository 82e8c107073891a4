package vn.ictindex.assessment.web;

import vn.ictindex.assessment.AssessmentStatus;
import vn.ictindex.assessment.SelfAssessment;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.assessment.SelfScoring;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.EvidenceRequirement;
import vn.ictindex.scoring.InputDefinition;
import vn.ictindex.scoring.NodeResult;
import vn.ictindex.scoring.NodeStatus;
import vn.ictindex.scoring.NotApplicablePolicy;
import vn.ictindex.scoring.Numbers;
import vn.ictindex.scoring.UnitResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the self-assessment template shows: the criteria tree with fields, points and traces, and the summary. */
record SelfAssessmentView(SelfAssessments.Workspace workspace, SelfAssessment assessment, List<InputView> generalInputs,
                          List<NodeView> nodes, Summary summary, boolean editableBySpecialist,
                          boolean submittableByHead) {

    record InputView(String key, String domId, String label, String type, String unit, String help,
                     List<InputDefinition.ChoiceOption> options, String value, String error) {
        public boolean isBoolean() {
            return type.equals("BOOLEAN");
        }

        public boolean isChoice() {
            return type.equals("CHOICE");
        }

        public boolean isItems() {
            return type.equals("ITEMS");
        }
    }

    record NodeView(String key, String domId, String name, String maxPoints, int depth, boolean leaf, String guide,
                    String evidence, List<String> evidenceItems, int evidenceCount, boolean notApplicableAllowed,
                    SelfAssessment.NodeClaim claim, List<InputView> inputs, InputView manual, String points,
                    String trace, String status, boolean provisional) {
    }

    record Summary(String total, String applicableMax, String percent, String classification, int leavesReady,
                   int leaves, List<String> blockingIssues, boolean hasErrors) {
    }

    static String domId(String key) {
        return key.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    static SelfAssessmentView of(SelfAssessments.Workspace workspace, SelfAssessment shown, SelfScoring.Score score,
                                 boolean specialist, boolean head) {
        UnitResult result = score.result();
        int decimals = workspace.appendix().rounding().decimals();
        List<InputView> general = workspace.appendix().inputs().stream()
                .map(i -> input(i, shown, score.fieldErrors())).toList();
        List<NodeView> nodes = new ArrayList<>();
        int leaves = 0;
        int ready = 0;
        for (NodeResult r : result.nodes()) {
            CriterionNode node = r.node();
            if (node.isLeaf()) {
                leaves++;
                if (r.status() == NodeStatus.SCORED || r.status() == NodeStatus.NOT_APPLICABLE
                        || r.status() == NodeStatus.NOT_APPLICABLE_ZERO) {
                    ready++;
                }
            }
            InputView manual = node.rule() instanceof vn.ictindex.scoring.Rule.Manual
                    ? new InputView(SelfAssessment.MANUAL_PREFIX + node.key(), domId("manual-" + node.key()),
                    "Điểm tự chấm (0 – " + Numbers.plain(node.maxPoints()) + ")", "NUMBER", "điểm", null,
                    List.of(), shown.value(SelfAssessment.MANUAL_PREFIX + node.key()),
                    score.fieldErrors().get(SelfAssessment.MANUAL_PREFIX + node.key())) : null;
            nodes.add(new NodeView(node.key(), domId(node.key()), node.name(), Numbers.plain(node.maxPoints()),
                    r.depth(), node.isLeaf(), node.guide(), evidenceLabel(node.evidence()), node.evidenceItems(),
                    workspace.evidenceByNode().getOrDefault(node.key(), 0),
                    node.notApplicable() != NotApplicablePolicy.NOT_ALLOWED, shown.claim(node.key()),
                    node.inputs().stream().map(i -> input(i, shown, score.fieldErrors())).toList(), manual,
                    r.points() == null ? "—" : Numbers.fixed(r.points(), decimals), r.explain(), r.status().name(),
                    score.provisional().contains(node.key())));
        }
        Summary summary = new Summary(fixed(result.total(), decimals), fixed(result.applicableMax(), decimals),
                fixed(result.percent(), decimals), result.classificationLabel(), ready, leaves,
                score.blockingIssues(), result.hasErrors());
        AssessmentStatus status = shown.status();
        boolean editable = workspace.open() && status != AssessmentStatus.SUBMITTED && specialist;
        boolean submittable = workspace.open() && status == AssessmentStatus.COMPLETE && head;
        return new SelfAssessmentView(workspace, shown, general, nodes, summary, editable, submittable);
    }

    private static InputView input(InputDefinition i, SelfAssessment shown, Map<String, String> errors) {
        return new InputView(i.key(), domId("in-" + i.key()), i.label(), i.type().name(), i.unit(), i.help(),
                i.options(), shown.value(i.key()), errors.get(i.key()));
    }

    private static String fixed(BigDecimal value, int decimals) {
        return value == null ? "—" : Numbers.fixed(value, decimals);
    }

    private static String evidenceLabel(EvidenceRequirement requirement) {
        return switch (requirement) {
            case NONE -> null;
            case REQUIRED -> "Bắt buộc có tài liệu kiểm chứng";
            case EVIDENCE_OR_EXPLANATION -> "Cần tài liệu kiểm chứng hoặc giải trình";
        };
    }
}
