package vn.ictindex.appraisal.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.appraisal.AppraisalAccess;
import vn.ictindex.appraisal.AppraisalException;
import vn.ictindex.appraisal.Clarifications;
import vn.ictindex.appraisal.Compilation;
import vn.ictindex.appraisal.CouncilWork;
import vn.ictindex.appraisal.LayerScores;
import vn.ictindex.appraisal.NodeAdjustmentRefusedException;
import vn.ictindex.appraisal.NodeAdjustments;
import vn.ictindex.appraisal.NotVisibleException;
import vn.ictindex.appraisal.StaleLayerException;
import vn.ictindex.appraisal.UnitStage;
import vn.ictindex.assessment.evidence.EvidenceLibrary;
import vn.ictindex.organisation.Units;
import vn.ictindex.scoring.Appendix;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One unit's appraisal screen: the layers side by side for everyone who may see the unit; the department adjusts the
 * compiled layer, checks criteria and decides on evidence; an assigned council member adjusts the appraised layer and
 * signs off; both ask for clarification. An agency sees its own unit, read-only. A node's form is saved with htmx and
 * answered with the whole tree again, since one change can move other nodes' points.
 */
@Controller
@RequestMapping("/appraisal/periods/{periodId}/units/{unitId}")
class UnitAppraisalController {

    private final LayerScores scores;
    private final AppraisalAccess access;
    private final NodeAdjustments adjustments;
    private final Compilation compilation;
    private final CouncilWork council;
    private final Clarifications clarifications;
    private final EvidenceLibrary evidence;
    private final Units units;

    UnitAppraisalController(LayerScores scores, AppraisalAccess access, NodeAdjustments adjustments,
                            Compilation compilation, CouncilWork council, Clarifications clarifications,
                            EvidenceLibrary evidence, Units units) {
        this.scores = scores;
        this.access = access;
        this.adjustments = adjustments;
        this.compilation = compilation;
        this.council = council;
        this.clarifications = clarifications;
        this.evidence = evidence;
        this.units = units;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId, @PathVariable long unitId,
                Model model) {
        return render(model, user, periodId, unitId, UnitAppraisalView.Typed.NONE);
    }

