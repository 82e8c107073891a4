package vn.ictindex.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ictindex.support.BrowserlessSession;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages over real HTTP: friendly, in the user's language, never a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

    @LocalServerPort
    int port;

    @Test
    void anUnknownPageShowsAVietnameseNotFoundPage() throws Exception {
        BrowserlessSession session = new BrowserlessSession(port);
        session.signIn("admin", "matkhau2026");

        HttpResponse<String> response = session.get("/khong-co-trang-nay");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Không tìm thấy trang").contains("Về trang chủ")
                .doesNotContain("Exception").doesNotContain("at vn.ictindex");
    }

    @Test
    void theErrorPageSpeaksEnglishWhenAsked() throws Exception {
        BrowserlessSession session = new BrowserlessSession(port);
        session.signIn("admin", "matkhau2026");

        assertThat(session.get("/khong-co-trang-nay?lang=en").body()).contains("Page not found");
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToTheLoginPage() throws Exception {
        HttpResponse<String> response = new BrowserlessSession(port).get("/criteria");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
