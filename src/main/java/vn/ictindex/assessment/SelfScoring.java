package vn.ictindex.assessment;

import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.EvidenceRequirement;
import vn.ictindex.scoring.Formulas;
import vn.ictindex.scoring.NodeResult;
import vn.ictindex.scoring.NodeStatus;
import vn.ictindex.scoring.Rule;
import vn.ictindex.scoring.ScoringEngine;
import vn.ictindex.scoring.ScoringProblem;
import vn.ictindex.scoring.UnitResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The self-score of one unit as it types: its own figures only, through the engine. Rules that compare with the other
 * units of the group (normalised to the best, group aggregates) are computed against the unit alone and marked
 * provisional: the official points need the whole group, and another agency's figures are never shown.
 */
public final class SelfScoring {

    private SelfScoring() {
    }

    /**
     * @param fieldErrors    by input key (or {@code manual:NODE}): a Vietnamese sentence for the field
     * @param blockingIssues what stops the self-assessment from being complete, one sentence each
     * @param provisional    node keys whose points depend on the rest of the group
     */
    public record Score(UnitResult result, Map<String, String> fieldErrors, List<String> blockingIssues,
                        Set<String> provisional) {
    }

    public static Score score(SelfAssessments.Workspace workspace) {
        Appendix appendix = workspace.appendix();
        SelfAssessment assessment = workspace.assessment();
        Set<String> notApplicable = new HashSet<>();
        Set<String> provisional = new HashSet<>();
        for (CriterionNode node : appendix.allNodes()) {
            if (assessment.claim(node.key()).notApplicable()) {
                notApplicable.add(node.key());
            }
            if (node.rule() instanceof Rule.NormalizedToBest || (node.rule() instanceof Rule.Formula f
                    && !Formulas.check(f.expression()).aggregates().isEmpty())) {
                provisional.add(node.key());
            }
        }
        TypedInputs.Read read = TypedInputs.read(String.valueOf(workspace.unit().id()), appendix,
                assessment.values(), notApplicable);
        Map<String, String> fieldErrors = new LinkedHashMap<>(read.fieldErrors());
        Map<String, BigDecimal> manual = read.inputs().manualPoints();
        UnitResult result = ScoringEngine.score(appendix, List.of(read.inputs())).units().get(0);
        for (ScoringProblem p : result.problems()) {
            String key = p.inputKey() != null ? p.inputKey()
                    : p.nodeKey() != null && manual.containsKey(p.nodeKey())
                    ? SelfAssessment.MANUAL_PREFIX + p.nodeKey() : null;
            if (key != null) {
                fieldErrors.putIfAbsent(key, p.message());
            }
        }
        return new Score(result, fieldErrors, blockingIssues(workspace, result, fieldErrors), provisional);
    }

    private static List<String> blockingIssues(SelfAssessments.Workspace workspace, UnitResult result,
                                               Map<String, String> fieldErrors) {
        List<String> issues = new ArrayList<>();
        if (!fieldErrors.isEmpty()) {
            issues.add(fieldErrors.size() + " số liệu chưa hợp lệ");
        }
        for (ScoringProblem p : result.problems()) {
            if (p.isError() && p.nodeKey() == null) {
                issues.add(p.message());
            }
        }
        SelfAssessment assessment = workspace.assessment();
        for (NodeResult node : result.nodes()) {
            CriterionNode definition = node.node();
            String key = node.key();
            SelfAssessment.NodeClaim claim = assessment.claim(key);
            if (claim.notApplicable() && (claim.reason() == null || claim.reason().isBlank())) {
                issues.add(key + ": cần ghi lý do không áp dụng");
            }
            if (!definition.isLeaf() || node.status() == NodeStatus.NOT_APPLICABLE
                    || node.status() == NodeStatus.NOT_APPLICABLE_ZERO) {
                continue;
            }
            if (node.status() == NodeStatus.MISSING_INPUT) {
                issues.add(key + ": chưa nhập đủ số liệu");
            } else if (node.status() == NodeStatus.ERROR) {
                issues.add(key + ": số liệu có lỗi");
            }
            int evidence = workspace.evidenceByNode().getOrDefault(key, 0);
            boolean explained = claim.explanation() != null && !claim.explanation().isBlank();
            if (definition.evidence() == EvidenceRequirement.REQUIRED && evidence == 0) {
                issues.add(key + ": cần tài liệu kiểm chứng");
            } else if (definition.evidence() == EvidenceRequirement.EVIDENCE_OR_EXPLANATION && evidence == 0
                    && !explained) {
                issues.add(key + ": cần tài liệu kiểm chứng hoặc giải trình");
            }
        }
        return issues;
    }
}
