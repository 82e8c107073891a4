package vn.ictindex;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.Role;
import vn.ictindex.account.UserAccounts;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.UnitRegisterSeed;
import vn.ictindex.organisation.Units;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo data for a newcomer, loaded into an empty database only: the units of the demo province, one account per role
 * (listed in the README) and a current-year period open for self-assessment on the default criteria set, after two
 * completed past years with published results ({@link PastYearsDemo}).
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "ictindex.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    /** The password of every demo account; the README lists the accounts. */
    static final String PASSWORD = "matkhau2026";
    static final String CRITERIA_CODE = "BT-UDCNTT";
    static final String CRITERIA_VERSION = "2019";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UnitRegisterSeed unitSeed;
    private final Units units;
    private final UserAccounts accounts;
    private final Periods periods;
    private final PastYearsDemo pastYears;

    DemoData(UnitRegisterSeed unitSeed, Units units, UserAccounts accounts, Periods periods, PastYearsDemo pastYears) {
        this.unitSeed = unitSeed;
        this.units = units;
        this.accounts = accounts;
        this.periods = periods;
        this.pastYears = pastYears;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws Exception {
        if (!units.isEmpty() || accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        unitSeed.seedIfEmpty();
        long justice = units.findByCode("BT-STP").orElseThrow().id();
        long health = units.findByCode("BT-SYT").orElseThrow().id();
        List<UserAccounts.NewAccount> demo = List.of(
                new UserAccounts.NewAccount("admin", "Trần Thị Quản Trị", Role.ADMIN, null, null, PASSWORD),
                new UserAccounts.NewAccount("stp.chuyenvien", "Lê Văn Đầu Mối", Role.SPECIALIST, justice, null,
                        PASSWORD),
                new UserAccounts.NewAccount("stp.lanhdao", "Phạm Thị Giám Đốc", Role.HEAD, justice, null, PASSWORD),
                new UserAccounts.NewAccount("syt.chuyenvien", "Võ Minh Tin Học", Role.SPECIALIST, health, null,
                        PASSWORD),
                new UserAccounts.NewAccount("syt.lanhdao", "Đặng Văn Thủ Trưởng", Role.HEAD, health, null, PASSWORD),
                new UserAccounts.NewAccount("hoidong", "Nguyễn Hữu Thẩm Định", Role.COUNCIL, null, null, PASSWORD),
                new UserAccounts.NewAccount("lanhdao", "Huỳnh Thị Lãnh Đạo", Role.VIEWER, null, null, PASSWORD));
        demo.forEach(accounts::create);

        LocalDate today = periods.today();
        Period period = periods.create(new Periods.PeriodDetails(today.getYear(),
                "Đánh giá, xếp hạng mức độ ứng dụng CNTT năm " + today.getYear(), CRITERIA_CODE, CRITERIA_VERSION,
                today.minusDays(20), today.plusDays(14), today.plusDays(28), today.plusDays(60), today.plusDays(80)),
                "admin");
        Map<Long, String> participants = new LinkedHashMap<>();
        for (Unit unit : units.validOn(period.selfOpens())) {
            if (unit.defaultAppendix() != null) {
                participants.put(unit.id(), unit.defaultAppendix());
            }
        }
        periods.setParticipants(period.id(), participants);
        pastYears.load(today.getYear(), participants);
        log.info("Demo data loaded: {} units, {} accounts (password {}), period {}", participants.size(),
                demo.size(), PASSWORD, period.year());
    }
}
