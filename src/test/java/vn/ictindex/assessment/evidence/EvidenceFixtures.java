package vn.ictindex.assessment.evidence;

import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.organisation.Units;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two demo units the isolation tests play against each other (Sở Tư pháp and Sở Y tế), their users as the
 * security principal, and periods with chosen dates.
 */
public class EvidenceFixtures {

    private final Units units;
    private final Periods periods;

    public EvidenceFixtures(Units units, Periods periods) {
        this.units = units;
        this.periods = periods;
    }

    public long justice() {
        return units.findByCode("BT-STP").orElseThrow().id();
    }

    public long health() {
        return units.findByCode("BT-SYT").orElseThrow().id();
    }

    /** Lê Văn Đầu Mối, the IT focal person of Sở Tư pháp. */
    public CurrentUser justiceSpecialist() {
        return new CurrentUser(11, "stp.chuyenvien", "Lê Văn Đầu Mối", Role.SPECIALIST, justice(), null, true);
    }

    public CurrentUser justiceHead() {
        return new CurrentUser(12, "stp.lanhdao", "Phạm Thị Giám Đốc", Role.HEAD, justice(), null, true);
    }

    public CurrentUser healthSpecialist() {
        return new CurrentUser(13, "syt.chuyenvien", "Võ Minh Tin Học", Role.SPECIALIST, health(), null, true);
    }

    public static CurrentUser administrator() {
        return new CurrentUser(1, "admin", "Trần Thị Quản Trị", Role.ADMIN, null, null, true);
    }

    public static CurrentUser councilMember() {
        return new CurrentUser(14, "hoidong", "Nguyễn Hữu Thẩm Định", Role.COUNCIL, null, null, true);
    }

    public static CurrentUser leadershipViewer() {
        return new CurrentUser(15, "lanhdao", "Huỳnh Thị Lãnh Đạo", Role.VIEWER, null, null, true);
    }

    /** The demo period: this year, open for self-assessment. */
    public Period openPeriod() {
        return periods.current().orElseThrow();
    }

    /**
     * A period for next year whose self-assessment has already closed, so that it becomes the current period and
     * is locked for both demo units.
     */
    public Period lockedCurrentPeriod() {
        LocalDate today = periods.today();
        return period(openPeriod().year() + 1, today.minusDays(60), today.minusDays(10), today.minusDays(5),
                today.plusDays(10), today.plusDays(20));
    }

    /** A period five years back, long closed, with both demo units taking part; the demo period stays current. */
    public Period pastPeriod() {
        LocalDate start = periods.today().minusYears(5);
        return period(openPeriod().year() - 5, start, start.plusDays(30), start.plusDays(40), start.plusDays(60),
                start.plusDays(80));
    }

    /** An older period that is still open but in which no unit takes part. */
    public Period openPeriodWithoutParticipants() {
        LocalDate today = periods.today();
        return periods.create(new Periods.PeriodDetails(openPeriod().year() - 3, "Kỳ thử nghiệm", "BT-UDCNTT", "2019",
                today.minusDays(5), today.plusDays(5), today.plusDays(10), today.plusDays(20), today.plusDays(30)),
                "admin");
    }

    private Period period(int year, LocalDate opens, LocalDate closes, LocalDate compilation, LocalDate appraisal,
                          LocalDate publication) {
        Period period = periods.create(new Periods.PeriodDetails(year, "Kỳ đánh giá năm " + year, "BT-UDCNTT", "2019",
                opens, closes, compilation, appraisal, publication), "admin");
        Map<Long, String> participants = new LinkedHashMap<>();
        participants.put(justice(), "PL-I");
        participants.put(health(), "PL-I");
        periods.setParticipants(period.id(), participants);
        return period;
    }

    /** Assigns the demo council member ({@link #councilMember()}) to appraise one unit in the period. */
    public static void assignCouncilMember(org.springframework.jdbc.core.simple.JdbcClient jdbc, long periodId,
                                           long unitId) {
        jdbc.sql("""
                        INSERT INTO council_assignment (period_id, member, unit_id, assigned_by, assigned_at)
                        VALUES (:p, 'hoidong', :u, 'admin', CURRENT_TIMESTAMP)""")
                .param("p", periodId).param("u", unitId).update();
    }
}
