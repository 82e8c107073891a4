package vn.ictindex.appraisal;

import org.springframework.stereotype.Service;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.assessment.AssessmentStatus;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessment;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who sees which unit and which criteria groups before publication. The department sees every unit; a council member
 * the units assigned to it whole, and the assigned criteria groups of every unit of that appendix; an agency its own
 * unit, read-only, once submitted; nobody else anything.
 */
@Service
public class AppraisalAccess {

    private final Periods periods;
    private final SelfAssessments assessments;
    private final CouncilAssignments assignments;

    AppraisalAccess(Periods periods, SelfAssessments assessments, CouncilAssignments assignments) {
        this.periods = periods;
        this.assessments = assessments;
        this.assignments = assignments;
    }

    /**
     * The criteria groups (top-level node keys) of the unit the user may see, or empty when the unit is not visible.
     */
    public Optional<Set<String>> visibleGroups(CurrentUser user, long periodId, long unitId, Appendix appendix) {
        Set<String> all = new LinkedHashSet<>();
        appendix.groups().forEach(g -> all.add(g.key()));
        String appendixId = periods.appendixOf(periodId, unitId).orElse(null);
        if (appendixId == null || !appendixId.equals(appendix.id())) {
            return Optional.empty();
        }
        switch (user.role()) {
            case ADMIN:
                return Optional.of(all);
            case SPECIALIST, HEAD:
                boolean submitted = assessments.find(periodId, unitId).map(SelfAssessment::status)
                        .filter(s -> s == AssessmentStatus.SUBMITTED).isPresent();
                return user.belongsTo(unitId) && submitted ? Optional.of(all) : Optional.empty();
            case COUNCIL:
                Set<String> groups = new LinkedHashSet<>();
                for (CouncilAssignment a : assignments.of(periodId, user.username())) {
                    if (a.toUnit() && a.unitId() == unitId) {
                        return Optional.of(all);
                    }
                    if (!a.toUnit() && a.appendixId().equals(appendixId)) {
                        groups.add(a.groupKey());
                    }
                }
                groups.retainAll(all);
                return groups.isEmpty() ? Optional.empty() : Optional.of(groups);
            default:
                return Optional.empty();
        }
    }

    /** The top-level group a node belongs to. */
    public static String groupOf(Appendix appendix, String nodeKey) {
        for (CriterionNode group : appendix.groups()) {
            Set<String> keys = new LinkedHashSet<>();
            group.visit(n -> keys.add(n.key()));
            if (keys.contains(nodeKey)) {
                return group.key();
            }
        }
        throw new AppraisalException("Phụ lục " + appendix.id() + " không có tiêu chí " + nodeKey);
    }

    /** Whether the user may see the node of the unit. */
    public boolean seesNode(CurrentUser user, long periodId, long unitId, Appendix appendix, String nodeKey) {
        return visibleGroups(user, periodId, unitId, appendix)
                .map(groups -> groups.contains(groupOf(appendix, nodeKey))).orElse(false);
    }
}
