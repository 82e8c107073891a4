package vn.ictindex.reporting.web;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.assessment.Periods;
import vn.ictindex.reporting.PeriodScores;
import vn.ictindex.reporting.ReportJob;
import vn.ictindex.reporting.ReportJobs;
import vn.ictindex.reporting.ReportNotFoundException;

/**
 * The whole-period workbook, generated in the background: the list of the user's requests, a page per request whose
 * progress bar htmx refreshes every second until the file is ready, and the download (owner or administrator only).
 */
@Controller
class ReportJobsController {

    private final ReportJobs jobs;
    private final Periods periods;
    private final PeriodScores scores;

    ReportJobsController(ReportJobs jobs, Periods periods, PeriodScores scores) {
        this.jobs = jobs;
        this.periods = periods;
        this.scores = scores;
    }

    @GetMapping("/reporting/jobs")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireStaff(user);
        model.addAttribute("jobs", jobs.list(user));
        model.addAttribute("periods", periods.all());
        model.addAttribute("keptDays", ReportJobs.KEPT_FOR.toDays());
        return "reporting/jobs";
    }

    @PostMapping("/reporting/jobs")
    String start(@AuthenticationPrincipal CurrentUser user, @RequestParam long period) {
        ReportJob job;
        try {
            job = jobs.startPeriodWorkbook(user, period);
        } catch (DuplicateKeyException startedByTheOtherClick) {
            // two requests at the same moment: the other one's job is the user's job
            job = jobs.unfinished(user, period).orElseThrow(() -> startedByTheOtherClick);
        }
        return "redirect:/reporting/jobs/" + job.id();
    }

    @GetMapping("/reporting/jobs/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("job", jobs.find(user, id));
        return "reporting/job";
    }

    /** The progress fragment htmx polls; it stops polling once the job is finished. */
    @GetMapping("/reporting/jobs/{id}/progress")
    String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("job", jobs.find(user, id));
        return "reporting/job :: progress";
    }

    @GetMapping("/reporting/jobs/{id}/file")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        ReportJob job = jobs.find(user, id);
        return Downloads.xlsx(job.fileName(), jobs.content(user, id));
    }

    private static void requireStaff(CurrentUser user) {
        if (!PeriodScores.maySee(user)) {
            throw new ReportNotFoundException("Chỉ Sở TTTT và Hội đồng thẩm định");
        }
    }
}
