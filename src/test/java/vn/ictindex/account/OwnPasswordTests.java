package vn.ictindex.account;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ictindex.support.BrowserlessSession;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A user changes their own password; after an administrator's reset they must, before anything else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OwnPasswordTests {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    UserAccount viewer;

    @BeforeEach
    void aViewerWhosePasswordWasReset() {
        String username = "xem" + System.nanoTime();
        viewer = accounts.create(new UserAccounts.NewAccount(username, "Người Xem", Role.VIEWER, null, null,
                "matkhau-cu-1"));
        accounts.resetPassword(viewer.id(), "tam-thoi-123", viewer.version());
    }

    @Test
    void afterAResetTheUserMustChooseANewPasswordBeforeAnythingElse() throws Exception {
        BrowserlessSession session = new BrowserlessSession(port);

        HttpResponse<String> signIn = session.signIn(viewer.username(), "tam-thoi-123");
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/account/password"));
        assertThat(session.get("/criteria").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
        assertThat(session.get("/account/password").body()).contains("Quản trị viên đã đặt lại mật khẩu");

        HttpResponse<String> wrong = session.submit("/account/password", "/account/password", Map.of(
                "currentPassword", "sai", "newPassword", "moi-an-toan-2026", "confirmation", "moi-an-toan-2026"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("Mật khẩu hiện tại không đúng").doesNotContain("moi-an-toan-2026");

        HttpResponse<String> changed = session.submit("/account/password", "/account/password", Map.of(
                "currentPassword", "tam-thoi-123", "newPassword", "moi-an-toan-2026",
                "confirmation", "moi-an-toan-2026"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(session.get("/criteria").statusCode()).isEqualTo(200);
        assertThat(accounts.mustChangePassword(viewer.id())).isFalse();

        BrowserlessSession again = new BrowserlessSession(port);
        assertThat(again.signIn(viewer.username(), "moi-an-toan-2026").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("/account/password").doesNotContain("error"));
    }

    @Test
    void aNewPasswordThatIsTooShortOrMistypedIsRefused() throws Exception {
        BrowserlessSession session = new BrowserlessSession(port);
        session.signIn(viewer.username(), "tam-thoi-123");

        assertThat(session.submit("/account/password", "/account/password", Map.of("currentPassword", "tam-thoi-123",
                "newPassword", "ngan", "confirmation", "ngan")).body()).contains("ít nhất 8 ký tự");
        assertThat(session.submit("/account/password", "/account/password", Map.of("currentPassword", "tam-thoi-123",
                "newPassword", "moi-an-toan-2026", "confirmation", "moi-an-toan-2027")).body())
                .contains("Hai lần nhập mật khẩu không giống nhau");
        assertThat(accounts.mustChangePassword(viewer.id())).isTrue();
    }
}
