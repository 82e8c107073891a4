package vn.ictindex.assessment.evidence.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.assessment.evidence.EvidenceLibrary;
import vn.ictindex.assessment.evidence.EvidenceNotFoundException;
import vn.ictindex.organisation.Units;

/**
 * A unit's evidence in a period, read-only, for the department and council members
 * ({@code /review/periods/{period}/units/{unit}/evidence}); files open through the same download links as the unit's
 * own library. {@link EvidenceLibrary#review} decides who may read it.
 */
@Controller
class EvidenceReviewController {

    private final EvidenceLibrary library;
    private final Units units;

    EvidenceReviewController(EvidenceLibrary library, Units units) {
        this.library = library;
        this.units = units;
    }

    @GetMapping("/review/periods/{periodId}/units/{unitId}/evidence")
    String review(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId, @PathVariable long unitId,
                  Model model) {
        model.addAttribute("review", library.review(user, periodId, unitId));
        model.addAttribute("unit", units.find(unitId).orElseThrow(() -> new EvidenceNotFoundException(unitId)));
        return "evidence/review";
    }
}
