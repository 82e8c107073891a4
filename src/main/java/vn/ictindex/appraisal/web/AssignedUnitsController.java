package vn.ictindex.appraisal.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.appraisal.AppraisalAccess;
import vn.ictindex.appraisal.CouncilWork;
import vn.ictindex.appraisal.UnitStage;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.PeriodPhase;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.PhaseNotice;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;
import vn.ictindex.organisation.VietnameseOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/** A council member's work: the units it may appraise (whole, or some criteria groups), and where each stands. */
@Controller
class AssignedUnitsController {

    private final AppraisalAccess access;
    private final CouncilWork council;
    private final Periods periods;
    private final CriteriaVersions criteria;
    private final Units units;

    AssignedUnitsController(AppraisalAccess access, CouncilWork council, Periods periods, CriteriaVersions criteria,
                            Units units) {
        this.access = access;
        this.council = council;
        this.periods = periods;
        this.criteria = criteria;
        this.units = units;
    }

    record Row(Unit unit, String appendixId, Set<String> groups, boolean wholeUnit, UnitStage stage) {
    }

    @GetMapping("/appraisal/assigned")
    String assigned(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long period,
                    Model model) {
        if (user.role() != Role.COUNCIL) {
            throw new ResponseStatusException(FORBIDDEN);
        }
        Period chosen = (period == null ? periods.current() : periods.find(period))
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        CriteriaVersion version = criteria.find(chosen.criteriaCode(), chosen.criteriaVersion()).orElseThrow();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Long, String> p : periods.participants(chosen.id()).entrySet()) {
            var found = version.appendix(p.getValue());
            if (found.isEmpty()) {
                continue;
            }
            var appendix = found.get();
            access.visibleGroups(user, chosen.id(), p.getKey(), appendix).ifPresent(groups -> rows.add(new Row(
                    units.find(p.getKey()).orElseThrow(), p.getValue(), groups,
                    groups.size() == appendix.groups().size(), council.stage(chosen.id(), p.getKey()))));
        }
        rows.sort(VietnameseOrder.by(r -> r.unit().name()));
        model.addAttribute("period", chosen);
        model.addAttribute("phaseNotice", PhaseNotice.of(chosen, PeriodPhase.APPRAISAL, periods.today()).orElse(null));
        model.addAttribute("periods", periods.all());
        model.addAttribute("rows", rows);
        return "appraisal/assigned";
    }
}
