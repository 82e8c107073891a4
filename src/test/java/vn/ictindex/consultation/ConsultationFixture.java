package vn.ictindex.consultation;

import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.UserAccounts;
import vn.ictindex.criteria.CriteriaImports;
import vn.ictindex.criteria.CriteriaUpload;
import vn.ictindex.criteria.ImportFixtures;

import java.time.LocalDate;
import java.util.List;

/** A draft to consult on and the demo accounts that take part, with intention-revealing names. */
final class ConsultationFixture {

    /** The test criteria set (appendix PL-T, criteria A1…C3) imported as a draft. */
    static final String DRAFT_CODE = "TEST-GOPY";

    private final UserAccounts accounts;
    private final CriteriaImports imports;

    ConsultationFixture(UserAccounts accounts, CriteriaImports imports) {
        this.accounts = accounts;
        this.imports = imports;
    }

    CurrentUser admin() {
        return accounts.loadUserByUsername("admin");
    }

    /** The IT focal person of Sở Tư pháp. */
    CurrentUser justiceSpecialist() {
        return accounts.loadUserByUsername("stp.chuyenvien");
    }

    CurrentUser justiceHead() {
        return accounts.loadUserByUsername("stp.lanhdao");
    }

    /** The IT focal person of Sở Y tế. */
    CurrentUser healthSpecialist() {
        return accounts.loadUserByUsername("syt.chuyenvien");
    }

    CurrentUser councilMember() {
        return accounts.loadUserByUsername("hoidong");
    }

    CurrentUser viewer() {
        return accounts.loadUserByUsername("lanhdao");
    }

    /** Imports the test set as draft {@code TEST-GOPY@version}. */
    String importDraft(String version) {
        imports.importFile(new CriteriaUpload("du-thao-" + version + ".yaml",
                ImportFixtures.draftAs(DRAFT_CODE, version)), "admin");
        return DRAFT_CODE + "@" + version;
    }

    /** A round on draft {@code version} to Sở Tư pháp, Sở Y tế and the council member, due on {@code deadline}. */
    Consultations.RoundDetails roundToJusticeHealthAndCouncil(String version, LocalDate deadline) {
        return new Consultations.RoundDetails(DRAFT_CODE, version, "Lấy ý kiến dự thảo " + version, deadline,
                "Đề nghị góp ý trước hạn. Quá hạn không có ý kiến được xem như thống nhất.",
                List.of(justiceSpecialist().unitId(), healthSpecialist().unitId()), List.of(),
                List.of(councilMember().id()), false);
    }
}
