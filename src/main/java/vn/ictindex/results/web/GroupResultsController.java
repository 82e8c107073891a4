package vn.ictindex.results.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.PeriodPhase;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.PhaseNotice;
import vn.ictindex.results.Objections;
import vn.ictindex.results.Publication;
import vn.ictindex.results.Publications;
import vn.ictindex.results.Rankings;
import vn.ictindex.results.ResultSnapshot;
import vn.ictindex.results.ResultSnapshots;
import vn.ictindex.results.ResultsException;
import vn.ictindex.results.ResultsVisibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The results of one target group: the ranking with its charts, and for the department the history of snapshots and
 * the actions on them (send preliminary results with an objection window, publish final results).
 */
@Controller
@RequestMapping("/results/{periodId}/{appendixId}")
class GroupResultsController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Periods periods;
    private final ResultSnapshots snapshots;
    private final Publications publications;
    private final ResultsVisibility visibility;
    private final Rankings rankings;
    private final Objections objections;

    GroupResultsController(Periods periods, ResultSnapshots snapshots, Publications publications,
                           ResultsVisibility visibility, Rankings rankings, Objections objections) {
        this.periods = periods;
        this.snapshots = snapshots;
        this.publications = publications;
        this.visibility = visibility;
        this.rankings = rankings;
        this.objections = objections;
    }

    @GetMapping
    String group(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId,
                 @PathVariable String appendixId, Model model) {
        Period period = periods.find(periodId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        if (!snapshots.appendices(periodId).contains(appendixId)) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        boolean staff = ResultsVisibility.seesEverything(user);
        Optional<ResultSnapshot> shown = visibility.groupSnapshot(user, periodId, appendixId);
        if (shown.isEmpty() && !staff) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        model.addAttribute("period", period);
        model.addAttribute("appendixId", appendixId);
        model.addAttribute("appendix", objections.appendix(periodId, appendixId));
        model.addAttribute("staff", staff);
        model.addAttribute("admin", user.role() == Role.ADMIN);
        shown.ifPresent(snapshot -> {
            Rankings.GroupRanking ranking = rankings.ranking(snapshot);
            model.addAttribute("snapshot", snapshot);
            model.addAttribute("publication", publications.find(snapshot.id()).orElse(null));
            model.addAttribute("ranking", ranking);
            model.addAttribute("charts", RankingCharts.of(ranking,
                    "en".equals(LocaleContextHolder.getLocale().getLanguage())));
        });
        if (staff) {
            List<ResultSnapshot> history = snapshots.history(periodId, appendixId);
            Map<Long, Publication> published = new LinkedHashMap<>();
            history.forEach(s -> publications.find(s.id()).ifPresent(p -> published.put(s.id(), p)));
            model.addAttribute("history", history);
            model.addAttribute("published", published);
            model.addAttribute("today", periods.today());
            model.addAttribute("phaseNotice", PhaseNotice.of(period, PeriodPhase.PUBLICATION, periods.today())
                    .orElse(null));
        } else {
            model.addAttribute("corrections", publications.history(periodId, appendixId).stream()
                    .filter(p -> p.kind() == vn.ictindex.results.SnapshotKind.FINAL)
                    .map(p -> snapshots.find(p.snapshotId()).orElseThrow()).toList());
        }
        return "results/group";
    }

    @PostMapping("/preliminary")
    String sendPreliminary(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId,
                           @PathVariable String appendixId, @RequestParam long snapshotId,
                           @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String until,
                           RedirectAttributes redirect) {
        requireAdmin(user);
        try {
            requireGroup(snapshotId, periodId, appendixId);
            publications.sendPreliminary(user.username(), snapshotId, date(from, "từ ngày"), date(until, "đến ngày"));
            redirect.addFlashAttribute("message", "Đã gửi kết quả sơ bộ #" + snapshotId + " cho các đơn vị");
        } catch (ResultsException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("typedFrom", from);
            redirect.addFlashAttribute("typedUntil", until);
        }
        return "redirect:/results/" + periodId + "/" + appendixId;
    }

    @PostMapping("/publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId,
                   @PathVariable String appendixId, @RequestParam long snapshotId, RedirectAttributes redirect) {
        requireAdmin(user);
        try {
            requireGroup(snapshotId, periodId, appendixId);
            publications.publishFinal(user.username(), snapshotId);
            redirect.addFlashAttribute("message", "Đã công bố kết quả chính thức #" + snapshotId);
        } catch (ResultsException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/results/" + periodId + "/" + appendixId;
    }

    private void requireGroup(long snapshotId, long periodId, String appendixId) {
        ResultSnapshot snapshot = snapshots.find(snapshotId)
                .orElseThrow(() -> new ResultsException("Không có bản kết quả #" + snapshotId));
        if (snapshot.periodId() != periodId || !snapshot.appendixId().equals(appendixId)) {
            throw new ResultsException("Bản kết quả #" + snapshotId + " không thuộc nhóm này");
        }
    }

    static void requireAdmin(CurrentUser user) {
        if (user.role() != Role.ADMIN) {
            throw new ResponseStatusException(FORBIDDEN);
        }
    }

    private static LocalDate date(String text, String field) {
        if (text.isBlank()) {
            throw new ResultsException("Cần nhập " + field + " nhận kiến nghị (dd/MM/yyyy)");
        }
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw new ResultsException("«" + text + "» không phải ngày dạng dd/MM/yyyy (" + field + ")");
        }
    }
}
