package vn.ictindex.results;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.ScoreLayers;
import vn.ictindex.assessment.AssessmentStatus;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.Rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.assessment.SelfAssessmentFixture.specialist;

/**
 * One evaluation cycle of a target group from the open period to the public ranking, without the web layer: the
 * agencies submit, the department compiles, the council appraises, preliminary results go out, one objection is
 * upheld, the final results are computed and published. Totals, ranks (with a tie), classes and who sees what are
 * checked at each step.
 */
@SpringBootTest
@Transactional
class PeriodLifecycleScenarioTests {

    static final String GROUP = "PL-IV";
    static final CurrentUser DEPARTMENT = new CurrentUser(1, "admin", "Sở TTTT", Role.ADMIN, null, null, true);
    static final CurrentUser COUNCIL = new CurrentUser(2, "hoidong", "Hội đồng", Role.COUNCIL, null, null, true);
    static final CurrentUser LEADERSHIP = new CurrentUser(3, "lanhdao", "Lãnh đạo", Role.VIEWER, null, null, true);

    @Autowired
    Periods periods;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    ScoreLayers layers;
    @Autowired
    ResultSnapshots snapshots;
    @Autowired
    Publications publications;
    @Autowired
    Objections objections;
    @Autowired
    ResultsVisibility visibility;
    @Autowired
    Scorecards scorecards;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTargetGroupGoesFromSelfAssessmentToAPublicRankingWithATie() {
        // the period is open: every unit of the group submits its self-assessment; the second and third unit report
        // exactly the same figures, so they must end up sharing a rank
        Period period = periods.current().orElseThrow();
        List<Long> group = GroupSubmissions.submitWithTwins(assessments, periods, jdbc, period, GROUP, 2026);
        assertThat(group).hasSizeGreaterThanOrEqualTo(5);
        Appendix appendix = assessments.workspace(period, group.get(0)).appendix();
        long first = group.get(0);
        long twinA = group.get(GroupSubmissions.TWIN_A);
        long twinB = group.get(GroupSubmissions.TWIN_B);
        long compiled = group.get(3);
        long objecting = group.get(4);
        assertThat(group).allSatisfy(unit -> assertThat(assessments.find(period.id(), unit).orElseThrow().status())
                .isEqualTo(AssessmentStatus.SUBMITTED));

        // nothing computed yet: nobody sees results, nothing is public
        assertThat(visibility.groupSnapshot(DEPARTMENT, period.id(), GROUP)).isEmpty();
        assertThat(visibility.groupSnapshot(null, period.id(), GROUP)).isEmpty();

        // the department compiles (one figure corrected), the council appraises (another)
        CriterionNode ratio = firstRatioNode(appendix);
        Rule.RatioTimesMax rule = (Rule.RatioTimesMax) ratio.rule();
        layers.set("admin", period.id(), compiled, ScoreLayer.COMPILED, rule.numerator(), ratio.key(), "0",
                "Không có biên bản kiểm kê kèm theo", null);
        layers.set("hoidong", period.id(), objecting, ScoreLayer.APPRAISED, rule.numerator(), ratio.key(), "0",
                "Đơn vị không xuất trình được hồ sơ gốc tại phiên thẩm định", null);

        // preliminary results: first a preview (every unit is new), then the snapshot with its reason
        ResultSnapshots.Preview firstPreview = snapshots.preview(period.id(), GROUP);
        assertThat(firstPreview.against()).isEmpty();
        assertThat(firstPreview.movements()).hasSize(group.size());
        ResultSnapshot preliminary = snapshots.save("admin", period.id(), GROUP, SnapshotKind.PRELIMINARY,
                "Kết quả sau thẩm định của Hội đồng", null);
        assertThat(preliminary.criteriaVersionId()).isEqualTo(period.criteriaId());
        assertThat(preliminary.engineVersion()).isEqualTo(vn.ictindex.scoring.ScoringEngine.VERSION);
        UnitStanding twinAStanding = snapshots.unit(preliminary.id(), twinA).orElseThrow();
        UnitStanding twinBStanding = snapshots.unit(preliminary.id(), twinB).orElseThrow();
        assertThat(twinAStanding.total()).isEqualByComparingTo(twinBStanding.total());
        assertThat(twinAStanding.rank()).isEqualTo(twinBStanding.rank());
        assertTiesShareARankAndSkipTheNext(preliminary);
        assertClassesFollowTheBands(preliminary, appendix);
        assertThat(snapshots.nodes(preliminary.id(), compiled)).filteredOn(n -> n.nodeKey().equals(ratio.key()))
                .singleElement().satisfies(n -> {
                    assertThat(n.points()).isEqualByComparingTo("0");
                    assertThat(n.trace()).startsWith("0/");
                });

        // computed but not sent: the department and the council see it, the units and the public do not
        assertThat(visibility.groupSnapshot(COUNCIL, period.id(), GROUP)).contains(preliminary);
        assertThat(visibility.unitSnapshot(specialist(objecting), period.id(), objecting)).isEmpty();
        assertThat(visibility.groupSnapshot(LEADERSHIP, period.id(), GROUP)).isEmpty();

        // sent to the units with a window for objections: each unit sees its own scorecard only, without a rank
        publications.sendPreliminary("admin", preliminary.id(), periods.today(), periods.today().plusDays(10));
        assertThat(visibility.unitSnapshot(specialist(objecting), period.id(), objecting)).contains(preliminary);
        assertThat(visibility.unitSnapshot(specialist(objecting), period.id(), first)).isEmpty();
        assertThat(visibility.groupSnapshot(null, period.id(), GROUP)).isEmpty();
        assertThat(scorecards.scorecard(specialist(objecting), period.id(), objecting).orElseThrow().rankShown())
                .isFalse();

        // an objection on the ratio criterion, upheld by the council: the FINAL layer changes with the decision
        BigDecimal before = snapshots.unit(preliminary.id(), objecting).orElseThrow().total();
        Objection objection = objections.raise(specialist(objecting), period.id(), ratio.key(),
                "Số liệu lấy từ hệ thống quản lý văn bản, kèm báo cáo thống kê", List.of());
        String fullRatio = layers.values(period.id(), objecting, ScoreLayer.FINAL).field(rule.denominator());
        objections.decide(COUNCIL, objection.id(), objection.version(), true, rule.numerator(), fullRatio,
                "Báo cáo thống kê của hệ thống khớp với số liệu kiến nghị");
        assertThat(layers.values(period.id(), objecting, ScoreLayer.FINAL).field(rule.numerator()))
                .isEqualTo(fullRatio);
        assertThat(layers.values(period.id(), objecting, ScoreLayer.APPRAISED).field(rule.numerator()))
                .isNotEqualTo(fullRatio);

        // final results: the preview names the unit that moves, old → new, then the snapshot is saved
        ResultSnapshots.Preview finalPreview = snapshots.preview(period.id(), GROUP);
        assertThat(finalPreview.movements()).anySatisfy(m -> {
            assertThat(m.unitId()).isEqualTo(objecting);
            assertThat(m.oldTotal()).isEqualByComparingTo(before);
            assertThat(m.newTotal()).isGreaterThan(before);
        });
        ResultSnapshot finalResults = snapshots.save("admin", period.id(), GROUP, SnapshotKind.FINAL,
                "Kết quả chính thức sau kiến nghị", preliminary.id());
        assertThat(finalResults.supersedesId()).isEqualTo(preliminary.id());
        assertTiesShareARankAndSkipTheNext(finalResults);
        assertClassesFollowTheBands(finalResults, appendix);
        assertThat(snapshots.unit(finalResults.id(), twinA).orElseThrow().rank())
                .isEqualTo(snapshots.unit(finalResults.id(), twinB).orElseThrow().rank());

        // still nothing public until the department publishes
        assertThat(visibility.groupSnapshot(null, period.id(), GROUP)).isEmpty();
        publications.publishFinal("admin", finalResults.id());
        assertThat(visibility.groupSnapshot(null, period.id(), GROUP)).contains(finalResults);
        assertThat(visibility.unitSnapshot(specialist(objecting), period.id(), first)).contains(finalResults);
        Scorecards.Scorecard otherUnit = scorecards.scorecard(specialist(objecting), period.id(), first).orElseThrow();
        assertThat(otherUnit.rankShown()).isTrue();
        assertThat(otherUnit.layersShown()).isFalse();
        assertThat(otherUnit.entries()).isEmpty();

        // the preliminary snapshot is untouched and both stay visible to the department
        assertThat(snapshots.unit(preliminary.id(), objecting).orElseThrow().total()).isEqualByComparingTo(before);
        assertThat(snapshots.history(period.id(), GROUP)).containsExactly(finalResults, preliminary);
    }

