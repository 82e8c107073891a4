package vn.ictindex.organisation.web;

import org.springframework.validation.Errors;
import vn.ictindex.organisation.LineageEvent;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;

import java.time.LocalDate;

/** A lineage event as typed on a unit's page. */
record LineageForm(String event, String date, String successorId, String successorText, String note) {

    static LineageForm empty() {
        return new LineageForm("", "", "", "", "");
    }

    /** Checks the input and returns the event to record, or null when {@code errors} got a problem. */
    Units.LineageDetails toDetails(Unit unit, Errors errors) {
        LineageEvent kind = Typed.choice(errors, "event", event, LineageEvent.class);
        LocalDate day = null;
        if (Typed.blank(date)) {
            errors.rejectValue("date", "unit.error.required", "Không được để trống");
        } else {
            day = Typed.date(errors, "date", date);
        }
        Long successor = Typed.id(errors, "successorId", successorId);
        String text = Typed.optional(errors, "successorText", successorText, 500);
        if (successor != null && successor == unit.id()) {
            errors.rejectValue("successorId", "unit.error.successorSelf", "Đơn vị kế thừa phải là một đơn vị khác");
        }
        if (kind != null && kind.hasSuccessor() && successor == null && text == null && !errors.hasFieldErrors(
                "successorId")) {
            errors.rejectValue("successorId", "unit.error.successorRequired",
                    "Cần chọn đơn vị kế thừa hoặc ghi tên đơn vị kế thừa");
        }
        if (kind != null && !kind.hasSuccessor() && (successor != null || text != null)) {
            errors.rejectValue("successorId", "unit.error.successorNotAllowed",
                    "Đơn vị giải thể không có đơn vị kế thừa");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new Units.LineageDetails(kind, day, successor, text, Typed.text(note));
    }
}
