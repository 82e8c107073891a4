package vn.ictindex.assessment.evidence;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ictindex.support.BrowserlessSession;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads over real HTTP, through the servlet container's multipart parsing and the CSRF check. A file over the
 * server's own limit never reaches the library; the user is led back to it with a message next to the file field,
 * never to an error page. (Nothing here is stored: the shared test database stays as it was.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceUploadLimitTests {

    private static final byte[] OVER_THE_LIMIT =
            EvidenceSamples.pdfOfSize((int) EvidenceLibrary.MAX_FILE_BYTES + 512 * 1024);

    @LocalServerPort
    int port;

    BrowserlessSession session;
    String token;

    @BeforeEach
    void signIn() throws Exception {
        session = new BrowserlessSession(port);
        session.signIn("stp.chuyenvien", "matkhau2026");
        token = session.csrfToken("/evidence");
    }

    @Test
    void aFormUploadOverTheLimitLeadsBackToTheLibraryWithAMessage() throws Exception {
        HttpResponse<String> response = session.postFile("/evidence/files", Map.of("_csrf", token, "title", "Quá lớn"),
                "ban-quet.pdf", OVER_THE_LIMIT, null);

        assertLedBackWithTheMessage(response);
    }

    @Test
    void aScriptedUploadOverTheLimitWithTheTokenInAHeaderIsTreatedAlike() throws Exception {
        HttpResponse<String> response = session.postFile("/evidence/files", Map.of("title", "Quá lớn"),
                "ban-quet.pdf", OVER_THE_LIMIT, token);

        assertLedBackWithTheMessage(response);
    }

    @Test
    void aRequestFarOverTheLimitIsTurnedAwayWithoutReadingIt() throws Exception {
        byte[] huge = EvidenceSamples.pdfOfSize(60 * 1024 * 1024);

        assertLedBackWithTheMessage(session.postFile("/evidence/files", Map.of("_csrf", token), "lon.pdf", huge,
                null));
    }

    @Test
    void anUploadWithinTheLimitStillReachesTheLibraryWithItsFields() throws Exception {
        HttpResponse<String> response = session.postFile("/evidence/files",
                Map.of("_csrf", token, "title", "Hóa đơn", "docNumber", "12/HĐ"), "hoa-don.pdf",
                EvidenceSamples.exe(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("chương trình máy tính").contains("value=\"Hóa đơn\"")
                .contains("value=\"12/HĐ\"");
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsStillRejected() throws Exception {
        HttpResponse<String> response = session.postFile("/evidence/files", Map.of("title", "Giả mạo"), "a.pdf",
                EvidenceSamples.pdf(), null);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private void assertLedBackWithTheMessage(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/evidence?upload=too-large");
        HttpResponse<String> page = session.get(location.substring(location.indexOf("/evidence")));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tệp lớn hơn 20 MB nên không được nhận").contains("is-invalid")
                .contains("Tài liệu kiểm chứng");
    }
}
