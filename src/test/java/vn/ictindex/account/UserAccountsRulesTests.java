package vn.ictindex.account;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.organisation.Units;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the account service allows, refuses and records. */
@SpringBootTest
@Transactional
class UserAccountsRulesTests {

    @Autowired
    UserAccounts accounts;

    @Autowired
    Units units;

    @Autowired
    JdbcClient jdbc;

    CurrentUser admin;
    long justice;
    long health;

    @BeforeEach
    void demoData() {
        UserAccount a = named("admin");
        admin = new CurrentUser(a.id(), a.username(), a.fullName(), a.role(), null, null, true);
        justice = units.findByCode("BT-STP").orElseThrow().id();
        health = units.findByCode("BT-SYT").orElseThrow().id();
    }

    @Test
    void filtersByRoleByUnitOrBoth() {
        assertThat(accounts.filter(Role.HEAD, null)).extracting(UserAccount::username)
                .contains("stp.lanhdao", "syt.lanhdao").allSatisfy(u -> assertThat(u).endsWith("lanhdao"));
        assertThat(accounts.filter(null, health)).extracting(UserAccount::username)
                .containsExactly("syt.chuyenvien", "syt.lanhdao");
        assertThat(accounts.filter(Role.SPECIALIST, justice)).extracting(UserAccount::username)
                .containsExactly("stp.chuyenvien");
        assertThat(accounts.filter(null, null)).hasSameSizeAs(accounts.all());
    }

    @Test
    void aSpecialistOrHeadMustBelongToAnExistingUnit() {
        assertThatThrownBy(() -> accounts.create(newAccount("stp.moi", Role.HEAD, null), admin))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.field()).isEqualTo("unitId");
                    assertThat(e.getMessage()).isEqualTo("Vai trò «Lãnh đạo đơn vị» phải gắn với một đơn vị");
                });
        assertThatThrownBy(() -> accounts.create(newAccount("stp.moi", Role.SPECIALIST, 987654L), admin))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.code()).isEqualTo("account.error.unitUnknown"));
        assertThat(audit("stp.moi")).isEmpty();
    }

    @Test
    void aTakenOrMalformedUsernameIsRefusedWhateverItsCase() {
        assertThatThrownBy(() -> accounts.create(newAccount("STP.ChuyenVien", Role.SPECIALIST, justice), admin))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.code()).isEqualTo("account.error.usernameTaken");
                    assertThat(e.args()).containsExactly("stp.chuyenvien");
                });
        assertThatThrownBy(() -> accounts.create(newAccount("an", Role.VIEWER, null), admin))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.field()).isEqualTo("username"));
    }

    @Test
    void creatingIsAuditedWithoutThePassword() {
        UserAccount created = accounts.create(newAccount("syt.thuky", Role.SPECIALIST, health), admin);

        List<String> entries = jdbc.sql("SELECT action || ' ' || actor || ' ' || new_value FROM audit_event "
                + "WHERE subject_id = 'syt.thuky'").query(String.class).list();
        assertThat(entries).singleElement().asString().startsWith("ACCOUNT_CREATED admin ")
                .contains("role=SPECIALIST", "(Sở Y tế)").doesNotContain("matkhau-thu-ky");
        assertThat(created.enabled()).isTrue();
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() {
        UserAccount self = named("admin");

        assertThatThrownBy(() -> accounts.disable(self.id(), self.version(), admin))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.code()).isEqualTo("account.error.disableSelf"));
        assertThat(named("admin").enabled()).isTrue();
    }

    @Test
    void disablingAndEnablingAreAuditedAndMoveTheVersion() {
        UserAccount viewer = named("lanhdao");

        accounts.disable(viewer.id(), viewer.version(), admin);
        assertThat(named("lanhdao").enabled()).isFalse();
        assertThat(accounts.loadUserByUsername("lanhdao").isEnabled()).isFalse();
        accounts.enable(viewer.id(), viewer.version() + 1, admin);

        assertThat(named("lanhdao").enabled()).isTrue();
        assertThat(named("lanhdao").version()).isEqualTo(viewer.version() + 2);
        assertThat(audit("lanhdao")).containsExactly("ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
    }

    @Test
    void disablingEndsTheAccountsOpenSessions() {
        jdbc.sql("""
                INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time,
                    max_inactive_interval, expiry_time, principal_name)
                VALUES ('11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222', 0, 0, 1800,
                    9999999999999, 'hoidong')""").update();
        UserAccount council = named("hoidong");

        accounts.disable(council.id(), council.version(), admin);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'hoidong'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aChangeOnAStaleVersionIsRefusedAndNotAudited() {
        UserAccount head = named("stp.lanhdao");
        accounts.resetPassword(head.id(), "matkhau-moi-1", head.version(), admin);

        assertThatThrownBy(() -> accounts.disable(head.id(), head.version(), admin))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> accounts.resetPassword(head.id(), "matkhau-moi-2", head.version(), admin))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(audit("stp.lanhdao")).containsExactly("ACCOUNT_PASSWORD_RESET");
    }

    @Test
    void aResetPasswordIsAuditedWithoutThePasswordOrItsHash() {
        UserAccount specialist = named("syt.chuyenvien");

        accounts.resetPassword(specialist.id(), "matkhau-bi-mat", specialist.version(), admin);

        String hash = accounts.loadUserByUsername("syt.chuyenvien").getPassword();
        String entry = jdbc.sql("SELECT action || '|' || COALESCE(old_value, '') || '|' || COALESCE(new_value, '') "
                + "FROM audit_event WHERE subject_id = 'syt.chuyenvien'").query(String.class).single();
        assertThat(entry).startsWith("ACCOUNT_PASSWORD_RESET|").doesNotContain("matkhau-bi-mat").doesNotContain(hash);
        assertThatThrownBy(() -> accounts.resetPassword(specialist.id(), "ngan", specialist.version() + 1, admin))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.field()).isEqualTo("password"));
    }

    private UserAccount named(String username) {
        return accounts.all().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }

    private List<String> audit(String username) {
        return jdbc.sql("SELECT action FROM audit_event WHERE subject_type = 'account' AND subject_id = :u ORDER BY id")
                .param("u", username).query(String.class).list();
    }

    private static UserAccounts.NewAccount newAccount(String username, Role role, Long unitId) {
        return new UserAccounts.NewAccount(username, "Người Thử Nghiệm", role, unitId, null, "matkhau-thu-ky");
    }
}
