package vn.ictindex.criteria.web;

import org.springframework.http.HttpStatus;
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

import java.util.Optional;

/**
 * What changed between two versions (administrators): the amendment appendix grouped by appendix and criteria group,
 * with the summary paragraph of the consultation letter.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class VersionDiffController {

    private final CriteriaVersions versions;

    VersionDiffController(CriteriaVersions versions) {
        this.versions = versions;
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

    private Optional<CriteriaVersion> find(String id) {
        int at = id.lastIndexOf('@');
        return at < 0 ? Optional.empty() : versions.find(id.substring(0, at), id.substring(at + 1));
    }
}
