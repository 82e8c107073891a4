package vn.ictindex.criteria.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.CriteriaVersionSummary;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.criteria.VersionDiffs;
import vn.ictindex.document.AdministrativeDocument;
import vn.ictindex.document.DocumentSettings;
import vn.ictindex.document.DocumentWriter;

import java.util.Optional;

/**
 * What changed between two versions (administrators): the amendment appendix grouped by appendix and criteria group,
 * with the summary paragraph of the consultation letter.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class VersionDiffController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final CriteriaVersions versions;
    private final DocumentWriter documents;
    private final DocumentSettings settings;

    VersionDiffController(CriteriaVersions versions, DocumentWriter documents, DocumentSettings settings) {
        this.versions = versions;
        this.documents = documents;
        this.settings = settings;
    }

    @GetMapping("/criteria/diff")
    String diff(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        model.addAttribute("versionIds", versions.list().stream().map(CriteriaVersionSummary::versionId).toList());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (from == null || to == null || from.isBlank() || to.isBlank()) {
            return "criteria/diff";
        }
        CriteriaVersion older = find(from).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CriteriaVersion newer = find(to).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("diff", VersionDiffs.between(older, newer));
        model.addAttribute("toTitle", newer.title());
        return "criteria/diff";
    }

    /** The amendment appendix as a Word file, for the department to finish and attach to its letter. */
    @GetMapping("/criteria/diff.docx")
    ResponseEntity<byte[]> docx(@RequestParam String from, @RequestParam String to) {
        return download(documents.docx(document(from, to)), DOCX, from, to, "docx");
    }

    @GetMapping("/criteria/diff.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam String from, @RequestParam String to) {
        return download(documents.pdf(document(from, to)), MediaType.APPLICATION_PDF, from, to, "pdf");
    }

    private AdministrativeDocument document(String from, String to) {
        CriteriaVersion older = find(from).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CriteriaVersion newer = find(to).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return AmendmentAppendixDocument.of(VersionDiffs.between(older, newer), newer.title(), settings);
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String from, String to,
                                                   String extension) {
        String name = ("phu-luc-dieu-chinh-" + from + "-" + to).replaceAll("[^A-Za-z0-9._-]", "_") + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(content);
    }

    private Optional<CriteriaVersion> find(String id) {
        int at = id.lastIndexOf('@');
        return at < 0 ? Optional.empty() : versions.find(id.substring(0, at), id.substring(at + 1));
    }
}
