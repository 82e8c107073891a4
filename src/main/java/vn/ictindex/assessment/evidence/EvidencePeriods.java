package vn.ictindex.assessment.evidence;

import org.springframework.stereotype.Component;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.scoring.Appendix;

import java.util.Optional;

/**
 * What the library needs to know about periods and that {@link Periods} does not offer (yet): the criteria appendix a
 * unit is evaluated under in a period, as a tree, and where the current period stands for a unit.
 */
@Component
public class EvidencePeriods {

    private final Periods periods;
    private final CriteriaVersions criteria;

    EvidencePeriods(Periods periods, CriteriaVersions criteria) {
        this.periods = periods;
        this.criteria = criteria;
    }

    /** The appendix the unit takes part under in {@code period}; empty when it does not take part. */
    public Optional<Appendix> appendixOf(Period period, long unitId) {
        return periods.appendixOf(period.id(), unitId).flatMap(appendixId -> criteria
                .find(period.criteriaCode(), period.criteriaVersion()).flatMap(v -> v.appendix(appendixId)));
    }

    /** The current period as the unit sees it; everything empty when no period exists yet. */
    public EvidencePeriodStatus current(long unitId) {
        return periods.current().map(p -> new EvidencePeriodStatus(p, periods.openFor(p, unitId),
                        periods.deadlineFor(p, unitId), appendixOf(p, unitId).orElse(null)))
                .orElse(EvidencePeriodStatus.NO_PERIOD);
    }
}
