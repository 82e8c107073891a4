package vn.ictindex.assessment.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.PeriodException;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SubmissionTracker;
import vn.ictindex.criteria.CriteriaVersionSummary;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.criteria.VersionStatus;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The department's periods: list, open a new one, its participants and extensions, and the submission tracker. */
@Controller
@RequestMapping("/periods")
class PeriodsController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final Periods periods;
    private final SubmissionTracker tracker;
    private final CriteriaVersions criteria;
    private final Units units;

    PeriodsController(Periods periods, SubmissionTracker tracker, CriteriaVersions criteria, Units units) {
        this.periods = periods;
        this.tracker = tracker;
        this.criteria = criteria;
        this.units = units;
    }

    /** The new-period form, as typed (dates dd/MM/yyyy). */
    record PeriodForm(String year, String title, String criteria, String selfOpens, String selfCloses,
                      String compilationDue, String appraisalDue, String publicationDue) {
    }

    @GetMapping
    String list(Model model) {
        LocalDate today = periods.today();
        List<Period> all = periods.all();
        Map<Long, int[]> counts = tracker.submittedOfParticipants();
        Map<Long, Integer> submitted = new LinkedHashMap<>();
        Map<Long, Integer> participants = new LinkedHashMap<>();
        for (Period p : all) {
            int[] c = counts.getOrDefault(p.id(), new int[2]);
            submitted.put(p.id(), c[0]);
            participants.put(p.id(), c[1]);
        }
        model.addAttribute("periods", all);
        model.addAttribute("today", today);
        model.addAttribute("submitted", submitted);
        model.addAttribute("participants", participants);
        return "assessment/periods";
    }

    @GetMapping("/new")
    String newPeriod(Model model) {
        int year = periods.today().getYear() + 1;
        // The version in force for that year (the latest issued with effective_from ≤ year) is the default.
        return form(model, new PeriodForm(String.valueOf(year), "Đánh giá, xếp hạng mức độ ứng dụng CNTT năm " + year,
                criteria.inForce(year).orElse(null), "", "", "", "", ""), Map.of());
    }

    private String form(Model model, PeriodForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("versions", criteria.list().stream().filter(v -> v.status() == VersionStatus.ISSUED)
                .map(CriteriaVersionSummary::versionId).toList());
        return "assessment/period-new";
    }

    @PostMapping
    String create(@ModelAttribute PeriodForm form, @AuthenticationPrincipal CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer year = null;
        try {
            year = Integer.valueOf(form.year().strip());
        } catch (NumberFormatException e) {
            errors.put("year", "Năm phải là một số, ví dụ 2027");
        }
        if (form.title() == null || form.title().isBlank()) {
            errors.put("title", "Cần nhập tên kỳ đánh giá");
        }
        if (form.criteria() == null || !form.criteria().contains("@")) {
            errors.put("criteria", "Chọn bộ tiêu chí đã ban hành");
        }
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        Map<String, String> typed = Map.of("selfOpens", nullToEmpty(form.selfOpens()), "selfCloses",
                nullToEmpty(form.selfCloses()), "compilationDue", nullToEmpty(form.compilationDue()),
                "appraisalDue", nullToEmpty(form.appraisalDue()), "publicationDue", nullToEmpty(form.publicationDue()));
        typed.forEach((field, text) -> {
            try {
                dates.put(field, LocalDate.parse(text.strip(), DATE));
            } catch (DateTimeParseException e) {
                errors.put(field, "Ngày phải có dạng dd/MM/yyyy, ví dụ 15/09/2027");
            }
        });
        if (!errors.isEmpty()) {
            return form(model, form, errors);
        }
        String[] version = form.criteria().split("@", 2);
        try {
            Period period = periods.create(new Periods.PeriodDetails(year, form.title().strip(), version[0],
                    version[1], dates.get("selfOpens"), dates.get("selfCloses"), dates.get("compilationDue"),
                    dates.get("appraisalDue"), dates.get("publicationDue")), user.username());
            Map<Long, String> participants = new LinkedHashMap<>();
            units.validOn(period.selfOpens()).stream().filter(u -> u.defaultAppendix() != null)
                    .forEach(u -> participants.put(u.id(), u.defaultAppendix()));
            periods.setParticipants(period.id(), participants);
            redirect.addFlashAttribute("message", "Đã mở kỳ đánh giá năm " + period.year() + " với "
                    + participants.size() + " đơn vị tham gia");
            return "redirect:/periods/" + period.id();
        } catch (PeriodException e) {
            errors.put("form", e.getMessage());
            return form(model, form, errors);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Period period = periods.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        Map<Long, Unit> byId = units.all().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<String, List<Unit>> byAppendix = new TreeMap<>();
        periods.participants(id).forEach((unit, appendix) -> byAppendix.computeIfAbsent(appendix,
                a -> new java.util.ArrayList<>()).add(byId.get(unit)));
        byAppendix.values().forEach(list -> list.sort(vn.ictindex.organisation.VietnameseOrder.by(Unit::name)));
        model.addAttribute("period", period);
        model.addAttribute("phase", period.phaseOn(periods.today()));
        model.addAttribute("byAppendix", byAppendix);
        model.addAttribute("units", byId);
        model.addAttribute("extensions", periods.extensions(id));
        return "assessment/period";
    }

    @PostMapping("/{id}/extensions")
    String extend(@PathVariable long id, @RequestParam long unit, @RequestParam(defaultValue = "") String until,
                  @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        try {
            LocalDate day;
            try {
                day = LocalDate.parse(until.strip(), DATE);
            } catch (DateTimeParseException e) {
                throw new PeriodException("Ngày gia hạn phải có dạng dd/MM/yyyy");
            }
            periods.grantExtension(id, unit, day, reason, user.username());
            redirect.addFlashAttribute("message", "Đã gia hạn cho đơn vị");
        } catch (PeriodException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("typedUntil", until);
            redirect.addFlashAttribute("typedReason", reason);
            redirect.addFlashAttribute("typedUnit", unit);
        }
        return "redirect:/periods/" + id;
    }

    @GetMapping("/{id}/tracker")
    String tracker(@PathVariable long id, @RequestParam(required = false) String appendix, Model model) {
        Period period = periods.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        List<SubmissionTracker.Row> rows = tracker.rows(period, appendix);
        Map<SubmissionTracker.TrackedStatus, Long> counts = new LinkedHashMap<>();
        for (SubmissionTracker.TrackedStatus s : SubmissionTracker.TrackedStatus.values()) {
            counts.put(s, rows.stream().filter(r -> r.status() == s).count());
        }
        model.addAttribute("period", period);
        model.addAttribute("rows", rows);
        model.addAttribute("counts", counts);
        model.addAttribute("appendix", appendix);
        model.addAttribute("appendices", periods.participants(id).values().stream().distinct().sorted().toList());
        return "assessment/tracker";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
