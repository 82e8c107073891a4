package vn.ictindex.criteria.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.CriteriaVersions;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** One criteria version: its metadata, and per appendix the settings and the criteria tree with each rule in words. */
@Controller
class CriteriaVersionController {

    static final MediaType YAML = new MediaType("text", "yaml", StandardCharsets.UTF_8);

    private final CriteriaVersions versions;

    CriteriaVersionController(CriteriaVersions versions) {
        this.versions = versions;
    }

    @GetMapping("/criteria/{code}/{version}")
    String show(@PathVariable String code, @PathVariable String version, Locale locale, Model model) {
        CriteriaVersion found = versions.find(code, version)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", VersionView.of(found, locale));
        model.addAttribute("supersededStored", supersededStored(found.supersedes()));
        model.addAttribute("state", versions.state(code, version).orElse(null));
        return "criteria/version";
    }

    /** The stored file, as the application wrote it: what the version page shows, in the criteria format. */
    @GetMapping("/criteria/{code}/{version}/file")
    ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable String version) {
        String source = versions.source(code, version)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(YAML)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(downloadName(code, version)).build().toString())
                .body(source.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code CODE-VERSION.yaml} with anything but letters, digits, dot, dash and underscore replaced. */
    static String downloadName(String code, String version) {
        return (code + "-" + version).replaceAll("[^A-Za-z0-9._-]", "_") + ".yaml";
    }

    private boolean supersededStored(String supersedes) {
        if (supersedes == null || !supersedes.contains("@")) {
            return false;
        }
        int at = supersedes.lastIndexOf('@');
        return versions.exists(supersedes.substring(0, at), supersedes.substring(at + 1));
    }
}
