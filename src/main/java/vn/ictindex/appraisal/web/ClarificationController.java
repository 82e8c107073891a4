package vn.ictindex.appraisal.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.appraisal.AppraisalException;
import vn.ictindex.appraisal.ClarificationThread;
import vn.ictindex.appraisal.Clarifications;
import vn.ictindex.appraisal.LayerScores;
import vn.ictindex.appraisal.NodeAdjustments;
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.StaleLayerException;
import vn.ictindex.assessment.Periods;
import vn.ictindex.organisation.Units;
import vn.ictindex.scoring.CriterionNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A clarification thread: the question and every comment (never edited), the unit's answer with an item of its
 * library, the asker's resolve, and — when the node was returned — the unit's correction of that node's figures.
 * Also the agency's list of questions to its unit.
 */
@Controller
class ClarificationController {

    private final Clarifications clarifications;
    private final NodeAdjustments adjustments;
    private final LayerScores scores;
    private final Units units;
    private final Periods periods;

    ClarificationController(Clarifications clarifications, NodeAdjustments adjustments, LayerScores scores,
                            Units units, Periods periods) {
        this.periods = periods;
        this.clarifications = clarifications;
        this.adjustments = adjustments;
        this.scores = scores;
        this.units = units;
    }

    /** A field of the returned node the unit may correct, with the value it submitted. */
    record CorrectableField(String key, String label, String value) {
    }

    @GetMapping("/appraisal/questions")
    String questions(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("threads", clarifications.ofOwnUnit(user));
        model.addAttribute("unit", user.unitId() == null ? null : units.find(user.unitId()).orElse(null));
        model.addAttribute("period", periods.current().orElse(null));
        return "appraisal/questions";
    }

    @GetMapping("/appraisal/threads/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        ClarificationThread thread = clarifications.visible(user, id);
        var appendix = adjustments.appendixOf(thread.periodId(), thread.unitId());
        CriterionNode node = appendix.node(thread.nodeKey()).orElseThrow();
        model.addAttribute("thread", thread);
        model.addAttribute("node", node);
        model.addAttribute("unit", units.find(thread.unitId()).orElseThrow());
        model.addAttribute("library", clarifications.libraryFor(user, thread));
        boolean mayCorrect = thread.open() && thread.returned() && user.belongsTo(thread.unitId());
        model.addAttribute("mayCorrect", mayCorrect);
        model.addAttribute("mayResolve", thread.open() && thread.askedBy().equals(user.username()));
        if (mayCorrect) {
            var self = scores.forUnit(thread.periodId(), thread.unitId()).values().get(ScoreLayer.SELF);
            List<CorrectableField> fields = new ArrayList<>();
            for (String key : NodeAdjustments.fieldsOf(node)) {
                if (!key.startsWith("na:")) {
                    fields.add(new CorrectableField(key, appendix.input(key).map(i -> i.label()).orElse(key),
                            self.field(key)));
                }
            }
            model.addAttribute("fields", fields);
        }
        return "appraisal/thread";
    }

    @PostMapping("/appraisal/threads/{id}/comments")
    String comment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                   @RequestParam(defaultValue = "") String body, @RequestParam(required = false) Long evidenceId,
                   RedirectAttributes redirect) {
        return act(redirect, id, () -> clarifications.comment(user, id, body, evidenceId), "Đã gửi ý kiến", body);
    }

    @PostMapping("/appraisal/threads/{id}/resolve")
    String resolve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam int version,
                   @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        return act(redirect, id, () -> clarifications.resolve(user, id, version, note),
                "Đã kết thúc yêu cầu giải trình", null);
    }

    @PostMapping("/appraisal/threads/{id}/correct")
    String correct(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                   @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            if (name.startsWith("f:")) {
                values.put(name.substring(2), list.isEmpty() ? "" : list.get(list.size() - 1));
            }
        });
        return act(redirect, id, () -> clarifications.correct(user, id, values, form.getFirst("reason")),
                "Đã sửa số liệu theo yêu cầu", null);
    }

    private String act(RedirectAttributes redirect, long id, Runnable action, String success, String typed) {
        try {
            action.run();
            redirect.addFlashAttribute("message", success);
        } catch (AppraisalException | StaleLayerException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("typed", typed);
        }
        return "redirect:/appraisal/threads/" + id;
    }
}
