package vn.ictindex.results.web;

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
import vn.ictindex.appraisal.ScoreLayer;
import vn.ictindex.appraisal.ScoreLayers;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;
import vn.ictindex.results.Objection;
import vn.ictindex.results.Objections;
import vn.ictindex.results.ResultsException;
import vn.ictindex.results.ResultsVisibility;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The council's (and the department's) list of objections of a period, each decided with a reason. */
@Controller
@RequestMapping("/results/objections")
class ObjectionsController {

    private final Objections objections;
    private final Periods periods;
    private final Units units;
    private final ScoreLayers layers;

    ObjectionsController(Objections objections, Periods periods, Units units, ScoreLayers layers) {
        this.objections = objections;
        this.periods = periods;
        this.units = units;
        this.layers = layers;
    }

    /** A decision as typed: upheld or not, the field changed and its new value when upheld, and the reason. */
    record DecisionForm(String outcome, String fieldKey, String newValue, String reason, int version) {
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long period, Model model) {
        requireDecider(user);
        Period shown = (period == null ? periods.current() : periods.find(period))
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        Map<Long, Map<String, String>> fields = new LinkedHashMap<>();
        Map<Long, Map<String, String>> finalValues = new LinkedHashMap<>();
        for (Objection o : objections.ofPeriod(shown.id())) {
            String appendixId = periods.appendixOf(shown.id(), o.unitId()).orElseThrow();
            Map<String, String> f = objections.fields(objections.appendix(shown.id(), appendixId), o.nodeKey());
            fields.put(o.id(), f);
            ScoreLayers.LayerValues values = layers.values(shown.id(), o.unitId(), ScoreLayer.FINAL);
            finalValues.put(o.id(), f.keySet().stream().collect(Collectors.toMap(k -> k, values::field,
                    (a, b) -> a, LinkedHashMap::new)));
        }
        model.addAttribute("period", shown);
        model.addAttribute("periods", periods.all());
        model.addAttribute("objections", objections.ofPeriod(shown.id()));
        model.addAttribute("fields", fields);
        model.addAttribute("finalValues", finalValues);
        model.addAttribute("names", units.all().stream().collect(Collectors.toMap(Unit::id, Unit::name)));
        return "results/objections";
    }

    @PostMapping("/{id}")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute DecisionForm form,
                  RedirectAttributes redirect) {
        requireDecider(user);
        Objection objection = objections.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        try {
            if (!"UPHELD".equals(form.outcome()) && !"REJECTED".equals(form.outcome())) {
                throw new ResultsException("Hãy chọn chấp nhận hoặc không chấp nhận kiến nghị");
            }
            objections.decide(user, id, form.version(), "UPHELD".equals(form.outcome()), form.fieldKey(),
                    form.newValue(), form.reason());
            redirect.addFlashAttribute("message", "Đã quyết định kiến nghị #" + id);
        } catch (ResultsException | vn.ictindex.appraisal.LayerException
                 | vn.ictindex.appraisal.StaleLayerException e) {
            redirect.addFlashAttribute("error", "Kiến nghị #" + id + ": " + e.getMessage());
            redirect.addFlashAttribute("typed", form);
            redirect.addFlashAttribute("typedId", id);
        }
        return "redirect:/results/objections?period=" + objection.periodId();
    }

    private static void requireDecider(CurrentUser user) {
        if (!ResultsVisibility.seesEverything(user)) {
            throw new ResponseStatusException(FORBIDDEN);
        }
    }
}
