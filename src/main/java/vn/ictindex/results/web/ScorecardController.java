package vn.ictindex.results.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.results.Scorecards;

import java.util.List;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** A unit's scorecard: groups and nodes, the score layers, the trace of each point, its groups against the average. */
@Controller
class ScorecardController {

    private final Scorecards scorecards;

    ScorecardController(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @GetMapping("/results/{periodId}/units/{unitId}")
    String scorecard(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId, @PathVariable long unitId,
                     Model model) {
        Scorecards.Scorecard card = scorecards.scorecard(user, periodId, unitId)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        model.addAttribute("card", card);
        model.addAttribute("layers", List.of(ScoreLayer.SELF, ScoreLayer.COMPILED, ScoreLayer.APPRAISED));
        model.addAttribute("radar", radar(card, "en".equals(LocaleContextHolder.getLocale().getLanguage())));
        return "results/scorecard";
    }

    static String radar(Scorecards.Scorecard card, boolean english) {
        return ChartJson.of("radar", card.groupLabels(), List.of(
                new ChartJson.Dataset(card.unit().name(), card.unitGroupPercents()),
                new ChartJson.Dataset(english ? "Group average" : "Trung bình nhóm", card.averageGroupPercents())));
    }
}
