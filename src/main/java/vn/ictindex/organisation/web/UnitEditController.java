package vn.ictindex.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ictindex.organisation.LineageEvent;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.UnitChangeException;
import vn.ictindex.organisation.UnitCodeTakenException;
import vn.ictindex.organisation.UnitKind;
import vn.ictindex.organisation.Units;

import java.security.Principal;
import java.util.List;

/**
 * Adding a unit, editing one, and recording its lineage events. Problems come back next to their field with the
 * input kept; a concurrent edit is shown with the saved values beside the user's input.
 */
@Controller
@RequestMapping("/admin/units")
class UnitEditController {

    static final List<String> APPENDICES = List.of("PL-I", "PL-II", "PL-III", "PL-IV");
    private static final String PAGE = "organisation/unit-edit";

    private final Units units;

    UnitEditController(Units units) {
        this.units = units;
    }

    @GetMapping("/new")
    String newUnit(Model model) {
        model.addAttribute("form", UnitForm.empty());
        return page(null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") UnitForm form, BindingResult errors, Principal principal, Model model,
                  RedirectAttributes redirect) {
        Units.UnitDetails details = form.toDetails(null, errors);
        if (details == null) {
            return page(null, model);
        }
        try {
            Unit created = units.create(details, principal.getName());
            redirect.addFlashAttribute("created", created.name());
            return "redirect:/admin/units";
        } catch (UnitCodeTakenException | DuplicateKeyException e) {
            errors.rejectValue("code", "unit.error.codeTaken", new Object[]{details.code()}, e.getMessage());
        } catch (UnitChangeException e) {
            reject(errors, e);
        }
        return page(null, model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Unit unit = unit(id);
        model.addAttribute("form", UnitForm.of(unit));
        return page(unit, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") UnitForm form, BindingResult errors,
                  Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Unit unit = unit(id);
        Units.UnitDetails details = form.toDetails(unit, errors);
        if (details == null) {
            return page(unit, model);
        }
        try {
            if (form.version() == null) {
                throw new OptimisticLockingFailureException("no version in the form");
            }
            units.update(id, form.version(), details, principal.getName());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/units/" + id;
        } catch (OptimisticLockingFailureException e) {
            // Show what is saved now and let a second save knowingly replace it.
            Unit saved = unit(id);
            model.addAttribute("conflict", saved);
            model.addAttribute("form", form.onVersion(saved.version()));
            response.setStatus(HttpStatus.CONFLICT.value());
        } catch (UnitChangeException e) {
            reject(errors, e);
        }
        return page(unit, model);
    }

    @PostMapping("/{id}/lineage")
    String addLineage(@PathVariable long id, @ModelAttribute("lineageForm") LineageForm form, BindingResult errors,
                      Principal principal, Model model, RedirectAttributes redirect) {
        Unit unit = unit(id);
        Units.LineageDetails details = form.toDetails(unit, errors);
        if (details != null) {
            try {
                units.addLineage(id, details, principal.getName());
                redirect.addFlashAttribute("lineageAdded", true);
                return "redirect:/admin/units/" + id + "#lineage";
            } catch (UnitChangeException e) {
                reject(errors, e);
            }
        }
        model.addAttribute("form", UnitForm.of(unit));
        return page(unit, model);
    }

    private String page(Unit unit, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("appendices", APPENDICES);
        List<Unit> others = units.all().stream().filter(u -> unit == null || u.id() != unit.id()).toList();
        model.addAttribute("otherUnits", others);
        if (unit != null) {
            model.addAttribute("lineage", units.lineage(unit.id()));
            model.addAttribute("events", LineageEvent.values());
            if (!model.containsAttribute("lineageForm")) {
                model.addAttribute("lineageForm", LineageForm.empty());
            }
        }
        return PAGE;
    }

    private Unit unit(long id) {
        return units.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void reject(Errors errors, UnitChangeException e) {
        if (e.field() == null) {
            errors.reject(e.code(), e.getMessage());
        } else {
            errors.rejectValue(e.field(), e.code(), e.getMessage());
        }
    }
}
