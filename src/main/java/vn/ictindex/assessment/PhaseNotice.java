package vn.ictindex.assessment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a screen of one phase says when it is used outside that phase's dates: the department may compile early or a
 * council finish late (the dates are the plan, not a lock), but the user should know where the period stands.
 *
 * @param expected the phase the screen belongs to
 * @param current  where the period stands today
 * @param from     the first day of the expected phase (null for none)
 * @param to       the last day of the expected phase (null for none)
 * @param early    true before the expected phase, false after it
 */
public record PhaseNotice(Period period, PeriodPhase expected, PeriodPhase current, LocalDate from, LocalDate to,
                          boolean early) {

    /** A notice when {@code today} is outside the expected phase of the period, empty within it. */
    public static Optional<PhaseNotice> of(Period period, PeriodPhase expected, LocalDate today) {
        PeriodPhase current = period.phaseOn(today);
        if (current == expected) {
            return Optional.empty();
        }
        return Optional.of(new PhaseNotice(period, expected, current, period.firstDayOf(expected),
                period.lastDayOf(expected), current.compareTo(expected) < 0));
    }
}
