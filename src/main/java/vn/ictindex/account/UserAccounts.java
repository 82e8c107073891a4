package vn.ictindex.account;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.audit.AuditTrail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Accounts: create, disable and enable, reset a password; and the lookup that sign-in uses. The methods that take the
 * acting {@link CurrentUser} write the audit trail in the same transaction (never a password or its hash); those
 * without are for loading accounts at start.
 */
@Service
public class UserAccounts implements UserDetailsService {

    /** Passwords shorter than this are refused. */
    public static final int MIN_PASSWORD_LENGTH = 8;
    /** A username, after it is stripped and lower-cased: letters without accents, digits, «.», «_», «-». */
    public static final String USERNAME_PATTERN = "[a-z0-9._-]{3,60}";
    /** A plausible e-mail address; the department checks it by writing to it. */
    public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private static final RowMapper<UserAccount> ROW = (rs, n) -> new UserAccount(rs.getLong("id"),
            rs.getString("username"), rs.getString("full_name"), Role.valueOf(rs.getString("role")),
            (Long) rs.getObject("unit_id", Long.class), rs.getString("unit_name"), rs.getBoolean("enabled"),
            rs.getString("email"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("last_login_at") == null ? null : rs.getTimestamp("last_login_at").toInstant(),
            rs.getInt("version"));
    private static final String SELECT = """
            SELECT a.*, u.name AS unit_name FROM user_account a LEFT JOIN unit u ON u.id = a.unit_id""";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final AuditTrail audit;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public CurrentUser loadUserByUsername(String username) {
        return jdbc.sql("SELECT * FROM user_account WHERE username = :username")
                .param("username", normalise(username))
                .query((rs, n) -> new CurrentUser(rs.getLong("id"), rs.getString("username"),
                        rs.getString("full_name"), Role.valueOf(rs.getString("role")),
                        (Long) rs.getObject("unit_id", Long.class), rs.getString("password_hash"),
                        rs.getBoolean("enabled")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public List<UserAccount> all() {
        return jdbc.sql(SELECT + " ORDER BY a.username").query(ROW).list();
    }

    /** The accounts with {@code role} (any when null) of {@code unitId} (any when null), by username. */
    public List<UserAccount> filter(Role role, Long unitId) {
        List<String> conditions = new ArrayList<>();
        if (role != null) {
            conditions.add("a.role = :role");
        }
        if (unitId != null) {
            conditions.add("a.unit_id = :unit");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        JdbcClient.StatementSpec query = jdbc.sql(SELECT + where + " ORDER BY a.username");
        if (role != null) {
            query = query.param("role", role.name());
        }
        if (unitId != null) {
            query = query.param("unit", unitId);
        }
        return query.query(ROW).list();
    }

    public Optional<UserAccount> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(ROW).optional();
    }

    public boolean anyWithRole(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM user_account WHERE role = :role").param("role", role.name())
                .query(Integer.class).single() > 0;
    }

    /** What an administrator enters for a new account. */
    public record NewAccount(String username, String fullName, Role role, Long unitId, String email,
                             String password) {
    }

    /**
     * Creates an account.
     *
     * @throws AccountException when the username is taken, the password too short, or the role needs a unit
     */
    @Transactional
    public UserAccount create(NewAccount a) {
        String username = normalise(a.username());
        if (!username.matches(USERNAME_PATTERN)) {
            throw new AccountException("username", "account.error.usernameFormat",
                    "Tên đăng nhập chỉ gồm chữ thường không dấu, số, «.», «_», «-» (3–60 ký tự)");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM user_account WHERE username = :u").param("u", username)
                .query(Integer.class).single() > 0) {
            throw new AccountException("username", "account.error.usernameTaken",
                    "Tên đăng nhập «" + username + "» đã có", username);
        }
        if (a.fullName() == null || a.fullName().isBlank() || a.fullName().strip().length() > 200) {
            throw new AccountException("fullName", "account.error.fullName", "Cần nhập họ và tên (tối đa 200 ký tự)");
        }
        if (a.role() == null) {
            throw new AccountException("role", "account.error.required", "Cần chọn vai trò");
        }
        if (a.role().boundToUnit() && a.unitId() == null) {
            throw new AccountException("unitId", "account.error.unitRequired",
                    "Vai trò «" + a.role().label() + "» phải gắn với một đơn vị", a.role().label());
        }
        if (a.role().boundToUnit() && jdbc.sql("SELECT COUNT(*) FROM unit WHERE id = :id")
                .param("id", a.unitId()).query(Integer.class).single() == 0) {
            throw new AccountException("unitId", "account.error.unitUnknown", "Không có đơn vị này");
        }
        if (a.email() != null && !a.email().isBlank()
                && (!a.email().strip().matches(EMAIL_PATTERN) || a.email().strip().length() > 200)) {
            throw new AccountException("email", "account.error.email", "Địa chỉ thư điện tử không hợp lệ");
        }
        checkPassword(a.password());
        jdbc.sql("""
                        INSERT INTO user_account (username, full_name, password_hash, role, unit_id, email, created_at)
                        VALUES (:username, :fullName, :hash, :role, :unitId, :email, :now)""")
                .param("username", username).param("fullName", a.fullName().strip())
                .param("hash", passwords.encode(a.password())).param("role", a.role().name())
                .param("unitId", a.role().boundToUnit() ? a.unitId() : null)
                .param("email", a.email() == null || a.email().isBlank() ? null : a.email().strip())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return jdbc.sql(SELECT + " WHERE a.username = :u").param("u", username).query(ROW).single();
    }

    /** Disables or enables an account; a disabled account cannot sign in. */
    @Transactional
    public void setEnabled(long id, boolean enabled, int expectedVersion) {
        change(jdbc.sql("UPDATE user_account SET enabled = :enabled, version = version + 1 WHERE id = :id "
                + "AND version = :version").param("enabled", enabled).param("id", id)
                .param("version", expectedVersion).update());
    }

    /** Sets a new password chosen by an administrator, to be given to the user. */
    @Transactional
    public void resetPassword(long id, String newPassword, int expectedVersion) {
        checkPassword(newPassword);
        change(jdbc.sql("UPDATE user_account SET password_hash = :hash, must_change_password = TRUE, "
                        + "version = version + 1 WHERE id = :id AND version = :version")
                .param("hash", passwords.encode(newPassword)).param("id", id).param("version", expectedVersion)
                .update());
    }

    /**
     * Creates an account and records {@code ACCOUNT_CREATED} (without the password) in the audit trail.
     *
     * @throws AccountException when the username is taken or malformed, the password too short, or the role needs a
     *                          unit
     */
    @Transactional
    public UserAccount create(NewAccount a, CurrentUser by) {
        UserAccount created = create(a);
        audit.record(by.username(), "ACCOUNT_CREATED", "account", created.username(), created.unitId(), null, null,
                describe(created), null);
        return created;
    }

    /**
     * Disables an account: it can no longer sign in, and its open sessions end. Recorded as {@code ACCOUNT_DISABLED}.
     *
     * @throws AccountException                  when an administrator tries to disable their own account
     * @throws OptimisticLockingFailureException when the account changed since {@code expectedVersion}
     */
    @Transactional
    public void disable(long id, int expectedVersion, CurrentUser by) {
        UserAccount account = existing(id);
        if (account.id() == by.id()) {
            throw new AccountException(null, "account.error.disableSelf",
                    "Bạn không thể tự khóa tài khoản của chính mình");
        }
        setEnabled(id, false, expectedVersion);
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = :u").param("u", account.username()).update();
        audit.record(by.username(), "ACCOUNT_DISABLED", "account", account.username(), account.unitId(), null,
                "enabled=" + account.enabled(), "enabled=false", null);
    }

    /**
     * Enables an account again. Recorded as {@code ACCOUNT_ENABLED}.
     *
     * @throws OptimisticLockingFailureException when the account changed since {@code expectedVersion}
     */
    @Transactional
    public void enable(long id, int expectedVersion, CurrentUser by) {
        UserAccount account = existing(id);
        setEnabled(id, true, expectedVersion);
        audit.record(by.username(), "ACCOUNT_ENABLED", "account", account.username(), account.unitId(), null,
                "enabled=" + account.enabled(), "enabled=true", null);
    }

    /**
     * Sets a new password chosen by an administrator; recorded as {@code ACCOUNT_PASSWORD_RESET} without the password.
     *
     * @throws AccountException                  when the password is too short
     * @throws OptimisticLockingFailureException when the account changed since {@code expectedVersion}
     */
    @Transactional
    public void resetPassword(long id, String newPassword, int expectedVersion, CurrentUser by) {
        UserAccount account = existing(id);
        resetPassword(id, newPassword, expectedVersion);
        audit.record(by.username(), "ACCOUNT_PASSWORD_RESET", "account", account.username(), account.unitId(), null,
                null, "mustChangePassword=true", null);
    }

    private UserAccount existing(long id) {
        return find(id).orElseThrow(() -> new AccountException(null, "account.error.notFound",
                "Không có tài khoản này"));
    }

    private static String describe(UserAccount a) {
        return "username=" + a.username() + "; fullName=" + a.fullName() + "; role=" + a.role() + "; unit="
                + (a.unitId() == null ? "" : a.unitId() + " (" + a.unitName() + ")") + "; email="
                + (a.email() == null ? "" : a.email()) + "; enabled=" + a.enabled();
    }

    /** Whether the account must choose a new password before anything else (set by an administrator's reset). */
    public boolean mustChangePassword(long id) {
        return jdbc.sql("SELECT must_change_password FROM user_account WHERE id = :id").param("id", id)
                .query(Boolean.class).optional().orElse(false);
    }

    /**
     * The signed-in user changes their own password, proving the current one; the "must change" flag is cleared.
     *
     * @throws AccountException for a wrong current password, a too short or an unchanged new one
     */
    @Transactional
    public void changeOwnPassword(CurrentUser user, String currentPassword, String newPassword) {
        String hash = jdbc.sql("SELECT password_hash FROM user_account WHERE id = :id").param("id", user.id())
                .query(String.class).single();
        if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
            throw new AccountException("currentPassword", "account.error.currentPasswordWrong",
                    "Mật khẩu hiện tại không đúng");
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException("newPassword", "account.error.passwordShort",
                    "Mật khẩu phải có ít nhất " + MIN_PASSWORD_LENGTH + " ký tự", MIN_PASSWORD_LENGTH);
        }
        if (passwords.matches(newPassword, hash)) {
            throw new AccountException("newPassword", "account.error.passwordUnchanged",
                    "Mật khẩu mới phải khác mật khẩu hiện tại");
        }
        jdbc.sql("UPDATE user_account SET password_hash = :hash, must_change_password = FALSE, version = version + 1 "
                        + "WHERE id = :id")
                .param("hash", passwords.encode(newPassword)).param("id", user.id()).update();
        audit.record(user.username(), "ACCOUNT_PASSWORD_CHANGED", "account", user.username(), user.unitId(), null,
                null, "mustChangePassword=false", null);
    }

    void recordLogin(String username) {
        jdbc.sql("UPDATE user_account SET last_login_at = :now WHERE username = :u")
                .param("now", Timestamp.from(clock.instant())).param("u", username).update();
    }

    private static void change(int rows) {
        if (rows == 0) {
            throw new OptimisticLockingFailureException("Tài khoản đã được người khác sửa; hãy tải lại trang");
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException("password", "account.error.passwordShort",
                    "Mật khẩu phải có ít nhất " + MIN_PASSWORD_LENGTH + " ký tự", MIN_PASSWORD_LENGTH);
        }
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
