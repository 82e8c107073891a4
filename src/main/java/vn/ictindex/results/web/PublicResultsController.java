package vn.ictindex.results.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.results.Publications;
import vn.ictindex.results.Rankings;
import vn.ictindex.results.ResultSnapshot;
import vn.ictindex.results.ResultSnapshots;
import vn.ictindex.results.ResultsVisibility;
import vn.ictindex.results.SnapshotKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public page (no sign-in): the published final ranking of each target group of a year, with its charts and the
 * corrections published since. Nothing of a group appears before its final results are published.
 */
@Controller
class PublicResultsController {

    private final Periods periods;
    private final ResultSnapshots snapshots;
    private final Publications publications;
    private final ResultsVisibility visibility;
    private final Rankings rankings;

    PublicResultsController(Periods periods, ResultSnapshots snapshots, Publications publications,
                            ResultsVisibility visibility, Rankings rankings) {
        this.periods = periods;
        this.snapshots = snapshots;
        this.publications = publications;
        this.visibility = visibility;
        this.rankings = rankings;
    }

    /** One published group: its ranking, charts, and every final publication (a correction lists the earlier one). */
    record PublishedGroup(Rankings.GroupRanking ranking, RankingCharts charts, List<ResultSnapshot> finals) {
    }

    @GetMapping("/cong-khai")
    String published(@RequestParam(name = "nam", required = false) Integer year, Model model) {
        List<Period> withResults = periods.all().stream().filter(p -> !publications.finals(p.id()).isEmpty()).toList();
        Optional<Period> shown = withResults.stream().filter(p -> year == null || p.year() == year).findFirst();
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        List<PublishedGroup> groups = new ArrayList<>();
        shown.ifPresent(period -> {
            for (String appendixId : snapshots.appendices(period.id())) {
                visibility.publishedFinal(period.id(), appendixId).ifPresent(snapshot -> {
                    Rankings.GroupRanking ranking = rankings.ranking(snapshot);
                    List<ResultSnapshot> finals = publications.history(period.id(), appendixId).stream()
                            .filter(p -> p.kind() == SnapshotKind.FINAL)
                            .map(p -> snapshots.find(p.snapshotId()).orElseThrow()).toList();
                    groups.add(new PublishedGroup(ranking, RankingCharts.of(ranking, english), finals));
                });
            }
        });
        Map<Long, java.time.Instant> publishedAt = new LinkedHashMap<>();
        groups.forEach(g -> g.finals().forEach(s -> publications.find(s.id())
                .ifPresent(p -> publishedAt.put(s.id(), p.publishedAt()))));
        model.addAttribute("years", withResults.stream().map(Period::year).toList());
        model.addAttribute("period", shown.orElse(null));
        model.addAttribute("groups", groups);
        model.addAttribute("publishedAt", publishedAt);
        return "results/public";
    }
}
