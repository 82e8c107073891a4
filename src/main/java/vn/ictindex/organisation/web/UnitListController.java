package vn.ictindex.organisation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.UnitKind;
import vn.ictindex.organisation.Units;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The register of units for the department administrator, filtered by kind, appendix and words. */
@Controller
class UnitListController {

    private final Units units;
    private final Clock clock;

    UnitListController(Units units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    /** A line of the list; {@code ended}: no longer exists today, {@code notStarted}: does not exist yet. */
    record UnitRow(Unit unit, boolean ended, boolean notStarted) {
    }

    @GetMapping("/admin/units")
    String list(@ModelAttribute("filter") UnitFilter filter, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<Unit> all = units.all();
        model.addAttribute("rows", all.stream().filter(filter::matches)
                .map(u -> new UnitRow(u, u.validTo() != null && !today.isBefore(u.validTo()),
                        u.validFrom() != null && today.isBefore(u.validFrom())))
                .toList());
        model.addAttribute("total", all.size());
        model.addAttribute("filterActive", filter.active());
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("appendices", all.stream().map(Unit::defaultAppendix).filter(Objects::nonNull)
                .distinct().sorted().toList());
        return "organisation/unit-list";
    }
}
