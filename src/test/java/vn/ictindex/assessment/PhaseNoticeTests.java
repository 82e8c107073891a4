package vn.ictindex.assessment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseNoticeTests {

    /** Self-assessment in January, compilation to 15 February, appraisal to 15 March, publication to 31 March. */
    private static final Period YEAR_2026 = new Period(1, 2026, "Năm 2026", "BT", "2019", LocalDate.of(2027, 1, 5),
            LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 15), LocalDate.of(2027, 3, 15),
            LocalDate.of(2027, 3, 31), 0);

    @Test
    void withinItsPhaseAScreenSaysNothing() {
        assertThat(PhaseNotice.of(YEAR_2026, PeriodPhase.COMPILATION, LocalDate.of(2027, 2, 1))).isEmpty();
        assertThat(PhaseNotice.of(YEAR_2026, PeriodPhase.COMPILATION, LocalDate.of(2027, 2, 15))).isEmpty();
    }

    @Test
    void beforeItsPhaseTheNoticeNamesTheFirstDayAndWhereThePeriodStands() {
        PhaseNotice notice = PhaseNotice.of(YEAR_2026, PeriodPhase.APPRAISAL, LocalDate.of(2027, 1, 20)).orElseThrow();

        assertThat(notice.early()).isTrue();
        assertThat(notice.current()).isEqualTo(PeriodPhase.SELF_ASSESSMENT);
        assertThat(notice.from()).isEqualTo(LocalDate.of(2027, 2, 16));
        assertThat(notice.to()).isEqualTo(LocalDate.of(2027, 3, 15));
    }

    @Test
    void afterItsPhaseTheNoticeSaysItIsOver() {
        PhaseNotice notice = PhaseNotice.of(YEAR_2026, PeriodPhase.COMPILATION, LocalDate.of(2027, 2, 16))
                .orElseThrow();

        assertThat(notice.early()).isFalse();
        assertThat(notice.current()).isEqualTo(PeriodPhase.APPRAISAL);
        assertThat(notice.to()).isEqualTo(LocalDate.of(2027, 2, 15));
    }

    @Test
    void thePhasesFollowEachOtherWithoutAGapOrAnOverlap() {
        PeriodPhase[] phases = PeriodPhase.values();
        for (int i = 1; i < phases.length; i++) {
            assertThat(YEAR_2026.firstDayOf(phases[i])).isEqualTo(YEAR_2026.lastDayOf(phases[i - 1]).plusDays(1));
            assertThat(YEAR_2026.phaseOn(YEAR_2026.firstDayOf(phases[i]))).isEqualTo(phases[i]);
            assertThat(YEAR_2026.phaseOn(YEAR_2026.lastDayOf(phases[i - 1]))).isEqualTo(phases[i - 1]);
        }
    }
}
