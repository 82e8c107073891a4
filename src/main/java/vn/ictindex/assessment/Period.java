package vn.ictindex.assessment;

import java.time.LocalDate;

/**
 * An evaluation period (kỳ đánh giá): one year, one issued criteria version, and the dates of its phases. Self-assessment
 * is open from {@code selfOpens} to {@code selfCloses} inclusive and locks automatically after that.
 */
public record Period(long id, int year, String title, String criteriaCode, String criteriaVersion, LocalDate selfOpens,
                     LocalDate selfCloses, LocalDate compilationDue, LocalDate appraisalDue, LocalDate publicationDue,
                     int version) {

    public String criteriaId() {
        return criteriaCode + "@" + criteriaVersion;
    }

    public PeriodPhase phaseOn(LocalDate day) {
        if (day.isBefore(selfOpens)) {
            return PeriodPhase.PLANNED;
        }
        if (!day.isAfter(selfCloses)) {
            return PeriodPhase.SELF_ASSESSMENT;
        }
        if (!day.isAfter(compilationDue)) {
            return PeriodPhase.COMPILATION;
        }
        if (!day.isAfter(appraisalDue)) {
            return PeriodPhase.APPRAISAL;
        }
        if (!day.isAfter(publicationDue)) {
            return PeriodPhase.PUBLICATION;
        }
        return PeriodPhase.CLOSED;
    }

    /** The first day of a phase, or null for {@link PeriodPhase#PLANNED}, which has none. */
    public LocalDate firstDayOf(PeriodPhase phase) {
        return switch (phase) {
            case PLANNED -> null;
            case SELF_ASSESSMENT -> selfOpens;
            case COMPILATION -> selfCloses.plusDays(1);
            case APPRAISAL -> compilationDue.plusDays(1);
            case PUBLICATION -> appraisalDue.plusDays(1);
            case CLOSED -> publicationDue.plusDays(1);
        };
    }

    /** The last day of a phase, or null for {@link PeriodPhase#CLOSED}, which has none. */
    public LocalDate lastDayOf(PeriodPhase phase) {
        return switch (phase) {
            case PLANNED -> selfOpens.minusDays(1);
            case SELF_ASSESSMENT -> selfCloses;
            case COMPILATION -> compilationDue;
            case APPRAISAL -> appraisalDue;
            case PUBLICATION -> publicationDue;
            case CLOSED -> null;
        };
    }
}
