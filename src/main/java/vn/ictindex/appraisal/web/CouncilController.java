package vn.ictindex.appraisal.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.account.UserAccounts;
import vn.ictindex.appraisal.AppraisalException;
import vn.ictindex.appraisal.CouncilAssignments;
import vn.ictindex.appraisal.CouncilWork;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.PeriodPhase;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.PhaseNotice;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;
import vn.ictindex.organisation.VietnameseOrder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The department's council page: who is assigned to which criteria group or unit, and the sessions held. */
@Controller
class CouncilController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final CouncilAssignments assignments;
    private final CouncilWork council;
    private final Periods periods;
    private final CriteriaVersions criteria;
    private final UserAccounts accounts;
    private final Units units;

    CouncilController(CouncilAssignments assignments, CouncilWork council, Periods periods, CriteriaVersions criteria,
                      UserAccounts accounts, Units units) {
        this.assignments = assignments;
        this.council = council;
        this.periods = periods;
        this.criteria = criteria;
        this.accounts = accounts;
        this.units = units;
    }

    /** The session form, as typed. */
    record SessionForm(String heldOn, List<String> members, List<Long> units, String notes)
            implements java.io.Serializable {
    }

    @GetMapping("/appraisal/council")
    String show(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long period, Model model) {
        if (user.role() != Role.ADMIN) {
            throw new ResponseStatusException(FORBIDDEN);
        }
        Period chosen = (period == null ? periods.current() : periods.find(period))
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        model.addAttribute("period", chosen);
        model.addAttribute("phaseNotice", PhaseNotice.of(chosen, PeriodPhase.APPRAISAL, periods.today()).orElse(null));
        model.addAttribute("periods", periods.all());
        model.addAttribute("appendices", criteria.find(chosen.criteriaCode(), chosen.criteriaVersion()).orElseThrow()
                .appendices());
        model.addAttribute("members", accounts.filter(Role.COUNCIL, null));
        Map<Long, Unit> participants = new LinkedHashMap<>();
        List<Unit> list = new ArrayList<>();
        periods.participants(chosen.id()).keySet().forEach(id -> units.find(id).ifPresent(list::add));
        list.sort(VietnameseOrder.by(Unit::name));
        list.forEach(u -> participants.put(u.id(), u));
        model.addAttribute("units", participants);
        model.addAttribute("assignments", assignments.ofPeriod(chosen.id()));
        model.addAttribute("sessions", council.sessions(chosen.id()));
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", new SessionForm("", List.of(), List.of(), ""));
        }
        return "appraisal/council";
    }

    @PostMapping("/appraisal/council/assignments")
    String assign(@AuthenticationPrincipal CurrentUser user, @RequestParam long period, @RequestParam String member,
                  @RequestParam(defaultValue = "") String target, RedirectAttributes redirect) {
        try {
            if (target.startsWith("unit:")) {
                assignments.assign(user, period, member, null, null, Long.valueOf(target.substring(5)));
            } else if (target.contains("/")) {
                assignments.assign(user, period, member, target.substring(0, target.indexOf('/')),
                        target.substring(target.indexOf('/') + 1), null);
            } else {
                throw new AppraisalException("Hãy chọn nhóm tiêu chí hoặc đơn vị");
            }
            redirect.addFlashAttribute("message", "Đã phân công " + member);
        } catch (AppraisalException | NumberFormatException e) {
            redirect.addFlashAttribute("assignProblem", e instanceof AppraisalException ? e.getMessage()
                    : "Hãy chọn nhóm tiêu chí hoặc đơn vị");
        }
        return "redirect:/appraisal/council?period=" + period;
    }

    @PostMapping("/appraisal/council/assignments/{id}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long period,
                  RedirectAttributes redirect) {
        try {
            assignments.remove(user, id);
            redirect.addFlashAttribute("message", "Đã bỏ phân công");
        } catch (AppraisalException e) {
            redirect.addFlashAttribute("assignProblem", e.getMessage());
        }
        return "redirect:/appraisal/council?period=" + period;
    }

    @PostMapping("/appraisal/council/sessions")
    String recordSession(@AuthenticationPrincipal CurrentUser user, @RequestParam long period,
                         @RequestParam(defaultValue = "") String heldOn,
                         @RequestParam(required = false) List<String> members,
                         @RequestParam(required = false) List<Long> units,
                         @RequestParam(defaultValue = "") String notes, RedirectAttributes redirect) {
        SessionForm typed = new SessionForm(heldOn, members == null ? new ArrayList<>() : new ArrayList<>(members),
                units == null ? new ArrayList<>() : new ArrayList<>(units), notes);
        try {
            LocalDate day;
            try {
                day = heldOn.isBlank() ? null : LocalDate.parse(heldOn.strip(), DATE);
            } catch (DateTimeParseException e) {
                throw new AppraisalException("Ngày họp phải có dạng dd/MM/yyyy, không phải «" + heldOn + "»");
            }
            council.recordSession(user, period, day, typed.members(), typed.units(), notes);
            redirect.addFlashAttribute("message", "Đã ghi phiên họp");
        } catch (AppraisalException e) {
            redirect.addFlashAttribute("sessionProblem", e.getMessage());
            redirect.addFlashAttribute("sessionForm", typed);
        }
        return "redirect:/appraisal/council?period=" + period + "#sessions";
    }
}
