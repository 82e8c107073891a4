package vn.ictindex.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * On the first start of a real installation (no administrator yet), creates the account {@code admin} with the
 * password from {@code ictindex.admin.initial-password}, or a random one written once to the log.
 */
@Component
@Order(200)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccounts accounts;
    private final String initialPassword;

    FirstAdministrator(UserAccounts accounts, @Value("${ictindex.admin.initial-password:}") String initialPassword) {
        this.accounts = accounts;
        this.initialPassword = initialPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        String password = initialPassword.isBlank() ? randomPassword() : initialPassword;
        accounts.create(new UserAccounts.NewAccount("admin", "Quản trị hệ thống", Role.ADMIN, null, null, password));
        if (initialPassword.isBlank()) {
            log.warn("Created the first administrator account «admin» with password {} – change it after signing in",
                    password);
        } else {
            log.info("Created the first administrator account «admin»");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[9];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
