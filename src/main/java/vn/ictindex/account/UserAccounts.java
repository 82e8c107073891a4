package vn.ictindex.account;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Accounts: create, disable and enable, reset a password; and the lookup that sign-in uses. */
@Service
public class UserAccounts implements UserDetailsService {

    /** Passwords shorter than this are refused. */
    public static final int MIN_PASSWORD_LENGTH = 8;

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

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
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
        if (!username.matches("[a-z0-9._-]{3,60}")) {
            throw new AccountException("Tên đăng nhập chỉ gồm chữ thường không dấu, số, «.», «_», «-» (3–60 ký tự)");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM user_account WHERE username = :u").param("u", username)
                .query(Integer.class).single() > 0) {
            throw new AccountException("Tên đăng nhập «" + username + "» đã có");
        }
        if (a.role().boundToUnit() && a.unitId() == null) {
            throw new AccountException("Vai trò «" + a.role().label() + "» phải gắn với một đơn vị");
        }
        checkPassword(a.password());
        jdbc.sql("""
                        INSERT INTO user_account (username, full_name, password_hash, role, unit_id, email, created_at)
                        VALUES (:username, :fullName, :hash, :role, :unitId, :email, :now)""")
                .param("username", username).param("fullName", a.fullName().strip())
                .param("hash", passwords.encode(a.password())).param("role", a.role().name())
                .param("unitId", a.role().boundToUnit() ? a.unitId() : null).param("email", a.email())
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
            throw new AccountException("Mật khẩu phải có ít nhất " + MIN_PASSWORD_LENGTH + " ký tự");
        }
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
