package vn.ictindex.criteria.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ictindex.criteria.CriteriaUpload;
import vn.ictindex.criteria.ImportFixtures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import through a real server, as a browser does it: the CSRF token travels inside the multipart body, the
 * redirect leads to the version page, and the success message shows once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CriteriaImportOverHttpTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String code = "HTTP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @AfterEach
    void removeWhatTheTestCommitted() {
        jdbc.sql("DELETE FROM audit_event WHERE subject_id LIKE :code").param("code", code + "@%").update();
        jdbc.sql("DELETE FROM criteria_appendix WHERE version_id IN (SELECT id FROM criteria_version WHERE code = :code)")
                .param("code", code).update();
        jdbc.sql("DELETE FROM criteria_version WHERE code = :code").param("code", code).update();
    }

    @Test
    void anAdministratorImportsAFileAndLandsOnItsPage() throws Exception {
        signInAsAdministrator();
        String token = csrfOf(get("/criteria/import").body());

        HttpResponse<String> posted = postFile(token, "bo-moi.yaml",
                ImportFixtures.utf8(ImportFixtures.everyRuleAs(code, "2025")));

        assertThat(posted.statusCode()).isEqualTo(302);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/criteria/" + code + "/2025");
        String path = URI.create(location).getPath();
        assertThat(get(path).body()).contains("Đã nạp bộ tiêu chí " + code + "@2025 từ tệp «bo-moi.yaml».");
        assertThat(get(path).body()).doesNotContain("Đã nạp bộ tiêu chí");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithAMessageNotAnErrorPage() throws Exception {
        signInAsAdministrator();
        String token = csrfOf(get("/criteria/import").body());
        byte[] big = new byte[CriteriaUpload.MAX_BYTES + 1024];
        Arrays.fill(big, (byte) '#');

        HttpResponse<String> posted = postFile(token, "rat-lon.yaml", big);

        assertThat(posted.statusCode()).isEqualTo(422);
        assertThat(posted.body()).contains("lớn hơn 2 MB").doesNotContain("Exception");
    }

    private void signInAsAdministrator() throws IOException, InterruptedException {
        String token = csrfOf(get("/login").body());
        String form = "username=admin&password=matkhau2026&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postFile(String csrf, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----ictindex" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/yaml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(uri("/criteria/import"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrfOf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }
}
