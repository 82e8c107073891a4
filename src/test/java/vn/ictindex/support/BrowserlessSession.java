package vn.ictindex.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real HTTP session against a running server: signs in through the login form (with its CSRF token). */
public final class BrowserlessSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public BrowserlessSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A download: the response with its body as bytes. */
    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Signs in; returns the response to the login POST (a redirect on success). */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrfToken("/login"));
        return client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of the first form on the page. */
    public String csrfToken(String page) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(page).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return token.group(1);
    }

    /** Opens {@code page}, takes its CSRF token, and posts {@code fields} to {@code action} as a browser would. */
    public HttpResponse<String> submit(String page, String action, java.util.Map<String, String> fields)
            throws IOException, InterruptedException {
        StringBuilder form = new StringBuilder("_csrf=" + enc(csrfToken(page)));
        fields.forEach((name, value) -> form.append('&').append(enc(name)).append('=').append(enc(value)));
        return client.send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts a multipart form with one file.
     *
     * @param csrfHeader the token to send in the {@code X-CSRF-TOKEN} header (as htmx does), or null to send it
     *                   only as a form field
     */
    public HttpResponse<String> postFile(String path, java.util.Map<String, String> fields, String fileName,
                                         byte[] content, String csrfHeader) throws IOException, InterruptedException {
        String boundary = "----ictindex" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (java.util.Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (csrfHeader != null) {
            request.header("X-CSRF-TOKEN", csrfHeader);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
