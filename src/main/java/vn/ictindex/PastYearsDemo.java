package vn.ictindex;

import org.springframework.stereotype.Component;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.ScoreLayers;
import vn.ictindex.assessment.PastSelfAssessments;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.criteria.ReferenceUnitsFixture;
import vn.ictindex.results.Publications;
import vn.ictindex.results.ResultSnapshot;
import vn.ictindex.results.ResultSnapshots;
import vn.ictindex.results.SnapshotKind;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.InputText;
import vn.ictindex.scoring.Rule;
import vn.ictindex.scoring.UnitInputs;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completed past years for the demo: the two years before the current one, each with a submitted self-assessment of
 * every participant (varied figures from {@link ReferenceUnitsFixture}), a few differences found by the department
 * and the council with their reasons, preliminary results sent to the units and final results published. In every
 * target group the second and third unit report the same figures, so each ranking shows a tie; the later year is
 * compared with the earlier one, so the change in rank and total shows too.
 */
@Component
class PastYearsDemo {

    private final Periods periods;
    private final CriteriaVersions criteria;
    private final PastSelfAssessments pastSelfAssessments;
    private final ScoreLayers layers;
    private final ResultSnapshots snapshots;
    private final Publications publications;

    PastYearsDemo(Periods periods, CriteriaVersions criteria, PastSelfAssessments pastSelfAssessments,
                  ScoreLayers layers, ResultSnapshots snapshots, Publications publications) {
        this.periods = periods;
        this.criteria = criteria;
        this.pastSelfAssessments = pastSelfAssessments;
        this.layers = layers;
        this.snapshots = snapshots;
        this.publications = publications;
    }

    /** Loads the years {@code currentYear − 2} and {@code currentYear − 1} with the participants of the current year. */
    void load(int currentYear, Map<Long, String> participants) {
        for (int year = currentYear - 2; year < currentYear; year++) {
            loadYear(year, participants);
        }
    }

    private void loadYear(int year, Map<Long, String> participants) {
        Period period = periods.create(new Periods.PeriodDetails(year,
                "Đánh giá, xếp hạng mức độ ứng dụng CNTT năm " + year, DemoData.CRITERIA_CODE,
                DemoData.CRITERIA_VERSION, LocalDate.of(year, 9, 1), LocalDate.of(year, 9, 20),
                LocalDate.of(year, 9, 30), LocalDate.of(year, 11, 10), LocalDate.of(year, 12, 15)), "admin");
        periods.setParticipants(period.id(), participants);
        CriteriaVersion version = criteria.find(DemoData.CRITERIA_CODE, DemoData.CRITERIA_VERSION).orElseThrow();
        int seed = 0;
        for (String appendixId : snapshots.appendices(period.id())) {
            Appendix appendix = version.appendix(appendixId).orElseThrow();
            List<Long> group = participants.entrySet().stream().filter(e -> e.getValue().equals(appendixId))
                    .map(Map.Entry::getKey).sorted().toList();
            List<UnitInputs> figures = ReferenceUnitsFixture.realisticUnits(appendix, group.size(),
                    year * 100L + seed++);
            for (int i = 0; i < group.size(); i++) {
                // the third unit reports the same figures as the second: a tie in every group of three or more
                UnitInputs unit = figures.get(i == 2 ? 1 : i);
                Map<String, String> typed = new LinkedHashMap<>();
                unit.inputs().forEach((key, value) -> typed.put(key, InputText.format(value)));
                pastSelfAssessments.recordSubmitted("demo", period.id(), group.get(i), typed);
            }
            differencesFound(period, appendix, group);
            ResultSnapshot preliminary = snapshots.save("admin", period.id(), appendixId, SnapshotKind.PRELIMINARY,
                    "Kết quả sơ bộ sau thẩm định của Hội đồng", null);
            publications.sendPreliminary("admin", preliminary.id(), LocalDate.of(year, 11, 15),
                    LocalDate.of(year, 11, 25));
            ResultSnapshot published = snapshots.save("admin", period.id(), appendixId, SnapshotKind.FINAL,
                    "Kết quả chính thức theo quyết định công bố năm " + year, preliminary.id());
            publications.publishFinal("admin", published.id());
        }
    }

    /** The department corrects one unit's figure and the council another's, each with its reason. */
    private void differencesFound(Period period, Appendix appendix, List<Long> group) {
        if (group.size() < 5) {
            return;
        }
        List<CriterionNode> ratios = appendix.leaves().stream()
                .filter(n -> n.rule() instanceof Rule.RatioTimesMax).toList();
        if (ratios.size() < 2) {
            return;
        }
        Rule.RatioTimesMax compiled = (Rule.RatioTimesMax) ratios.get(0).rule();
        long unit = group.get(3);
        String claimed = layers.values(period.id(), unit, ScoreLayer.SELF).field(compiled.numerator());
        if (!claimed.isBlank()) {
            layers.set("admin", period.id(), unit, ScoreLayer.COMPILED, compiled.numerator(), ratios.get(0).key(),
                    InputText.number(claimed, true).multiply(java.math.BigDecimal.valueOf(3))
                            .divideToIntegralValue(java.math.BigDecimal.valueOf(4)).toPlainString(),
                    "Số liệu trích từ hệ thống dùng chung thấp hơn số đơn vị báo cáo", null);
        }
        Rule.RatioTimesMax appraised = (Rule.RatioTimesMax) ratios.get(1).rule();
        long other = group.get(4);
        String denominator = layers.values(period.id(), other, ScoreLayer.COMPILED).field(appraised.denominator());
        if (!denominator.isBlank()) {
            layers.set("hoidong", period.id(), other, ScoreLayer.APPRAISED, appraised.numerator(),
                    ratios.get(1).key(), denominator, "Đối chiếu hồ sơ gốc tại phiên thẩm định: đạt toàn bộ", null);
        }
    }
}
