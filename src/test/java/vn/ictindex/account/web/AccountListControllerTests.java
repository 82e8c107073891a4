package vn.ictindex.account.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.account.UserAccount;
import vn.ictindex.account.UserAccounts;
import vn.ictindex.organisation.Units;
import vn.ictindex.support.TestUsers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ictindex.account.web.PageText.doesNotShow;
import static vn.ictindex.account.web.PageText.shows;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AccountListControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Units units;

    @Autowired
    JdbcClient jdbc;

    UserAccount admin;
    UserAccount justiceSpecialist;
    long justice;

    @BeforeEach
    void demoAccounts() {
        admin = account("admin");
        justiceSpecialist = account("stp.chuyenvien");
        justice = units.findByCode("BT-STP").orElseThrow().id();
    }

    @Test
    void listsAccountsWithRoleLabelUnitAndLastSignInInProvinceTime() throws Exception {
        jdbc.sql("UPDATE user_account SET last_login_at = :at WHERE id = :id")
                .param("at", Timestamp.from(Instant.parse("2026-11-27T01:15:00Z"))).param("id", justiceSpecialist.id())
                .update();

        mvc.perform(get("/admin/accounts").with(signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(shows("stp.chuyenvien"))
                .andExpect(shows("Lê Văn Đầu Mối"))
                .andExpect(shows(">Cán bộ đầu mối CNTT</td>"))
                .andExpect(shows(">Thành viên Hội đồng thẩm định</td>"))
                .andExpect(shows(">Sở Tư pháp</td>"))
                .andExpect(shows("27/11/2026 08:15"))
                .andExpect(shows("Đang hoạt động"));
    }

    @Test
    void filtersByRoleAndByUnit() throws Exception {
        mvc.perform(get("/admin/accounts").param("role", "HEAD").with(signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(shows("stp.lanhdao")).andExpect(shows("syt.lanhdao"))
                .andExpect(doesNotShow("stp.chuyenvien")).andExpect(doesNotShow("hoidong"));

        mvc.perform(get("/admin/accounts").param("unitId", justice + "").with(signedIn(admin)))
                .andExpect(shows("stp.lanhdao")).andExpect(shows("stp.chuyenvien"))
                .andExpect(doesNotShow("syt.lanhdao"));

        mvc.perform(get("/admin/accounts").param("role", "SPECIALIST").param("unitId", justice + "")
                        .with(signedIn(admin)))
                .andExpect(shows("stp.chuyenvien")).andExpect(doesNotShow("stp.lanhdao"));
    }

    @Test
    void disablesAnAccountAndAuditsIt() throws Exception {
        mvc.perform(post("/admin/accounts/{id}/disable", justiceSpecialist.id())
                        .param("version", justiceSpecialist.version() + "").param("role", "SPECIALIST")
                        .with(signedIn(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/accounts?role=SPECIALIST"))
                .andExpect(flash().attribute("notice",
                        "Đã khóa tài khoản «stp.chuyenvien»; tài khoản này không đăng nhập được nữa."));

        assertThat(account("stp.chuyenvien").enabled()).isFalse();
        assertThat(audit("stp.chuyenvien")).containsExactly("ACCOUNT_DISABLED");
        mvc.perform(get("/admin/accounts").with(signedIn(admin))).andExpect(shows("Đã khóa"))
                .andExpect(shows("Mở khóa"));
    }

    @Test
    void enablesADisabledAccount() throws Exception {
        accounts.setEnabled(justiceSpecialist.id(), false, justiceSpecialist.version());

        mvc.perform(post("/admin/accounts/{id}/enable", justiceSpecialist.id())
                        .param("version", (justiceSpecialist.version() + 1) + "").with(signedIn(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "Đã mở khóa tài khoản «stp.chuyenvien»."));

        assertThat(account("stp.chuyenvien").enabled()).isTrue();
        assertThat(audit("stp.chuyenvien")).containsExactly("ACCOUNT_ENABLED");
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() throws Exception {
        mvc.perform(post("/admin/accounts/{id}/disable", admin.id()).param("version", admin.version() + "")
                        .with(signedIn(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "Bạn không thể tự khóa tài khoản của chính mình."));

        assertThat(account("admin").enabled()).isTrue();
        assertThat(audit("admin")).isEmpty();
    }

    @Test
    void aStaleVersionChangesNothingAndSaysSo() throws Exception {
        accounts.resetPassword(justiceSpecialist.id(), "matkhaumoi2026", justiceSpecialist.version());

        mvc.perform(post("/admin/accounts/{id}/disable", justiceSpecialist.id())
                        .param("version", justiceSpecialist.version() + "").with(signedIn(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "Tài khoản «stp.chuyenvien» vừa được người khác thay đổi; "
                        + "danh sách dưới đây là trạng thái mới nhất, hãy thao tác lại nếu cần."));

        assertThat(account("stp.chuyenvien").enabled()).isTrue();
        assertThat(audit("stp.chuyenvien")).isEmpty();
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        mvc.perform(get("/admin/accounts").param("lang", "en").with(signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(shows("Create an account"))
                .andExpect(shows(">IT focal person</td>"));
    }

    @Test
    void isForTheAdministratorOnly() throws Exception {
        mvc.perform(get("/admin/accounts").with(TestUsers.specialistOf(justice))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts").with(TestUsers.councilMember())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/{id}/disable", admin.id()).param("version", admin.version() + "")
                .with(TestUsers.councilMember()).with(csrf())).andExpect(status().isForbidden());
        accounts.setEnabled(justiceSpecialist.id(), false, justiceSpecialist.version());
        mvc.perform(post("/admin/accounts/{id}/enable", justiceSpecialist.id())
                        .param("version", (justiceSpecialist.version() + 1) + "")
                        .with(TestUsers.specialistOf(justice)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(account("admin").enabled()).isTrue();
        assertThat(account("stp.chuyenvien").enabled()).isFalse();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRejected() throws Exception {
        mvc.perform(post("/admin/accounts/{id}/disable", justiceSpecialist.id())
                        .param("version", justiceSpecialist.version() + "").with(signedIn(admin)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/{id}/enable", justiceSpecialist.id())
                        .param("version", justiceSpecialist.version() + "").with(signedIn(admin)))
                .andExpect(status().isForbidden());

        assertThat(account("stp.chuyenvien").version()).isEqualTo(justiceSpecialist.version());
    }

    private UserAccount account(String username) {
        return accounts.all().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }

    private List<String> audit(String username) {
        return jdbc.sql("SELECT action FROM audit_event WHERE subject_type = 'account' AND subject_id = :u ORDER BY id")
                .param("u", username).query(String.class).list();
    }

    /** The real administrator account as the signed-in user, so that "your own account" is recognised. */
    static RequestPostProcessor signedIn(UserAccount a) {
        return user(new CurrentUser(a.id(), a.username(), a.fullName(), a.role(), a.unitId(), null, true));
    }
}