    private static CriterionNode firstRatioNode(Appendix appendix) {
        return appendix.leaves().stream().filter(n -> n.rule() instanceof Rule.RatioTimesMax).findFirst()
                .orElseThrow();
    }

    private void assertTiesShareARankAndSkipTheNext(ResultSnapshot snapshot) {
        List<UnitStanding> ranked = snapshots.units(snapshot.id()).stream().filter(u -> u.rank() != null).toList();
        for (UnitStanding unit : ranked) {
            long ahead = ranked.stream().filter(o -> o.percent().compareTo(unit.percent()) > 0).count();
            assertThat(unit.rank()).as("rank of unit %d", unit.unitId()).isEqualTo((int) ahead + 1);
        }
        assertThat(ranked.stream().map(UnitStanding::rank).distinct().count()).isLessThan(ranked.size());
    }

    private void assertClassesFollowTheBands(ResultSnapshot snapshot, Appendix appendix) {
        for (UnitStanding unit : snapshots.units(snapshot.id())) {
            BigDecimal normalized = unit.total().multiply(appendix.totalPoints())
                    .divide(unit.applicableMax(), 2, java.math.RoundingMode.HALF_UP);
            assertThat(unit.classification()).as("class of unit %d at %s", unit.unitId(), normalized)
                    .isEqualTo(appendix.classification().bandFor(normalized).orElseThrow().label());
        }
    }
}
