package vn.ictindex.results;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.criteria.ReferenceUnitsFixture;
import vn.ictindex.scoring.InputText;
import vn.ictindex.scoring.UnitInputs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.ictindex.assessment.SelfAssessmentFixture.evidenceForEveryCriterion;
import static vn.ictindex.assessment.SelfAssessmentFixture.head;
import static vn.ictindex.assessment.SelfAssessmentFixture.specialist;

/**
 * Every unit of a target group submits its self-assessment through the live flow (save, evidence, complete, submit),
 * with varied realistic figures; the second and third unit ({@code TWIN_A}, {@code TWIN_B}) report the same figures.
 */
public final class GroupSubmissions {

    public static final int TWIN_A = 1;
    public static final int TWIN_B = 2;

    private GroupSubmissions() {
    }

    /** @return the units of the group, by id */
    public static List<Long> submitWithTwins(SelfAssessments assessments, Periods periods, JdbcClient jdbc,
                                             Period period, String appendixId, long seed) {
        List<Long> group = periods.participants(period.id()).entrySet().stream()
                .filter(e -> e.getValue().equals(appendixId)).map(Map.Entry::getKey).sorted().toList();
        List<UnitInputs> figures = ReferenceUnitsFixture.realisticUnits(
                assessments.workspace(period, group.get(0)).appendix(), group.size(), seed);
        for (int i = 0; i < group.size(); i++) {
            submit(assessments, jdbc, period, group.get(i), figures.get(i == TWIN_B ? TWIN_A : i));
        }
        return group;
    }

    static void submit(SelfAssessments assessments, JdbcClient jdbc, Period period, long unit, UnitInputs figures) {
        Map<String, String> typed = new LinkedHashMap<>();
        figures.inputs().forEach((key, value) -> typed.put(key, InputText.format(value)));
        SelfAssessments.Workspace workspace = assessments.workspace(period, unit);
        int version = assessments.save(specialist(unit), period.id(), workspace.assessment().version(),
                new SelfAssessments.Changes(typed, Map.of())).version();
        evidenceForEveryCriterion(jdbc, workspace);
        version = assessments.markComplete(specialist(unit), period.id(), version).version();
        assessments.submit(head(unit), period.id(), version);
    }
}
