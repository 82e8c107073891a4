package vn.ictindex.results.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.results.Objection;
import vn.ictindex.results.Objections;
import vn.ictindex.results.Publication;
import vn.ictindex.results.Publications;
import vn.ictindex.results.ResultSnapshot;
import vn.ictindex.results.ResultSnapshots;
import vn.ictindex.results.ResultsVisibility;
import vn.ictindex.results.SnapshotKind;

import java.util.ArrayList;
import java.util.List;

/** Where the results of every period and target group stand; agencies are sent to their own results. */
@Controller
class ResultsOverviewController {

    private final Periods periods;
    private final ResultSnapshots snapshots;
    private final Publications publications;
    private final Objections objections;

    ResultsOverviewController(Periods periods, ResultSnapshots snapshots, Publications publications,
                              Objections objections) {
        this.periods = periods;
        this.snapshots = snapshots;
        this.publications = publications;
        this.objections = objections;
    }

    /** One group of one period: its latest snapshot (department and council only) and its publications. */
    record GroupStatus(Period period, String appendixId, ResultSnapshot latest, Publication preliminary,
                       Publication published, long openObjections) {
    }

    @GetMapping("/results")
    String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.unitId() != null) {
            return "redirect:/results/unit";
        }
        boolean staff = ResultsVisibility.seesEverything(user);
        List<GroupStatus> groups = new ArrayList<>();
        for (Period period : periods.all()) {
            List<Objection> ofPeriod = staff ? objections.ofPeriod(period.id()) : List.of();
            for (String appendixId : snapshots.appendices(period.id())) {
                Publication published = publications.latest(period.id(), appendixId, SnapshotKind.FINAL)
                        .orElse(null);
                if (!staff && published == null) {
                    continue;
                }
                long open = ofPeriod.stream().filter(o -> o.isOpen() && periods.appendixOf(period.id(), o.unitId())
                        .map(appendixId::equals).orElse(false)).count();
                groups.add(new GroupStatus(period, appendixId,
                        staff ? snapshots.latest(period.id(), appendixId).orElse(null) : null,
                        publications.latest(period.id(), appendixId, SnapshotKind.PRELIMINARY).orElse(null),
                        published, open));
            }
        }
        model.addAttribute("groups", groups);
        model.addAttribute("staff", staff);
        return "results/overview";
    }
}
