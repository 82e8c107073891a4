package vn.ictindex.assessment.evidence.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.assessment.evidence.EvidenceFile;
import vn.ictindex.assessment.evidence.EvidenceFileNames;
import vn.ictindex.assessment.evidence.EvidenceLibrary;

import java.nio.charset.StandardCharsets;

/**
 * Hands out an uploaded file: as a download ({@code /evidence/{id}/file}), or shown in the browser for PDF and images
 * ({@code /evidence/{id}/preview}). The type sent is the one detected from the bytes at upload, and the browser is told
 * not to guess another ({@code nosniff}); another unit's file reads as not found.
 */
@Controller
class EvidenceFileController {

    private final EvidenceLibrary library;

    EvidenceFileController(EvidenceLibrary library) {
        this.library = library;
    }

    @GetMapping("/evidence/{id}/file")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return send(library.content(user, id), false);
    }

    @GetMapping("/evidence/{id}/preview")
    ResponseEntity<byte[]> preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        EvidenceFile file = library.content(user, id);
        return send(file, file.previewable());
    }

    private static ResponseEntity<byte[]> send(EvidenceFile file, boolean inline) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(inline ? "inline" : "attachment", file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }

    /** An ASCII name for old clients and the exact name in RFC 5987 form ({@code filename*=UTF-8''…}). */
    static String disposition(String type, String fileName) {
        return type + "; filename=\"" + EvidenceFileNames.asciiFallback(fileName) + "\"; filename*=UTF-8''"
                + rfc5987(fileName);
    }

    private static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
