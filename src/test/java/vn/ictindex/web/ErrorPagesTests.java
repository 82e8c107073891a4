package vn.ictindex.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages over real HTTP: friendly, in the user's language, never a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnknownPageShowsAVietnameseNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/khong-co-trang-nay");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Không tìm thấy trang").contains("Về trang chủ")
                .doesNotContain("Exception").doesNotContain("at vn.ictindex");
    }

    @Test
    void theErrorPageSpeaksEnglishWhenAsked() throws Exception {
        HttpResponse<String> response = get("/khong-co-trang-nay?lang=en");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found");
    }
}
