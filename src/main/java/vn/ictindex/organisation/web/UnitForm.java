package vn.ictindex.organisation.web;

import org.springframework.validation.Errors;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.UnitKind;
import vn.ictindex.organisation.Units;

import java.time.LocalDate;

/**
 * A unit as typed in the form: every field a string, so that whatever the administrator typed comes back unchanged
 * when something is wrong. {@code validTo} is exclusive: the first day the unit no longer exists.
 */
record UnitForm(String code, String name, String shortName, String kind, String parentId, String defaultAppendix,
                String validFrom, String validTo, String note, Integer version) {

    static UnitForm empty() {
        return new UnitForm("", "", "", "", "", "", "", "", "", null);
    }

    static UnitForm of(Unit u) {
        return new UnitForm(u.code(), u.name(), u.shortName(), u.kind().name(),
                u.parentId() == null ? "" : u.parentId().toString(), u.defaultAppendix(),
                TypedDate.format(u.validFrom()), TypedDate.format(u.validTo()), u.note(), u.version());
    }

    /** The same input, to be saved over {@code newVersion} (after the user saw someone else's change). */
    UnitForm onVersion(int newVersion) {
        return new UnitForm(code, name, shortName, kind, parentId, defaultAppendix, validFrom, validTo, note,
                newVersion);
    }

    /**
     * Checks the input and returns the details to save, or null when {@code errors} got a problem.
     *
     * @param self the unit being edited, or null when creating one (then the code is read and checked)
     */
    Units.UnitDetails toDetails(Unit self, Errors errors) {
        String unitCode = self == null ? Typed.required(errors, "code", code, 60) : self.code();
        if (self == null && unitCode != null && !unitCode.matches(Units.CODE_PATTERN)) {
            errors.rejectValue("code", "unit.error.codeFormat",
                    "Mã đơn vị chỉ gồm chữ cái không dấu, chữ số, «.», «_», «-»");
        }
        String unitName = Typed.required(errors, "name", name, 300);
        String shortText = Typed.optional(errors, "shortName", shortName, 100);
        UnitKind unitKind = Typed.choice(errors, "kind", kind, UnitKind.class);
        Long parent = Typed.id(errors, "parentId", parentId);
        if (self != null && parent != null && parent == self.id()) {
            errors.rejectValue("parentId", "unit.error.parentSelf", "Đơn vị không thể trực thuộc chính nó");
        }
        String appendix = Typed.optional(errors, "defaultAppendix", defaultAppendix, 40);
        LocalDate from = Typed.date(errors, "validFrom", validFrom);
        LocalDate to = Typed.date(errors, "validTo", validTo);
        if (from != null && to != null && !to.isAfter(from)) {
            errors.rejectValue("validTo", "unit.error.validToBeforeFrom",
                    "Ngày ngừng hoạt động phải sau ngày bắt đầu hoạt động");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new Units.UnitDetails(unitCode, unitName, shortText, unitKind, parent, appendix, from, to,
                Typed.text(note));
    }
}
