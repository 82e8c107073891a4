package vn.ictindex.criteria.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.criteria.CriteriaDrafts;
import vn.ictindex.criteria.CriteriaFileException;
import vn.ictindex.criteria.CriteriaFormat;
import vn.ictindex.criteria.CriteriaProblem;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.Decision;
import vn.ictindex.criteria.DraftEditException;
import vn.ictindex.criteria.DraftEdits;
import vn.ictindex.criteria.StaleDraftException;
import vn.ictindex.criteria.VersionNotEditableException;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.EvidenceRequirement;
import vn.ictindex.scoring.NotApplicablePolicy;
import vn.ictindex.scoring.TargetGroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The draft editor (administrators only): the draft as a tree, one node's form beside it, the validator's messages
 * next to the nodes they concern. Every change posts, is stored under the draft's lock version and leads back to the
 * editor (post-redirect-get); a change that cannot be stored re-shows the editor with what was typed.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CriteriaDraftController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final CriteriaDrafts drafts;

    CriteriaDraftController(CriteriaDrafts drafts) {
        this.drafts = drafts;
    }

    /** What the node form holds, as typed. */
    record NodeForm(String appendix, String key, Integer lock, String name, String nameEn, String max, String guide,
                    String evidence, String evidenceItems, String notApplicable, String scoring) {

        static NodeForm of(String appendixId, CriterionNode n, int lock) {
            return new NodeForm(appendixId, n.key(), lock, n.name(), n.nameEn(),
                    n.maxPoints().stripTrailingZeros().toPlainString(), n.guide(), n.evidence().name(),
                    String.join("\n", n.evidenceItems()), n.notApplicable().name(), CriteriaFormat.writeScoring(n));
        }
    }

    record IssueForm(Integer lock, String number, String date, String signer, String effectiveFrom) {
    }

    record AppendixCopyForm(Integer lock, String copyOf, String newId, String title, String groupCode,
                            String groupName) {
    }

    @PostMapping("/criteria/{code}/{version}/drafts")
    String start(@PathVariable String code, @PathVariable String version, @RequestParam(required = false) String label,
                 @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            CriteriaVersion draft = drafts.start(code, version, label, user.username());
            redirect.addAttribute("code", draft.code());
            redirect.addAttribute("version", draft.version());
            redirect.addFlashAttribute("saved", "Đã tạo dự thảo " + draft.id() + " từ " + code + "@" + version + ".");
            return "redirect:/criteria/{code}/{version}/edit";
        } catch (DraftEditException e) {
            redirect.addAttribute("code", code);
            redirect.addAttribute("version", version);
            redirect.addFlashAttribute("draftError", e.getMessage());
            redirect.addFlashAttribute("draftLabel", label);
            return "redirect:/criteria/{code}/{version}#new-draft";
        }
    }

    @GetMapping("/criteria/{code}/{version}/edit")
    String edit(@PathVariable String code, @PathVariable String version,
                @RequestParam(required = false) String appendix, @RequestParam(required = false) String node,
                Locale locale, Model model) {
        CriteriaDrafts.Draft draft = load(code, version);
        NodeForm form = null;
        if (appendix != null && node != null && draft.editable()) {
            form = draft.version().appendix(appendix).flatMap(a -> a.node(node))
                    .map(n -> NodeForm.of(appendix, n, draft.lockVersion())).orElse(null);
        }
        return page(draft, form, Map.of(), null, locale, model);
    }

    @PostMapping("/criteria/{code}/{version}/edit/node")
    String saveNode(@PathVariable String code, @PathVariable String version, @ModelAttribute NodeForm form,
                    @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
                    RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = trim(form.name());
        if (name == null) {
            errors.put("name", "Nhập tên tiêu chí");
        }
        BigDecimal max = decimal(form.max());
        if (max == null || max.signum() < 0) {
            errors.put("max", "Điểm tối đa là một số không âm, ví dụ 10 hoặc 2,5");
        }
        EvidenceRequirement evidence = parse(EvidenceRequirement.class, form.evidence());
        NotApplicablePolicy na = parse(NotApplicablePolicy.class, form.notApplicable());
        CriteriaFormat.NodeScoring scoring = null;
        try {
            scoring = CriteriaFormat.readScoring(form.scoring());
        } catch (CriteriaFileException e) {
            errors.put("scoring", e.problems().stream().map(p -> (p.line() > 0 ? "Dòng " + p.line() + ": " : "")
                    + p.message()).reduce((a, b) -> a + "\n" + b).orElse(""));
        }
        if (!errors.isEmpty() || evidence == null || na == null) {
            return again(code, version, form, errors, null, locale, model, request, response);
        }
        List<String> items = form.evidenceItems() == null ? List.of() : Arrays.stream(form.evidenceItems().split("\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        CriteriaFormat.NodeScoring s = scoring;
        return apply(code, version, form.lock(), v -> DraftEdits.updateNode(v, form.appendix(), form.key(),
                        n -> new CriterionNode(n.key(), name, trim(form.nameEn()), max, trim(form.guide()), evidence,
                                items, na, s.inputs(), s.constraints(), s.rule(), n.children(), n.note())),
                "Sửa tiêu chí " + form.key(), form.appendix(), form.key(), form, user, locale, model, redirect,
                request, response);
    }

    @PostMapping("/criteria/{code}/{version}/edit/add")
    String add(@PathVariable String code, @PathVariable String version, @RequestParam String appendix,
               @RequestParam(required = false) String parent, @RequestParam(required = false) Integer lock,
               @RequestParam(required = false) String name, @RequestParam(required = false) String max,
               @AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect,
               HttpServletRequest request, HttpServletResponse response) {
        String parentKey = trim(parent);
        String nodeName = trim(name);
        BigDecimal points = decimal(max);
        if (nodeName == null || points == null || points.signum() < 0) {
            return again(code, version, null, Map.of(), "Để thêm tiêu chí, nhập tên và điểm tối đa (một số không âm)",
                    locale, model, request, response);
        }
        String[] added = new String[1];
        return apply(code, version, lock, v -> {
                    DraftEdits.Added a = DraftEdits.addChild(v, appendix, parentKey, nodeName, points);
                    added[0] = a.key();
                    return a.version();
                }, "Thêm tiêu chí vào " + (parentKey == null ? appendix : parentKey), appendix, null, null, user,
                locale, model, redirect, request, response, () -> added[0]);
    }

    @PostMapping("/criteria/{code}/{version}/edit/remove")
    String remove(@PathVariable String code, @PathVariable String version, @RequestParam String appendix,
                  @RequestParam String key, @RequestParam(required = false) Integer lock,
                  @AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect,
                  HttpServletRequest request, HttpServletResponse response) {
        return apply(code, version, lock, v -> DraftEdits.remove(v, appendix, key), "Bỏ tiêu chí " + key, appendix,
                null, null, user, locale, model, redirect, request, response);
    }

    @PostMapping("/criteria/{code}/{version}/edit/shift")
    String shift(@PathVariable String code, @PathVariable String version, @RequestParam String appendix,
                 @RequestParam String key, @RequestParam int direction, @RequestParam(required = false) Integer lock,
                 @AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect,
                 HttpServletRequest request, HttpServletResponse response) {
        return apply(code, version, lock, v -> DraftEdits.shift(v, appendix, key, direction),
                (direction < 0 ? "Chuyển lên: " : "Chuyển xuống: ") + key, appendix, key, null, user, locale, model,
                redirect, request, response);
    }

    /** {@code target} is {@code APPENDIX|} for a criteria group or {@code APPENDIX|PARENT}. */
    @PostMapping("/criteria/{code}/{version}/edit/move")
    String move(@PathVariable String code, @PathVariable String version, @RequestParam String appendix,
                @RequestParam String key, @RequestParam(required = false) String target,
                @RequestParam(required = false) Integer lock, @AuthenticationPrincipal CurrentUser user,
                Locale locale, Model model, RedirectAttributes redirect, HttpServletRequest request,
                HttpServletResponse response) {
        if (target == null || !target.contains("|")) {
            return again(code, version, null, Map.of(), "Chọn nơi chuyển tiêu chí đến", locale, model, request,
                    response);
        }
        String targetAppendix = target.substring(0, target.indexOf('|'));
        String targetParent = trim(target.substring(target.indexOf('|') + 1));
        return apply(code, version, lock, v -> DraftEdits.move(v, appendix, key, targetAppendix, targetParent),
                "Chuyển tiêu chí " + key, targetAppendix, key, null, user, locale, model, redirect, request,
                response);
    }

    @PostMapping("/criteria/{code}/{version}/edit/appendix")
    String saveAppendix(@PathVariable String code, @PathVariable String version, @RequestParam String appendix,
                        @RequestParam(required = false) Integer lock, @RequestParam(required = false) String title,
                        @RequestParam(required = false) String totalPoints, @AuthenticationPrincipal CurrentUser user,
                        Locale locale, Model model, RedirectAttributes redirect, HttpServletRequest request,
                        HttpServletResponse response) {
        String newTitle = trim(title);
        BigDecimal total = decimal(totalPoints);
        if (newTitle == null || total == null || total.signum() <= 0) {
            return again(code, version, null, Map.of(), "Phụ lục cần tên và tổng điểm lớn hơn 0", locale, model,
                    request, response);
        }
        return apply(code, version, lock, v -> DraftEdits.updateAppendix(v, appendix, a -> new Appendix(a.id(),
                        newTitle, a.titleEn(), a.targetGroup(), total, a.rounding(), a.classification(), a.ranking(),
                        a.inputs(), a.constraints(), a.groups(), a.adjustments())), "Sửa phụ lục " + appendix,
                appendix, null, null, user, locale, model, redirect, request, response);
    }

    @PostMapping("/criteria/{code}/{version}/edit/appendix-remove")
    String removeAppendix(@PathVariable String code, @PathVariable String version, @RequestParam String appendix,
                          @RequestParam(required = false) Integer lock, @AuthenticationPrincipal CurrentUser user,
                          Locale locale, Model model, RedirectAttributes redirect, HttpServletRequest request,
                          HttpServletResponse response) {
        return apply(code, version, lock, v -> DraftEdits.removeAppendix(v, appendix), "Bỏ phụ lục " + appendix,
                null, null, null, user, locale, model, redirect, request, response);
    }

    @PostMapping("/criteria/{code}/{version}/edit/appendix-copy")
    String copyAppendix(@PathVariable String code, @PathVariable String version, @ModelAttribute AppendixCopyForm form,
                        @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
                        RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        String id = trim(form.newId());
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._\\-]{0,39}") || trim(form.title()) == null
                || trim(form.groupCode()) == null || trim(form.groupName()) == null) {
            model.addAttribute("copyForm", form);
            return again(code, version, null, Map.of(), "Phụ lục mới cần mã (chữ không dấu, số, «-», ví dụ PL-II),"
                    + " tên, mã và tên nhóm đối tượng", locale, model, request, response);
        }
        return apply(code, version, form.lock(), v -> DraftEdits.addAppendixCopy(v, form.copyOf(), id,
                        form.title().strip(), new TargetGroup(form.groupCode().strip(), form.groupName().strip())),
                "Thêm phụ lục " + id, id, null, null, user, locale, model, redirect, request, response);
    }

    @PostMapping("/criteria/{code}/{version}/issue")
    String issue(@PathVariable String code, @PathVariable String version, @ModelAttribute IssueForm form,
                 @AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect,
                 HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (trim(form.number()) == null) {
            errors.put("number", "Nhập số quyết định, ví dụ 1867/QĐ-UBND");
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(form.date() == null ? "" : form.date().strip(), DATE);
        } catch (DateTimeParseException e) {
            errors.put("date", "Ngày ký theo dạng ngày/tháng/năm, ví dụ 23/07/2019");
        }
        if (trim(form.signer()) == null) {
            errors.put("signer", "Nhập người ký, ví dụ Chủ tịch UBND tỉnh");
        }
        Integer year = null;
        try {
            year = Integer.valueOf(form.effectiveFrom() == null ? "" : form.effectiveFrom().strip());
            if (year < 2000 || year > 2100) {
                errors.put("effectiveFrom", "Năm áp dụng từ 2000 đến 2100");
            }
        } catch (NumberFormatException e) {
            errors.put("effectiveFrom", "Năm áp dụng là một số, ví dụ 2019");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("issueForm", form);
            model.addAttribute("issueErrors", errors);
            return again(code, version, null, Map.of(), null, locale, model, request, response);
        }
        try {
            CriteriaVersion issued = drafts.issue(code, version, form.lock() == null ? -1 : form.lock(),
                    new Decision(form.number().strip(), date, form.signer().strip()), year, user.username());
            redirect.addAttribute("code", code);
            redirect.addAttribute("version", version);
            redirect.addFlashAttribute("issued", issued.id());
            return "redirect:/criteria/{code}/{version}";
        } catch (DraftEditException | StaleDraftException | VersionNotEditableException e) {
            model.addAttribute("issueForm", form);
            model.addAttribute("issueErrors", Map.of("general", e.getMessage()));
            return again(code, version, null, Map.of(), null, locale, model, request, response);
        }
    }

    private String apply(String code, String version, Integer lock, UnaryOperator<CriteriaVersion> edit, String what,
                         String appendix, String key, NodeForm form, CurrentUser user, Locale locale, Model model,
                         RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return apply(code, version, lock, edit, what, appendix, key, form, user, locale, model, redirect, request,
                response, () -> key);
    }

    private String apply(String code, String version, Integer lock, UnaryOperator<CriteriaVersion> edit, String what,
                         String appendix, String key, NodeForm form, CurrentUser user, Locale locale, Model model,
                         RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response,
                         java.util.function.Supplier<String> selected) {
        try {
            drafts.edit(code, version, lock == null ? -1 : lock, edit, what, user.username());
        } catch (StaleDraftException | DraftEditException | VersionNotEditableException e) {
            return again(code, version, form, Map.of(), e.getMessage(), locale, model, request, response);
        }
        redirect.addAttribute("code", code);
        redirect.addAttribute("version", version);
        redirect.addFlashAttribute("saved", what + ": đã lưu.");
        String node = selected.get();
        if (node != null) {
            redirect.addAttribute("appendix", appendix);
            redirect.addAttribute("node", node);
            return "redirect:/criteria/{code}/{version}/edit?appendix={appendix}&node={node}#node-" + anchor(node);
        }
        return "redirect:/criteria/{code}/{version}/edit" + (appendix == null ? "" : "#appendix-" + anchor(appendix));
    }

    /** The editor again, on the draft as it is now, with what was typed and why it was not stored. */
    private String again(String code, String version, NodeForm form, Map<String, String> errors, String error,
                         Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
        CriteriaDrafts.Draft draft = load(code, version);
        NodeForm shown = form == null ? null
                : new NodeForm(form.appendix(), form.key(), draft.lockVersion(), form.name(), form.nameEn(),
                form.max(), form.guide(), form.evidence(), form.evidenceItems(), form.notApplicable(), form.scoring());
        // htmx swaps only successful responses; a browser without it gets the status that says what happened.
        response.setStatus(request.getHeader("HX-Request") != null ? HttpStatus.OK.value()
                : error != null && error.contains("vừa được sửa") ? HttpStatus.CONFLICT.value()
                : HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(draft, shown, errors, error, locale, model);
    }

    private String page(CriteriaDrafts.Draft draft, NodeForm form, Map<String, String> errors, String error,
                        Locale locale, Model model) {
        model.addAttribute("page", DraftEditorView.of(draft, locale));
        model.addAttribute("form", form);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("error", error);
        if (form != null) {
            model.addAttribute("moveTargets", moveTargets(draft.version(), form.appendix(), form.key()));
            draft.version().appendix(form.appendix()).flatMap(a -> DraftEdits.parent(a, form.key()))
                    .ifPresent(p -> model.addAttribute("parentKey", p.key()));
        }
        if (!model.containsAttribute("issueForm")) {
            model.addAttribute("issueForm", new IssueForm(draft.lockVersion(), "", "", "",
                    draft.version().effectiveFrom() == null ? "" : String.valueOf(draft.version().effectiveFrom())));
        }
        if (!model.containsAttribute("issueErrors")) {
            model.addAttribute("issueErrors", Map.of());
        }
        return "criteria/edit";
    }

    /** Where a node can go: the top of any appendix, or under any node that is not itself or below it. */
    private static Map<String, String> moveTargets(CriteriaVersion v, String appendixId, String key) {
        Map<String, String> targets = new LinkedHashMap<>();
        CriterionNode moving = v.appendix(appendixId).flatMap(a -> a.node(key)).orElse(null);
        if (moving == null) {
            return targets;
        }
        List<String> own = new ArrayList<>();
        moving.visit(n -> own.add(n.key()));
        for (Appendix a : v.appendices()) {
            targets.put(a.id() + "|", a.id() + " – nhóm tiêu chí mới");
            for (CriterionNode n : a.allNodes()) {
                if (!(a.id().equals(appendixId) && own.contains(n.key()))) {
                    targets.put(a.id() + "|" + n.key(), a.id() + " / " + n.key() + " " + abbreviate(n.name()));
                }
            }
        }
        return targets;
    }

    private CriteriaDrafts.Draft load(String code, String version) {
        try {
            return drafts.load(code, version);
        } catch (DraftEditException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    static String anchor(String key) {
        return key == null ? "" : key.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }

    /** A number as typed: {@code 10}, {@code 2,5} or {@code 2.5}; null when it is not one. */
    static BigDecimal decimal(String text) {
        if (text == null || !text.strip().matches("-?[0-9]+([.,][0-9]+)?")) {
            return null;
        }
        return new BigDecimal(text.strip().replace(',', '.'));
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
