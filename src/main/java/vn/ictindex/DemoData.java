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
import vn.ictindex.consultation.Consultation;
import vn.ictindex.consultation.Consultations;
import vn.ictindex.criteria.CriteriaImports;
import vn.ictindex.criteria.CriteriaUpload;
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
    private final CriteriaImports criteriaImports;
    private final Consultations consultations;

    DemoData(UnitRegisterSeed unitSeed, Units units, UserAccounts accounts, Periods periods, PastYearsDemo pastYears,
             CriteriaImports criteriaImports, Consultations consultations) {
        this.unitSeed = unitSeed;
        this.units = units;
        this.accounts = accounts;
        this.periods = periods;
        this.pastYears = pastYears;
        this.criteriaImports = criteriaImports;
        this.consultations = consultations;
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
        consultationOnADraft(justice, health);
    }

    /**
     * A draft revision of the default set (next year's, with criterion A1 of Appendix I renamed) sent for comments
     * to Sở Tư pháp, Sở Y tế and the council member, with one comment from Sở Y tế, so that the consultation screens
     * have content.
     */
    private void consultationOnADraft(long justice, long health) throws java.io.IOException {
        int year = periods.today().getYear() + 1;
        String text;
        try (var in = getClass().getResourceAsStream("/criteria-sets/bt-udcntt-2019.yaml")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String draft = text.replaceFirst("version: \"2019\"", "version: \"" + year + "\"")
                .replaceFirst("status: issued", "status: draft")
                .replaceFirst("decision:\n  number: 1867/QĐ-UBND\n  date: 23/07/2019\n", "")
                .replaceFirst("effective_from: 2019", "effective_from: " + year)
                .replaceFirst("supersedes: BT-UDCNTT@2017", "supersedes: BT-UDCNTT@2019")
                .replaceFirst("title: (Bộ tiêu chí[^\n]*)", "title: DỰ THẢO – $1")
                .replaceFirst("name: Ban hành kế hoạch ứng dụng CNTT \\(chính quyền điện tử\\) năm của cơ quan đúng thời hạn",
                        "name: Ban hành kế hoạch chuyển đổi số năm của cơ quan đúng thời hạn");
        criteriaImports.importFile(new CriteriaUpload("du-thao-bt-udcntt-" + year + ".yaml", draft), "admin");
        var admin = accounts.loadUserByUsername("admin");
        Consultation round = consultations.create(admin, new Consultations.RoundDetails(CRITERIA_CODE,
                String.valueOf(year), "Lấy ý kiến góp ý dự thảo Bộ tiêu chí áp dụng từ năm " + year,
                periods.today().plusDays(10),
                "Sở Thông tin và Truyền thông đã xây dựng xong Dự thảo Bộ tiêu chí áp dụng từ năm " + year
                        + " (thay thế BT-UDCNTT@2019).\n\nNhững nội dung điều chỉnh, bổ sung:\n"
                        + "1. Về bố cục của dự thảo Bộ tiêu chí: không thay đổi.\n"
                        + "2. Tiêu chí A1 đổi thành kế hoạch chuyển đổi số năm của cơ quan.\n\n"
                        + "Đề nghị các cơ quan, đơn vị và thành viên Hội đồng thẩm định góp ý trước hạn. Quá thời hạn "
                        + "trên, cơ quan, đơn vị không có ý kiến được xem như thống nhất với dự thảo.",
                List.of(justice, health), List.of(), List.of(accounts.loadUserByUsername("hoidong").id()), false));
        consultations.send(admin, round.id());
        consultations.comment(accounts.loadUserByUsername("syt.chuyenvien"), round.id(), "demo-1",
                new Consultations.CommentDetails("PL-I", "A1", "Đề nghị nêu rõ kế hoạch chuyển đổi số được ban hành "
                        + "trước ngày 31/01 thì đạt điểm tối đa."));
    }
}
