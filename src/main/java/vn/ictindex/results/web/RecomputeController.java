package vn.ictindex.results.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.assessment.Periods;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;
import vn.ictindex.results.ResultSnapshot;
import vn.ictindex.results.ResultSnapshots;
import vn.ictindex.results.ResultsException;
import vn.ictindex.results.SnapshotKind;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * An explicit recompute: the department first sees which units would move (total, class or rank, old → new) against
 * the latest snapshot, then saves a new snapshot with a reason.
 */
@Controller
@RequestMapping("/results/{periodId}/{appendixId}/recompute")
class RecomputeController {

    private final ResultSnapshots snapshots;
    private final Periods periods;
    private final Units units;

    RecomputeController(ResultSnapshots snapshots, Periods periods, Units units) {
        this.snapshots = snapshots;
        this.periods = periods;
        this.units = units;
    }

    /** What the administrator typed; {@code basedOn} is the snapshot the preview was compared with. */
    record RecomputeForm(String kind, String reason, Long basedOn) {
    }

    @GetMapping
    String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId,
                   @PathVariable String appendixId, Model model) {
        GroupResultsController.requireAdmin(user);
        return page(periodId, appendixId, null, model);
    }

    @PostMapping
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long periodId,
                @PathVariable String appendixId, @ModelAttribute RecomputeForm form, Model model,
                RedirectAttributes redirect) {
        GroupResultsController.requireAdmin(user);
        try {
            SnapshotKind kind = form.kind() == null ? null : SnapshotKind.valueOf(form.kind());
            if (kind == null) {
                throw new ResultsException("Hãy chọn loại kết quả: sơ bộ hay chính thức");
            }
            ResultSnapshot saved = snapshots.save(user.username(), periodId, appendixId, kind, form.reason(),
                    form.basedOn());
            redirect.addFlashAttribute("message", "Đã lưu bản kết quả #" + saved.id() + " (" + kind.label() + ")");
            return "redirect:/results/" + periodId + "/" + appendixId;
        } catch (ResultsException | IllegalArgumentException e) {
            model.addAttribute("error", e instanceof ResultsException ? e.getMessage()
                    : "Loại kết quả không hợp lệ");
            return page(periodId, appendixId, form, model);
        }
    }

    private String page(long periodId, String appendixId, RecomputeForm typed, Model model) {
        if (periods.find(periodId).isEmpty() || !snapshots.appendices(periodId).contains(appendixId)) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        ResultSnapshots.Preview preview = snapshots.preview(periodId, appendixId);
        Map<Long, String> names = units.all().stream().collect(Collectors.toMap(Unit::id, Unit::name));
        model.addAttribute("period", periods.find(periodId).orElseThrow());
        model.addAttribute("appendixId", appendixId);
        model.addAttribute("preview", preview);
        model.addAttribute("names", names);
        // what was typed is kept, but always compared with the latest snapshot: after a refused save the page shows
        // what would move now
        model.addAttribute("form", typed != null ? new RecomputeForm(typed.kind(), typed.reason(), preview.againstId())
                : new RecomputeForm(preview.against().isEmpty() ? SnapshotKind.PRELIMINARY.name()
                : SnapshotKind.FINAL.name(), "", preview.againstId()));
        model.addAttribute("kinds", SnapshotKind.values());
        return "results/recompute";
    }
}
