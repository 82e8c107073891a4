package vn.ictindex.appraisal;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.account.UserAccounts;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.SelfAssessment;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.scoring.CriterionNode;

import static vn.ictindex.assessment.SelfAssessmentFixture.evidenceForEveryCriterion;
import static vn.ictindex.assessment.SelfAssessmentFixture.everyFigureOfABestUnit;
import static vn.ictindex.assessment.SelfAssessmentFixture.head;
import static vn.ictindex.assessment.SelfAssessmentFixture.specialist;

/** Units taken through self-assessment and compilation, and the people who appraise them. */
public final class AppraisalFixture {

    private AppraisalFixture() {
    }

    public static CurrentUser department() {
        return new CurrentUser(1, "admin", "Trần Thị Quản Trị", Role.ADMIN, null, null, true);
    }

    /** The demo council member {@code hoidong}. */
    public static CurrentUser councilMember() {
        return new CurrentUser(6, "hoidong", "Nguyễn Hữu Thẩm Định", Role.COUNCIL, null, null, true);
    }

    /** A second council member, created as an account so that it can be assigned. */
    public static CurrentUser secondCouncilMember(UserAccounts accounts) {
        if (accounts.filter(Role.COUNCIL, null).stream().noneMatch(a -> a.username().equals("hoidong2"))) {
            accounts.create(new UserAccounts.NewAccount("hoidong2", "Trương Văn Phản Biện", Role.COUNCIL, null, null,
                    "matkhau2026"));
        }
        return new CurrentUser(7, "hoidong2", "Trương Văn Phản Biện", Role.COUNCIL, null, null, true);
    }

    /** The unit typed the figures of a best unit, linked evidence to every criterion, and its head submitted. */
    public static SelfAssessment submittedByABestUnit(SelfAssessments assessments, JdbcClient jdbc, Period period,
                                                      long unitId) {
        SelfAssessments.Workspace workspace = assessments.workspace(period, unitId);
        assessments.save(specialist(unitId), period.id(), 0, everyFigureOfABestUnit(workspace));
        evidenceForEveryCriterion(jdbc, workspace);
        SelfAssessment complete = assessments.markComplete(specialist(unitId), period.id(), 1);
        return assessments.submit(head(unitId), period.id(), complete.version());
    }

    /** The department accepts every criterion and marks the unit compiled. */
    public static void compiledAsSubmitted(NodeAdjustments adjustments, Compilation compilation, Period period,
                                           long unitId) {
        adjustments.appendixOf(period.id(), unitId).leaves().stream().map(CriterionNode::key)
                .forEach(key -> adjustments.accept(department(), period.id(), unitId, key));
        compilation.markCompiled(department(), period.id(), unitId);
    }
}
