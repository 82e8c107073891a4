package vn.ictindex.assessment.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.assessment.SelfAssessment;
import vn.ictindex.assessment.SelfAssessmentException;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.assessment.SelfScoring;
import vn.ictindex.assessment.StaleSelfAssessmentException;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The self-assessment screen of the signed-in user's unit. The specialist types figures; htmx saves the draft as they
 * type and answers with the recomputed points (out-of-band fragments), so the score and its explanation follow every
 * figure. Without JavaScript the same form saves with a normal POST.
 */
@Controller
@RequestMapping("/assessment")
class SelfAssessmentController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final SelfAssessments assessments;

    SelfAssessmentController(SelfAssessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        try {
            SelfAssessments.Workspace workspace = assessments.workspace(user);
            return render(model, user, workspace, workspace.assessment(), null);
        } catch (SelfAssessmentException e) {
            model.addAttribute("problem", e.getMessage());
            return "assessment/unavailable";
        }
    }

    @PostMapping("/save")
    String save(@AuthenticationPrincipal CurrentUser user, @RequestParam long period, @RequestParam int version,
                @RequestParam MultiValueMap<String, String> form,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                RedirectAttributes redirect) {
        SelfAssessments.Changes changes = changes(form);
        try {
            assessments.save(user, period, version, changes);
            SelfAssessments.Workspace workspace = assessments.workspace(user);
            model.addAttribute("saved", true);
            model.addAttribute("saveStatus", "Đã lưu lúc " + LocalTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                    .format(TIME));
            if (htmx == null) {
                redirect.addFlashAttribute("message", "Đã lưu bản tự đánh giá");
                return "redirect:/assessment";
            }
            render(model, user, workspace, workspace.assessment(), null);
            return "assessment/self-assessment :: updates";
        } catch (StaleSelfAssessmentException | SelfAssessmentException e) {
            SelfAssessments.Workspace workspace = assessments.workspace(user);
            SelfAssessment typed = overlay(workspace.assessment(), changes);
            render(model, user, workspace, typed, e.getMessage());
            model.addAttribute("saveStatus", "Chưa lưu");
            return htmx == null ? "assessment/self-assessment" : "assessment/self-assessment :: updates";
        }
    }

    @PostMapping("/complete")
    String complete(@AuthenticationPrincipal CurrentUser user, @RequestParam long period, @RequestParam int version,
                    RedirectAttributes redirect) {
        return act(redirect, () -> assessments.markComplete(user, period, version),
                "Đã đánh dấu hoàn thành; lãnh đạo đơn vị có thể xem và nộp");
    }

    @PostMapping("/submit")
    String submit(@AuthenticationPrincipal CurrentUser user, @RequestParam long period, @RequestParam int version,
                  RedirectAttributes redirect) {
        return act(redirect, () -> assessments.submit(user, period, version), "Đã nộp bản tự đánh giá");
    }

    @PostMapping("/hand-back")
    String handBack(@AuthenticationPrincipal CurrentUser user, @RequestParam long period, @RequestParam int version,
                    @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(redirect, () -> assessments.handBack(user, period, version, reason),
                "Đã trả lại cho cán bộ đầu mối");
    }

    private String act(RedirectAttributes redirect, Runnable action, String success) {
        try {
            action.run();
            redirect.addFlashAttribute("message", success);
        } catch (StaleSelfAssessmentException | SelfAssessmentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/assessment";
    }

    private String render(Model model, CurrentUser user, SelfAssessments.Workspace workspace, SelfAssessment shown,
                          String problem) {
        SelfAssessments.Workspace view = new SelfAssessments.Workspace(workspace.period(), workspace.unit(),
                workspace.version(), workspace.appendix(), shown, workspace.open(), workspace.deadline(),
                workspace.evidenceByNode());
        model.addAttribute("view", SelfAssessmentView.of(view, shown, SelfScoring.score(view),
                user.role() == Role.SPECIALIST, user.role() == Role.HEAD));
        if (problem != null) {
            model.addAttribute("problem", problem);
        }
        return "assessment/self-assessment";
    }

    /** The form's fields: {@code in:KEY} and {@code manual:NODE} values, {@code na:}, {@code nareason:}, {@code expl:}. */
    static SelfAssessments.Changes changes(MultiValueMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, SelfAssessment.NodeClaim> claims = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            String value = list.isEmpty() ? "" : list.get(list.size() - 1);
            if (name.startsWith("in:")) {
                values.put(name.substring(3), value);
            } else if (name.startsWith(SelfAssessment.MANUAL_PREFIX)) {
                values.put(name, value);
            } else if (name.startsWith("node:")) {
                String key = name.substring(5);
                claims.put(key, new SelfAssessment.NodeClaim(form.containsKey("na:" + key),
                        form.getFirst("nareason:" + key), form.getFirst("expl:" + key)));
            }
        });
        return new SelfAssessments.Changes(values, claims);
    }

    private static SelfAssessment overlay(SelfAssessment saved, SelfAssessments.Changes typed) {
        Map<String, String> values = new LinkedHashMap<>(saved.values());
        typed.values().forEach((k, v) -> {
            if (v == null || v.isBlank()) {
                values.remove(k);
            } else {
                values.put(k, v);
            }
        });
        Map<String, SelfAssessment.NodeClaim> claims = new LinkedHashMap<>(saved.claims());
        claims.putAll(typed.claims());
        return new SelfAssessment(saved.id(), saved.periodId(), saved.unitId(), saved.appendixId(), saved.status(),
                saved.version(), values, claims, saved.lastActivityAt(), saved.lastActivityBy(), saved.completedAt(),
                saved.completedBy(), saved.receipt());
    }
}