    @PostMapping("/nodes/{nodeKey}")
    String adjust(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId, @PathVariable long unitId,
                  @PathVariable String nodeKey, @RequestParam MultiValueMap<String, String> form,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> versions = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            String value = list.isEmpty() ? "" : list.get(list.size() - 1);
            if (name.startsWith("f:")) {
                values.put(name.substring(2), value);
            } else if (name.startsWith("v:") && !value.isBlank()) {
                versions.put(name.substring(2), Integer.valueOf(value));
            }
        });
        String reason = form.getFirst("reason");
        visibleGroups(user, periodId, unitId);
        try {
            adjustments.adjust(user, periodId, unitId, nodeKey, values, versions, reason);
            model.addAttribute("message", "Đã lưu " + nodeKey);
            if (htmx == null) {
                redirect.addFlashAttribute("message", "Đã lưu " + nodeKey);
                return "redirect:/appraisal/periods/" + periodId + "/units/" + unitId + "#node-" + nodeKey;
            }
            // the saved node stays open where the user was working
            return render(model, user, periodId, unitId, new UnitAppraisalView.Typed(nodeKey, Map.of(), Map.of(),
                    "", null));
        } catch (NodeAdjustmentRefusedException e) {
            return render(model, user, periodId, unitId, new UnitAppraisalView.Typed(nodeKey, values,
                    e.fieldErrors(), reason, e.getMessage()));
        } catch (StaleLayerException | AppraisalException e) {
            return render(model, user, periodId, unitId, new UnitAppraisalView.Typed(nodeKey, values, Map.of(),
                    reason, e.getMessage()));
        }
    }

    @PostMapping("/nodes/{nodeKey}/accept")
    String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId, @PathVariable long unitId,
                  @PathVariable String nodeKey, RedirectAttributes redirect) {
        return act(redirect, periodId, unitId, "node-" + nodeKey,
                () -> adjustments.accept(user, periodId, unitId, nodeKey), "Đã kiểm tra " + nodeKey);
    }

    @PostMapping("/evidence")
    String decideEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId,
                          @PathVariable long unitId, @RequestParam long evidenceId, @RequestParam String node,
                          @RequestParam String decision, @RequestParam(defaultValue = "") String reason,
                          @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(redirect, periodId, unitId, "node-" + node, () -> compilation.decideEvidence(user, periodId,
                        unitId, evidenceId, node, "ACCEPTED".equals(decision), reason, version),
                "Đã ghi quyết định về tài liệu");
    }

    @PostMapping("/compiled")
    String markCompiled(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId,
                        @PathVariable long unitId, RedirectAttributes redirect) {
        return act(redirect, periodId, unitId, "", () -> compilation.markCompiled(user, periodId, unitId),
                "Đã đánh dấu tổng hợp xong; Hội đồng có thể thẩm định");
    }

    @PostMapping("/reopen-compilation")
    String reopenCompilation(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId,
                             @PathVariable long unitId, @RequestParam(defaultValue = "") String reason,
                             RedirectAttributes redirect) {
        return act(redirect, periodId, unitId, "", () -> compilation.reopenCompilation(user, periodId, unitId,
                reason), "Đã mở lại tổng hợp");
    }

    @PostMapping("/sign-off")
    String signOff(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId, @PathVariable long unitId,
                   RedirectAttributes redirect) {
        return act(redirect, periodId, unitId, "", () -> council.signOff(user, periodId, unitId),
                "Hội đồng đã thông qua kết quả thẩm định của đơn vị");
    }

    @PostMapping("/reopen")
    String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId, @PathVariable long unitId,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(redirect, periodId, unitId, "", () -> council.reopen(user, periodId, unitId, reason),
                "Đã mở lại kết quả thẩm định");
    }

    @PostMapping("/threads")
    String ask(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId, @PathVariable long unitId,
               @RequestParam String node, @RequestParam(defaultValue = "") String question,
               @RequestParam(defaultValue = "false") boolean returned, RedirectAttributes redirect) {
        try {
            long id = clarifications.ask(user, periodId, unitId, node, question, returned).id();
            redirect.addFlashAttribute("message", "Đã gửi yêu cầu giải trình cho đơn vị");
            return "redirect:/appraisal/threads/" + id;
        } catch (AppraisalException e) {
            redirect.addFlashAttribute("problem", node + ": " + e.getMessage());
            return "redirect:/appraisal/periods/" + periodId + "/units/" + unitId + "#node-" + node;
        }
    }

    private String act(RedirectAttributes redirect, long periodId, long unitId, String anchor, Runnable action,
                       String success) {
        try {
            action.run();
            redirect.addFlashAttribute("message", success);
        } catch (AppraisalException | StaleLayerException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/appraisal/periods/" + periodId + "/units/" + unitId
                + (anchor.isEmpty() ? "" : "#" + anchor);
    }

    private Set<String> visibleGroups(CurrentUser user, long periodId, long unitId) {
        Appendix appendix;
        try {
            appendix = adjustments.appendixOf(periodId, unitId);
        } catch (AppraisalException e) {
            throw new NotVisibleException();
        }
        return access.visibleGroups(user, periodId, unitId, appendix).orElseThrow(NotVisibleException::new);
    }

    private String render(Model model, CurrentUser user, long periodId, long unitId, UnitAppraisalView.Typed typed) {
        Set<String> groups = visibleGroups(user, periodId, unitId);
        LayerScores.UnitLayers layers = scores.forUnit(periodId, unitId);
        UnitStage stage = council.stage(periodId, unitId);
        boolean department = user.role() == Role.ADMIN;
        boolean councilMember = user.role() == Role.COUNCIL;
        boolean agency = user.belongsTo(unitId);
        boolean wholeUnit = groups.size() == layers.appendix().groups().size();
        var view = UnitAppraisalView.of(layers, units.find(unitId).orElseThrow(), stage, groups,
                NodeAdjustments.layerOf(user),
                node -> adjustments.refusal(user, periodId, unitId, layers.appendix(), node),
                adjustments.checked(periodId, unitId), evidence.linkedTo(periodId, unitId),
                compilation.decisions(periodId, unitId), clarifications.ofUnit(user, periodId, unitId), department,
                councilMember, agency, (department || councilMember) && wholeUnit && stage.compiled()
                        && !stage.signedOff(), typed,
                "en".equals(LocaleContextHolder.getLocale().getLanguage()));
        model.addAttribute("view", view);
        if (typed.problem() != null) {
            model.addAttribute("problem", typed.nodeKey() + ": " + typed.problem());
        }
        return "appraisal/unit";
    }
}
