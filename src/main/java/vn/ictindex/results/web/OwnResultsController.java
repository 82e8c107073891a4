package vn.ictindex.results.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.evidence.EvidenceLibrary;
import vn.ictindex.results.Objections;
import vn.ictindex.results.Publications;
import vn.ictindex.results.ResultsException;
import vn.ictindex.results.Scorecards;

import java.util.List;

import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * An agency's own results: its preliminary scorecard once sent (its own scores only) or its published results, its
 * objections, and the objection form while the window is open.
 */
@Controller
@RequestMapping("/results/unit")
class OwnResultsController {

    private final Scorecards scorecards;
    private final Objections objections;
    private final Publications publications;
    private final Periods periods;
    private final EvidenceLibrary evidence;

    OwnResultsController(Scorecards scorecards, Objections objections, Publications publications, Periods periods,
                         EvidenceLibrary evidence) {
        this.scorecards = scorecards;
        this.objections = objections;
        this.publications = publications;
        this.periods = periods;
        this.evidence = evidence;
    }

    @GetMapping
    String own(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long period, Model model) {
        if (user.unitId() == null) {
            throw new ResponseStatusException(FORBIDDEN);
        }
        Period shown = (period == null ? periods.current() : periods.find(period))
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        long unitId = user.unitId();
        model.addAttribute("period", shown);
        model.addAttribute("periods", periods.all().stream()
                .filter(p -> periods.appendixOf(p.id(), unitId).isPresent()).toList());
        scorecards.scorecard(user, shown.id(), unitId).ifPresent(card -> {
            model.addAttribute("card", card);
            model.addAttribute("layers", List.of(ScoreLayer.SELF, ScoreLayer.COMPILED, ScoreLayer.APPRAISED));
            model.addAttribute("radar", ScorecardController.radar(card,
                    "en".equals(LocaleContextHolder.getLocale().getLanguage())));
        });
        periods.appendixOf(shown.id(), unitId).flatMap(a -> publications.openForObjections(shown.id(), a))
                .ifPresent(window -> {
                    model.addAttribute("window", window);
                    model.addAttribute("nodes", objections.appendix(shown.id(), window.appendixId()).allNodes());
                    model.addAttribute("library", evidence.library(unitId));
                });
        model.addAttribute("objections", objections.ofUnit(shown.id(), unitId));
        return "results/unit";
    }

    @PostMapping("/objections")
    String object(@AuthenticationPrincipal CurrentUser user, @RequestParam long period,
                  @RequestParam(defaultValue = "") String nodeKey, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(required = false) List<Long> evidenceIds, RedirectAttributes redirect) {
        try {
            objections.raise(user, period, nodeKey.isBlank() ? null : nodeKey, reason,
                    evidenceIds == null ? List.of() : evidenceIds);
            redirect.addFlashAttribute("message", "Đã gửi kiến nghị về tiêu chí " + nodeKey);
        } catch (ResultsException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("typedNode", nodeKey);
            redirect.addFlashAttribute("typedReason", reason);
        }
        return "redirect:/results/unit?period=" + period;
    }
}
