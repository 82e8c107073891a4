package vn.ictindex.assessment.evidence.web;

import vn.ictindex.web.UploadSizeFilter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.UserAccount;
import vn.ictindex.account.UserAccounts;
import vn.ictindex.assessment.evidence.EvidenceDocument;
import vn.ictindex.assessment.evidence.EvidenceException;
import vn.ictindex.assessment.evidence.EvidenceItem;
import vn.ictindex.assessment.evidence.EvidenceLibrary;
import vn.ictindex.assessment.evidence.EvidenceNotFoundException;
import vn.ictindex.assessment.evidence.EvidencePeriodStatus;
import vn.ictindex.assessment.evidence.EvidencePeriods;
import vn.ictindex.organisation.Units;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.web.Formats;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The unit's evidence library ({@code /evidence}): the table of its files and document references with the criteria
 * each supports, the upload and reference forms, and linking to criteria. Read-only once the period is locked for
 * the unit. The unit is always the signed-in user's own; no request names another.
 */
@Controller
@RequestMapping("/evidence")
class EvidenceLibraryController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final long KB = 1024;
    private static final long MB = KB * 1024;
    private static final String UNREADABLE = "Không đọc được tệp đã gửi; hãy chọn lại tệp và tải lên lần nữa.";

    private final EvidenceLibrary library;
    private final EvidencePeriods periods;
    private final Units units;
    private final UserAccounts accounts;
    private final Formats formats;
    private final Clock clock;

    EvidenceLibraryController(EvidenceLibrary library, EvidencePeriods periods, Units units, UserAccounts accounts,
                              Formats formats, Clock clock) {
        this.library = library;
        this.periods = periods;
        this.units = units;
        this.accounts = accounts;
        this.formats = formats;
        this.clock = clock;
    }

    /** @param upload set by {@link UploadSizeFilter} when it turned an upload away */
    @GetMapping
    String library(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String upload,
                   Model model, Locale locale) {
        model.addAttribute("upload", EvidenceUploadForm.empty());
        model.addAttribute("reference", EvidenceReferenceForm.empty());
        if (UploadSizeFilter.TOO_LARGE.equals(upload)) {
            model.addAttribute("uploadErrors", Map.of("file", EvidenceLibrary.TOO_LARGE));
        } else if (UploadSizeFilter.UNREADABLE.equals(upload)) {
            model.addAttribute("uploadErrors", Map.of("file", UNREADABLE));
        }
        return page(user, model, locale);
    }

    @PostMapping("/files")
    String upload(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("upload") EvidenceUploadForm form,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale,
                  RedirectAttributes redirect) throws IOException {
        model.addAttribute("reference", EvidenceReferenceForm.empty());
        LocalDate docDate;
        try {
            docDate = EvidenceDates.parse(form.docDate()).orElse(null);
        } catch (IllegalArgumentException e) {
            model.addAttribute("uploadErrors", Map.of("docDate", e.getMessage()));
            return page(user, model, locale);
        }
        try {
            EvidenceItem item = library.uploadFile(user, unitOf(user), form.title(),
                    file == null ? null : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes(),
                    new EvidenceDocument(form.docNumber(), docDate, form.issuer(), form.summary()));
            redirect.addFlashAttribute("notice", "evidence.uploaded");
            redirect.addFlashAttribute("noticeTitle", item.title());
            return "redirect:/evidence#evidence-" + item.id();
        } catch (EvidenceException e) {
            model.addAttribute("uploadErrors", errors(e));
            return page(user, model, locale);
        }
    }

    @PostMapping("/references")
    String reference(@AuthenticationPrincipal CurrentUser user,
                     @ModelAttribute("reference") EvidenceReferenceForm form, Model model, Locale locale,
                     RedirectAttributes redirect) {
        model.addAttribute("upload", EvidenceUploadForm.empty());
        LocalDate docDate;
        try {
            docDate = EvidenceDates.parse(form.docDate()).orElse(null);
        } catch (IllegalArgumentException e) {
            model.addAttribute("referenceErrors", Map.of("docDate", e.getMessage()));
            return page(user, model, locale);
        }
        try {
            EvidenceItem item = library.registerReference(user, unitOf(user), form.title(), form.docNumber(),
                    docDate, form.issuer(), form.summary(), form.link());
            redirect.addFlashAttribute("notice", "evidence.registered");
            redirect.addFlashAttribute("noticeTitle", item.title());
            return "redirect:/evidence#evidence-" + item.id();
        } catch (EvidenceException e) {
            model.addAttribute("referenceErrors", errors(e));
            return page(user, model, locale);
        }
    }

    @PostMapping("/{id}/links")
    String link(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                @RequestParam(required = false) String nodeKey, RedirectAttributes redirect) {
        return changeLink(user, id, nodeKey, true, redirect);
    }

    @PostMapping("/{id}/links/remove")
    String unlink(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                  @RequestParam(required = false) String nodeKey, RedirectAttributes redirect) {
        return changeLink(user, id, nodeKey, false, redirect);
    }

    private String changeLink(CurrentUser user, long id, String nodeKey, boolean add, RedirectAttributes redirect) {
        EvidencePeriodStatus status = periods.current(unitOf(user));
        try {
            if (status.period() == null) {
                throw new EvidenceException("Chưa có kỳ đánh giá nào nên chưa có tiêu chí để gắn tài liệu.");
            }
            if (add) {
                library.link(user, id, status.period().id(), nodeKey);
            } else {
                library.unlink(user, id, status.period().id(), nodeKey);
            }
            redirect.addFlashAttribute("notice", add ? "evidence.linked" : "evidence.unlinked");
            redirect.addFlashAttribute("noticeTitle", nodeKey);
        } catch (EvidenceException e) {
            redirect.addFlashAttribute("linkError", e.getMessage());
            redirect.addFlashAttribute("linkErrorItem", id);
        }
        return "redirect:/evidence#evidence-" + id;
    }

    private String page(CurrentUser user, Model model, Locale locale) {
        long unitId = unitOf(user);
        EvidencePeriodStatus status = periods.current(unitId);
        Map<String, CriterionNode> nodes = status.appendix() == null ? Map.of()
                : status.appendix().allNodes().stream()
                .collect(Collectors.toMap(CriterionNode::key, Function.identity(), (a, b) -> a));
        Map<String, String> names = accounts.all().stream()
                .collect(Collectors.toMap(UserAccount::username, UserAccount::fullName, (a, b) -> a));
        List<EvidenceRow> rows = library.library(unitId).stream().map(item -> new EvidenceRow(item,
                size(item.sizeBytes()), STAMP.format(item.uploadedAt().atZone(clock.getZone())),
                names.getOrDefault(item.uploadedBy(), item.uploadedBy()),
                item.linkedKeys().stream().map(key -> new EvidenceRow.Criterion(key,
                        Optional.ofNullable(nodes.get(key)).map(n -> EvidenceCriteriaGroup.name(n, locale))
                                .orElse(""))).toList())).toList();
        model.addAttribute("unit", units.find(unitId).orElseThrow());
        model.addAttribute("status", status);
        model.addAttribute("notYetOpen", status.notYetOpen(LocalDate.now(clock)));
        model.addAttribute("rows", rows);
        model.addAttribute("criteriaGroups", EvidenceCriteriaGroup.of(status.appendix(), locale));
        model.addAttribute("maxBytes", EvidenceLibrary.MAX_FILE_BYTES);
        model.addAttribute("tooLarge", EvidenceLibrary.TOO_LARGE);
        return "evidence/library";
    }

    /** "512 B" below a kilobyte, "12,3 KB" below a megabyte, "1,5 MB" from there, with the language's decimal comma. */
    private String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        if (bytes < KB) {
            return bytes + " B";
        }
        boolean megabytes = bytes >= MB;
        BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(megabytes ? MB : KB), 1,
                RoundingMode.HALF_UP);
        return formats.number(value, 1) + (megabytes ? " MB" : " KB");
    }

    private static Map<String, String> errors(EvidenceException e) {
        if (!e.fieldErrors().isEmpty()) {
            return e.fieldErrors();
        }
        Map<String, String> global = new LinkedHashMap<>();
        global.put("global", e.getMessage());
        return global;
    }

    /** Specialists and heads always belong to a unit; anything else reads as a missing page. */
    private static long unitOf(CurrentUser user) {
        if (user == null || user.unitId() == null) {
            throw new EvidenceNotFoundException(0);
        }
        return user.unitId();
    }
}
