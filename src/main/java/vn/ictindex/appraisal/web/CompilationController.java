package vn.ictindex.appraisal.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.appraisal.Compilation;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.PeriodPhase;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.PhaseNotice;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.scoring.Appendix;

import java.util.List;

/** The department's compilation queue of one target group, and the preliminary report for the council. */
@Controller
class CompilationController {

    private final Compilation compilation;
    private final Periods periods;
    private final CriteriaVersions criteria;

    CompilationController(Compilation compilation, Periods periods, CriteriaVersions criteria) {
        this.compilation = compilation;
        this.periods = periods;
        this.criteria = criteria;
    }

    @GetMapping("/appraisal/compilation")
    String queue(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long period,
                 @RequestParam(required = false) String appendix, Model model) {
        Period chosen = chosen(period);
        String appendixId = appendix(chosen, appendix, model);
        model.addAttribute("queue", compilation.queue(user, chosen.id(), appendixId));
        return "appraisal/compilation";
    }

    @GetMapping("/appraisal/preliminary")
    String preliminary(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long period,
                       @RequestParam(required = false) String appendix, Model model) {
        Period chosen = chosen(period);
        String appendixId = appendix(chosen, appendix, model);
        model.addAttribute("report", compilation.preliminary(user, chosen.id(), appendixId));
        return "appraisal/preliminary";
    }

    private Period chosen(Long period) {
        return (period == null ? periods.current() : periods.find(period))
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND));
    }

    private String appendix(Period period, String requested, Model model) {
        List<Appendix> appendices = criteria.find(period.criteriaCode(), period.criteriaVersion()).orElseThrow()
                .appendices();
        model.addAttribute("periods", periods.all());
        model.addAttribute("period", period);
        model.addAttribute("phaseNotice", PhaseNotice.of(period, PeriodPhase.COMPILATION, periods.today())
                .orElse(null));
        model.addAttribute("appendices", appendices);
        String id = appendices.stream().map(Appendix::id).filter(a -> a.equals(requested)).findFirst()
                .orElse(appendices.get(0).id());
        model.addAttribute("appendixId", id);
        return id;
    }
}
