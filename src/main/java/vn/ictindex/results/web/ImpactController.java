package vn.ictindex.results.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.results.ImpactPreview;
import vn.ictindex.results.ResultsException;
import vn.ictindex.results.ResultsVisibility;

import static org.springframework.http.HttpStatus.FORBIDDEN;

/** What a draft criteria version would change in the last published ranking, unit by unit. */
@Controller
class ImpactController {

    private final ImpactPreview impact;

    ImpactController(ImpactPreview impact) {
        this.impact = impact;
    }

    @GetMapping("/results/impact")
    String impact(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String draft,
                  Model model) {
        if (!ResultsVisibility.seesEverything(user)) {
            throw new ResponseStatusException(FORBIDDEN);
        }
        model.addAttribute("drafts", impact.drafts());
        model.addAttribute("draft", draft);
        if (draft != null && !draft.isBlank()) {
            try {
                model.addAttribute("impact", impact.of(draft.strip()));
            } catch (ResultsException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        return "results/impact";
    }
}
