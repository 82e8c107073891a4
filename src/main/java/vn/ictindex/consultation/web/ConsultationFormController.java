package vn.ictindex.consultation.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.account.UserAccount;
import vn.ictindex.account.UserAccounts;
import vn.ictindex.consultation.Consultation;
import vn.ictindex.consultation.ConsultationException;
import vn.ictindex.consultation.ConsultationNotFoundException;
import vn.ictindex.consultation.ConsultationStatus;
import vn.ictindex.consultation.Consultations;
import vn.ictindex.consultation.Recipient;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.CriteriaVersionSummary;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.document.DocumentSettings;
import vn.ictindex.criteria.VersionStatus;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The department prepares a round: the draft, title, deadline, cover letter and recipients; and changes it unsent. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ConsultationFormController {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The seed letter gave its recipients 14 days. */
    static final int DEFAULT_DAYS = 14;

    private final Consultations consultations;
    private final CriteriaVersions criteria;
    private final Units units;
    private final UserAccounts accounts;
    private final DocumentSettings documents;

    ConsultationFormController(Consultations consultations, CriteriaVersions criteria, Units units,
                               UserAccounts accounts, DocumentSettings documents) {
        this.documents = documents;
        this.consultations = consultations;
        this.criteria = criteria;
        this.units = units;
        this.accounts = accounts;
    }

    @GetMapping("/consultations/new")
    String newRound(@RequestParam(required = false) String criteria, Model model) {
        List<String> drafts = drafts();
        String chosen = criteria != null && drafts.contains(criteria) ? criteria
                : drafts.isEmpty() ? null : drafts.get(0);
        LocalDate deadline = consultations.today().plusDays(DEFAULT_DAYS);
        String title = "";
        String note = "";
        if (chosen != null) {
            CriteriaVersion draft = find(chosen);
            title = "Lấy ý kiến góp ý " + draft.title();
            note = CoverLetter.proposal(documents.department(), draft, deadline,
                    consultations.amendments(draft));
        }
        return form(model, new ConsultationForm(chosen, title, deadline.format(DAY), note, List.of(), List.of(),
                List.of(), true, null), null, Map.of());
    }

    @PostMapping("/consultations")
    String create(@ModelAttribute ConsultationForm form, @AuthenticationPrincipal CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate deadline = deadline(form, errors);
        String[] version = form.criteria() == null ? new String[]{"", ""} : split(form.criteria());
        if (!errors.isEmpty()) {
            return form(model, form, null, errors);
        }
        try {
            Consultation round = consultations.create(user, details(form, version, deadline));
            redirect.addFlashAttribute("message", "Đã tạo đợt lấy ý kiến; kiểm tra rồi bấm «Gửi lấy ý kiến»");
            return "redirect:/consultations/" + round.id();
        } catch (ConsultationException e) {
            errors.put(e.field() == null ? "form" : e.field(), e.getMessage());
            return form(model, form, null, errors);
        }
    }

    @GetMapping("/consultations/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Consultation round = consultations.find(id).orElseThrow(() -> new ConsultationNotFoundException(id));
        if (round.status() != ConsultationStatus.DRAFT) {
            return "redirect:/consultations/" + id;
        }
        List<Recipient> recipients = consultations.recipients(id);
        return form(model, new ConsultationForm(round.draftId(), round.title(), round.deadline().format(DAY),
                round.coverNote(), recipients.stream().map(Recipient::unitId).filter(Objects::nonNull).toList(),
                List.of(), recipients.stream().map(Recipient::accountId).filter(Objects::nonNull).toList(), false,
                round.version()), round, Map.of());
    }

    @PostMapping("/consultations/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute ConsultationForm form,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Consultation round = consultations.find(id).orElseThrow(() -> new ConsultationNotFoundException(id));
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate deadline = deadline(form, errors);
        if (!errors.isEmpty()) {
            return form(model, form, round, errors);
        }
        try {
            consultations.update(user, id, form.version() == null ? -1 : form.version(),
                    details(form, new String[]{round.criteriaCode(), round.criteriaVersion()}, deadline));
            redirect.addFlashAttribute("message", "Đã lưu đợt lấy ý kiến");
            return "redirect:/consultations/" + id;
        } catch (ConsultationException e) {
            errors.put(e.field() == null ? "form" : e.field(), e.getMessage());
            return form(model, form, round, errors);
        } catch (OptimisticLockingFailureException e) {
            errors.put("form", "Người khác vừa sửa đợt lấy ý kiến này. Hãy tải lại trang để xem bản mới nhất; "
                    + "những gì bạn nhập vẫn còn dưới đây.");
            return form(model, form, round, errors);
        }
    }

    private static Consultations.RoundDetails details(ConsultationForm form, String[] version, LocalDate deadline) {
        return new Consultations.RoundDetails(version[0], version[1], form.title(), deadline, form.coverNote(),
                form.unitsOrEmpty(), form.groupsOrEmpty(), form.councilOrEmpty(), form.everyCouncilMember());
    }

    private static LocalDate deadline(ConsultationForm form, Map<String, String> errors) {
        try {
            return LocalDate.parse(form.deadline() == null ? "" : form.deadline().strip(), TYPED);
        } catch (DateTimeParseException e) {
            errors.put("deadline", "Hạn góp ý phải có dạng dd/MM/yyyy, ví dụ 10/05/2027");
            return null;
        }
    }

    private String form(Model model, ConsultationForm form, Consultation round, Map<String, String> errors) {
        LocalDate today = consultations.today();
        Map<String, List<Unit>> unitsByGroup = new TreeMap<>();
        for (Unit u : units.validOn(today)) {
            unitsByGroup.computeIfAbsent(u.defaultAppendix() == null ? "—" : u.defaultAppendix(),
                    g -> new java.util.ArrayList<>()).add(u);
        }
        List<UserAccount> council = accounts.filter(Role.COUNCIL, null).stream().filter(UserAccount::enabled)
                .toList();
        model.addAttribute("form", form);
        model.addAttribute("round", round);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("drafts", drafts());
        model.addAttribute("unitsByGroup", unitsByGroup);
        model.addAttribute("council", council);
        return "consultation/form";
    }

    private List<String> drafts() {
        return criteria.list().stream().filter(v -> v.status() == VersionStatus.DRAFT)
                .map(CriteriaVersionSummary::versionId).toList();
    }

    private CriteriaVersion find(String id) {
        String[] v = split(id);
        return criteria.find(v[0], v[1]).orElseThrow();
    }

    private static String[] split(String id) {
        int at = id.lastIndexOf('@');
        return at < 0 ? new String[]{id, ""} : new String[]{id.substring(0, at), id.substring(at + 1)};
    }
}
