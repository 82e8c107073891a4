package vn.ictindex.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ictindex.support.BrowserlessSession;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Through the real login form: a sign-in is recorded; a disabled account cannot sign in, and its open session ends. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisabledAccountSignInTests {

    static final String PASSWORD = "thu-khoa-2026";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Test
    void aDisabledAccountCanNoLongerSignInUntilItIsEnabledAgain() throws Exception {
        // Committed over real HTTP, so the account has a name no other test uses.
        UserAccount account = accounts.create(new UserAccounts.NewAccount("thu.khoa.dang.nhap", "Người Bị Khóa",
                Role.VIEWER, null, null, PASSWORD));
        CurrentUser admin = administrator();
        BrowserlessSession before = new BrowserlessSession(port);
        assertSignedIn(before.signIn("thu.khoa.dang.nhap", PASSWORD));
        assertThat(before.get("/criteria").statusCode()).isEqualTo(200);
        assertThat(accounts.find(account.id()).orElseThrow().lastLoginAt()).as("last sign-in recorded").isNotNull();

        accounts.disable(account.id(), account.version(), admin);

        assertThat(before.get("/criteria").statusCode()).as("the open session has ended").isEqualTo(302);
        HttpResponse<String> refused = new BrowserlessSession(port).signIn("thu.khoa.dang.nhap", PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?error"));

        accounts.enable(account.id(), account.version() + 1, admin);
        assertSignedIn(new BrowserlessSession(port).signIn("thu.khoa.dang.nhap", PASSWORD));
    }

    private CurrentUser administrator() {
        UserAccount a = accounts.all().stream().filter(u -> u.username().equals("admin")).findFirst().orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.fullName(), a.role(), null, null, true);
    }

    private static void assertSignedIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .doesNotContain("error").doesNotEndWith("/login"));
    }
}
