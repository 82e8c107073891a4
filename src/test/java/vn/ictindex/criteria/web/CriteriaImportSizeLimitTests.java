package vn.ictindex.criteria.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ictindex.support.BrowserlessSession;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A criteria file over the server's upload limit, over real HTTP: an explanation, never the container's bare page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CriteriaImportSizeLimitTests {

    @LocalServerPort
    int port;

    @Test
    void aFileOverTheServersLimitLeadsBackToTheImportFormWithAnExplanation() throws Exception {
        BrowserlessSession session = new BrowserlessSession(port);
        session.signIn("admin", "matkhau2026");
        String token = session.csrfToken("/criteria/import");
        byte[] huge = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');

        HttpResponse<String> response = session.postFile("/criteria/import", Map.of("_csrf", token),
                "bo-tieu-chi.yaml", huge, null);

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/criteria/import?upload=too-large");
        assertThat(session.get("/criteria/import?upload=too-large").body())
                .contains("Tệp lớn hơn 20 MB nên máy chủ không nhận");
    }
}
