package vn.ictindex.account.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.Role;
import vn.ictindex.account.UserAccount;
import vn.ictindex.account.UserAccounts;
import vn.ictindex.organisation.Units;
import vn.ictindex.support.TestUsers;

import java.util.Map;
import java.util.Optional;

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
class AccountCreateControllerTests {

    static final String PASSWORD = "Bi-mat-2026!";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Units units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    long justice;

    @BeforeEach
    void demoUnit() {
        justice = units.findByCode("BT-STP").orElseThrow().id();
    }

    @Test
    void offersRolesInVietnameseAndSaysWhichNeedAUnit() throws Exception {
        mvc.perform(get("/admin/accounts/new").with(TestUsers.administrator()))
                .andExpect(status().isOk())
                .andExpect(shows("Cán bộ đầu mối CNTT"))
                .andExpect(shows("Lãnh đạo đơn vị"))
                .andExpect(shows("Bắt buộc với Cán bộ đầu mối CNTT và Lãnh đạo đơn vị"))
                .andExpect(shows("Sở Tư pháp"));
    }

    @Test
    void createsAnAccountThatCanSignInAndAuditsItWithoutThePassword() throws Exception {
        mvc.perform(newAccount("STP.Thu.Ky", Role.SPECIALIST, justice).param("email", "thuky@stp.binhthuan.gov.vn")
                        .with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("notice", "Đã tạo tài khoản «stp.thu.ky»."));

        UserAccount created = find("stp.thu.ky").orElseThrow();
        assertThat(created.role()).isEqualTo(Role.SPECIALIST);
        assertThat(created.unitId()).isEqualTo(justice);
        assertThat(created.email()).isEqualTo("thuky@stp.binhthuan.gov.vn");
        assertThat(passwords.matches(PASSWORD, accounts.loadUserByUsername("stp.thu.ky").getPassword())).isTrue();
        Map<String, Object> entry = jdbc.sql("SELECT * FROM audit_event WHERE subject_id = 'stp.thu.ky'").query()
                .singleRow();
        assertThat(entry).containsEntry("action", "ACCOUNT_CREATED").containsEntry("actor", "admin")
                .containsEntry("unit_id", justice);
        assertThat(entry.toString()).contains("role=SPECIALIST").doesNotContain(PASSWORD).doesNotContain("{bcrypt}");
    }

    @Test
    void explainsEachProblemKeepsWhatWasTypedButNeverThePasswords() throws Exception {
        mvc.perform(post("/admin/accounts").param("username", "Nguyễn Văn").param("fullName", "Nguyễn Văn Ánh")
                        .param("role", "HEAD").param("unitId", "").param("email", "khong-phai-thu")
                        .param("password", "ngan").param("passwordConfirmation", "ngan")
                        .with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(shows("Tên đăng nhập chỉ gồm chữ thường không dấu"))
                .andExpect(shows("Vai trò «Lãnh đạo đơn vị» phải gắn với một đơn vị."))
                .andExpect(shows("Địa chỉ thư điện tử không hợp lệ."))
                .andExpect(shows("Mật khẩu phải có ít nhất 8 ký tự."))
                .andExpect(shows("value=\"Nguyễn Văn\""))
                .andExpect(shows("value=\"Nguyễn Văn Ánh\""))
                .andExpect(shows("value=\"khong-phai-thu\""))
                .andExpect(shows("value=\"HEAD\" selected"))
                .andExpect(doesNotShow("value=\"ngan\""));
        assertThat(find("nguyễn văn")).isEmpty();
    }

    @Test
    void twoDifferentPasswordsAreRefused() throws Exception {
        mvc.perform(newAccount("hoidong2", Role.COUNCIL, null).param("passwordConfirmation", "Bi-mat-2027!")
                        .with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(shows("Hai lần nhập mật khẩu không giống nhau."))
                .andExpect(doesNotShow(PASSWORD))
                .andExpect(doesNotShow("Bi-mat-2027!"));
        assertThat(find("hoidong2")).isEmpty();
    }

    @Test
    void aTakenUsernameIsShownNextToTheUsername() throws Exception {
        mvc.perform(newAccount("stp.chuyenvien", "Người thứ hai", Role.SPECIALIST, justice)
                        .with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(shows("Tên đăng nhập «stp.chuyenvien» đã có."))
                .andExpect(shows("value=\"Người thứ hai\""))
                .andExpect(doesNotShow(PASSWORD));
    }

    @Test
    void aCouncilMemberBelongsToNoUnitEvenWhenOneIsChosen() throws Exception {
        mvc.perform(newAccount("hoidong.moi", Role.COUNCIL, justice).with(TestUsers.administrator()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(find("hoidong.moi").orElseThrow().unitId()).isNull();
    }

    @Test
    void isForTheAdministratorOnly() throws Exception {
        mvc.perform(get("/admin/accounts/new").with(TestUsers.headOf(justice))).andExpect(status().isForbidden());
        mvc.perform(newAccount("len.lut", Role.ADMIN, null).with(TestUsers.specialistOf(justice)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(newAccount("len.lut", Role.ADMIN, null).with(TestUsers.councilMember()).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(find("len.lut")).isEmpty();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRejected() throws Exception {
        mvc.perform(newAccount("khong.token", Role.VIEWER, null).with(TestUsers.administrator()))
                .andExpect(status().isForbidden());
        assertThat(find("khong.token")).isEmpty();
    }

    private static MockHttpServletRequestBuilder newAccount(String username, Role role, Long unitId) {
        return newAccount(username, "Phan Thị Thư Ký", role, unitId);
    }

    private static MockHttpServletRequestBuilder newAccount(String username, String fullName, Role role, Long unitId) {
        return post("/admin/accounts").param("username", username).param("fullName", fullName)
                .param("role", role.name()).param("unitId", unitId == null ? "" : unitId.toString())
                .param("password", PASSWORD).param("passwordConfirmation", PASSWORD);
    }

    private Optional<UserAccount> find(String username) {
        return accounts.all().stream().filter(a -> a.username().equals(username)).findFirst();
    }
}
