package vn.ictindex.assessment.evidence;

import vn.ictindex.assessment.Period;
import vn.ictindex.scoring.Appendix;

import java.time.LocalDate;
import java.util.List;

/**
 * The current period as one unit sees it.
 *
 * @param period   the current period, or null when there is none
 * @param open     whether the unit may still change its library (after the lock nothing changes)
 * @param deadline the last day the unit may change it (the close date or its extension), or null
 * @param appendix the appendix the unit is evaluated under, or null when it does not take part
 */
public record EvidencePeriodStatus(Period period, boolean open, LocalDate deadline, Appendix appendix) {

    static final EvidencePeriodStatus NO_PERIOD = new EvidencePeriodStatus(null, false, null, null);

    /** Whether the period has not opened yet (as opposed to being locked). */
    public boolean notYetOpen(LocalDate today) {
        return period != null && today.isBefore(period.selfOpens());
    }

    /** Node keys in the appendix's document order, for sorting; empty without an appendix. */
    List<String> keysInOrder() {
        return appendix == null ? List.of() : appendix.allNodes().stream().map(n -> n.key()).toList();
    }
}
