package vn.ictindex.reporting.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** A generated spreadsheet or document as a download: the exact Vietnamese-free name, never cached by a shared proxy. */
final class Downloads {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
        return file(fileName, XLSX, content);
    }

    static ResponseEntity<byte[]> pdf(String fileName, byte[] content) {
        return file(fileName, MediaType.APPLICATION_PDF, content);
    }

    static ResponseEntity<byte[]> docx(String fileName, byte[] content) {
        return file(fileName, DOCX, content);
    }

    private static ResponseEntity<byte[]> file(String fileName, MediaType type, byte[] content) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "-");
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content);
    }
}
