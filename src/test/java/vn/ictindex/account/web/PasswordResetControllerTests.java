package vn.ictindex.account.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.UserAccount;
import vn.ictindex.account.UserAccounts;
import vn.ictindex.support.TestUsers;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
class PasswordResetControllerTests {

    static final String NEW_PASSWORD = "Mat-khau-moi-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    UserAccount healthHead;

    @BeforeEach
    void demoAccount() {
        healthHead = accounts.all().stream().filter(a -> a.username().equals("syt.lanhdao")).findFirst()
                .orElseThrow();
    }

    @Test
    void showsWhoseAccountItIs() throws Exception {
        mvc.perform(get("/admin/accounts/{id}/password", healthHead.id()).with(TestUsers.administrator()))
                .andExpect(status().isOk())
                .andExpect(shows("Đặt lại mật khẩu cho «syt.lanhdao»"))
                .andExpect(shows("Đặng Văn Thủ Trưởng"))
                .andExpect(shows("Sở Y tế"))
                .andExpect(shows("name=\"version\" value=\"" + healthHead.version() + "\""));
    }

    @Test
    void setsTheNewPasswordAndAuditsItWithoutThePassword() throws Exception {
        mvc.perform(post("/admin/accounts/{id}/password", healthHead.id()).param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD).param("version", healthHead.version() + "")
                        .with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("notice", "Đã đặt mật khẩu mới cho tài khoản «syt.lanhdao»."));

        String hash = accounts.loadUserByUsername("syt.lanhdao").getPassword();
        assertThat(passwords.matches(NEW_PASSWORD, hash)).isTrue();
        Map<String, Object> entry = jdbc.sql("SELECT * FROM audit_event WHERE subject_id = 'syt.lanhdao'").query()
                .singleRow();
        assertThat(entry).containsEntry("action", "ACCOUNT_PASSWORD_RESET").containsEntry("actor", "admin");
        assertThat(entry.toString()).doesNotContain(NEW_PASSWORD).doesNotContain(hash).doesNotContain("{bcrypt}");
    }

    @Test
    void aMistypedOrShortPasswordIsRefusedAndNotEchoed() throws Exception {
        mvc.perform(post("/admin/accounts/{id}/password", healthHead.id()).param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD + "x").param("version", healthHead.version() + "")
                        .with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(shows("Hai lần nhập mật khẩu không giống nhau."))
                .andExpect(doesNotShow(NEW_PASSWORD));
        mvc.perform(post("/admin/accounts/{id}/password", healthHead.id()).param("newPassword", "ngan")
                        .param("confirmation", "ngan").param("version", healthHead.version() + "")
                        .with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(shows("Mật khẩu phải có ít nhất 8 ký tự."));

        assertThat(passwords.matches("matkhau2026", accounts.loadUserByUsername("syt.lanhdao").getPassword()))
                .isTrue();
    }

    @Test
    void whenTheAccountChangedMeanwhileSaysSoAndChangesNothing() throws Exception {
        accounts.setEnabled(healthHead.id(), false, healthHead.version());

        mvc.perform(post("/admin/accounts/{id}/password", healthHead.id()).param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD).param("version", healthHead.version() + "")
                        .with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(shows("Tài khoản vừa được người khác thay đổi"))
                .andExpect(shows("Đã khóa"))
                .andExpect(shows("name=\"version\" value=\"" + (healthHead.version() + 1) + "\""))
                .andExpect(doesNotShow(NEW_PASSWORD));

        assertThat(passwords.matches("matkhau2026", accounts.loadUserByUsername("syt.lanhdao").getPassword()))
                .isTrue();
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        mvc.perform(get("/admin/accounts/{id}/password", 987654).with(TestUsers.administrator()))
                .andExpect(status().isNotFound());
    }

    @Test
    void isForTheAdministratorOnly() throws Exception {
        mvc.perform(get("/admin/accounts/{id}/password", healthHead.id()).with(TestUsers.councilMember()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/{id}/password", healthHead.id()).param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD).param("version", healthHead.version() + "")
                        .with(TestUsers.headOf(healthHead.unitId())).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(passwords.matches(NEW_PASSWORD, accounts.loadUserByUsername("syt.lanhdao").getPassword()))
                .isFalse();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRejected() throws Exception {
        mvc.perform(post("/admin/accounts/{id}/password", healthHead.id()).param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD).param("version", healthHead.version() + "")
                        .with(TestUsers.administrator()))
                .andExpect(status().isForbidden());

        assertThat(passwords.matches(NEW_PASSWORD, accounts.loadUserByUsername("syt.lanhdao").getPassword()))
                .isFalse();
    }
}
