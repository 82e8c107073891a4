package vn.ictindex.reporting;

import org.springframework.stereotype.Service;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.ScoreLayers;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.ScoringEngine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scores of every target group of a period in one layer, as rows for the period workbook and the ranking tables.
 * Until result snapshots exist, the rows come from the engine run on the FINAL layer of each group (the same
 * computation a snapshot will store).
 */
@Service
public class PeriodScores {

    private final Periods periods;
    private final CriteriaVersions criteria;
    private final ScoreLayers layers;
    private final Units units;

    PeriodScores(Periods periods, CriteriaVersions criteria, ScoreLayers layers, Units units) {
        this.periods = periods;
        this.criteria = criteria;
        this.layers = layers;
        this.units = units;
    }

    /** Department administrators and council members read every unit's scores; nobody else before publication. */
    public static boolean maySee(CurrentUser user) {
        return user.role() == Role.ADMIN || user.role() == Role.COUNCIL;
    }

    public Period period(CurrentUser user, long periodId) {
        if (!maySee(user)) {
            throw new ReportNotFoundException("Chỉ Sở TTTT và Hội đồng thẩm định xem được điểm của mọi đơn vị");
        }
        return periods.find(periodId).orElseThrow(() -> new ReportNotFoundException("Không có kỳ đánh giá này"));
    }

    /** The period of a job already allowed when it was started. */
    Period periodForJob(long periodId) {
        return periods.find(periodId).orElseThrow(() -> new ReportNotFoundException("Không có kỳ đánh giá này"));
    }

    /** The appendices that have participants in the period, in the criteria version's order. */
    public List<Appendix> appendices(Period period) {
        CriteriaVersion version = criteria.find(period.criteriaCode(), period.criteriaVersion()).orElseThrow();
        Set<String> used = new HashSet<>(periods.participants(period.id()).values());
        return version.appendices().stream().filter(a -> used.contains(a.id())).toList();
    }

    public GroupScores group(Period period, Appendix appendix, ScoreLayer layer) {
        Map<String, GroupScores.UnitLabel> labels = new HashMap<>();
        for (Unit unit : units.all()) {
            labels.put(String.valueOf(unit.id()), new GroupScores.UnitLabel(unit.code(), unit.name()));
        }
        ScoreLayers.GroupInputs inputs = layers.groupInputs(period.id(), appendix.id(), layer);
        return GroupScores.of(appendix, ScoringEngine.score(appendix, inputs.inputs()), labels);
    }

    public List<GroupScores> groups(Period period, ScoreLayer layer) {
        return appendices(period).stream().map(a -> group(period, a, layer)).toList();
    }
}
