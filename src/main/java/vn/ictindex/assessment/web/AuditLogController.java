package vn.ictindex.assessment.web;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.assessment.AuditLog;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.audit.AuditEntry;
import vn.ictindex.audit.AuditPage;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The audit trail page ({@code /audit}): the department filters by period, unit and action and checks the hash
 * chain; an agency sees its own unit's entries ({@code /audit?unit=own}). Who sees what is decided by
 * {@link AuditLog}.
 */
@Controller
@RequestMapping("/audit")
class AuditLogController {

    private final AuditLog log;
    private final Periods periods;
    private final Units units;
    private final MessageSource messages;

    AuditLogController(AuditLog log, Periods periods, Units units, MessageSource messages) {
        this.log = log;
        this.periods = periods;
        this.units = units;
        this.messages = messages;
    }

    /** One line of the table, with names and labels resolved. */
    record Line(AuditEntry entry, String action, String unit, String period) {
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String unit,
                @RequestParam(required = false) Long period, @RequestParam(required = false) String action,
                @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        AuditPage entries = log.read(user, unit, period, action, page);
        Map<Long, String> unitNames = units.all().stream()
                .collect(Collectors.toMap(Unit::id, Unit::name, (a, b) -> a, LinkedHashMap::new));
        Map<Long, String> periodNames = periods.all().stream()
                .collect(Collectors.toMap(Period::id, Period::title, (a, b) -> a, LinkedHashMap::new));
        Function<String, String> label = code -> messages.getMessage("audit.action." + code, null, code, locale);
        List<Line> lines = entries.entries().stream()
                .map(e -> new Line(e, label.apply(e.action()), e.unitId() == null ? "" : unitNames.getOrDefault(
                        e.unitId(), "#" + e.unitId()), e.periodId() == null ? "" : periodNames.getOrDefault(
                        e.periodId(), "#" + e.periodId())))
                .toList();
        boolean department = user.role() == Role.ADMIN;
        model.addAttribute("department", department);
        model.addAttribute("lines", lines);
        model.addAttribute("entries", entries);
        model.addAttribute("periods", periods.all());
        model.addAttribute("units", department ? units.all() : List.of());
        model.addAttribute("ownUnit", department ? "" : unitNames.getOrDefault(user.unitId(), ""));
        Map<String, String> actions = new LinkedHashMap<>();
        log.actions(user).forEach(code -> actions.put(code, label.apply(code)));
        model.addAttribute("actions", actions);
        model.addAttribute("unit", department ? (unit == null ? "" : unit) : AuditLog.OWN_UNIT);
        model.addAttribute("period", period);
        model.addAttribute("action", action == null ? "" : action);
        return "assessment/audit-log";
    }

    @PostMapping("/verify")
    String verify(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String unit,
                  @RequestParam(required = false) Long period, @RequestParam(required = false) String action,
                  Model model, Locale locale) {
        model.addAttribute("verification", log.verify(user));
        return page(user, unit, period, action, 0, model, locale);
    }
}
