package vn.ictindex.assessment;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.audit.AuditPage;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.audit.AuditVerification;

/**
 * Who may read which part of the audit trail: the department reads all of it, by unit, period and action, and checks
 * the hash chain; an agency's specialist or head reads the entries about its own unit only. Here rather than in
 * {@code audit} because the rule needs accounts, and accounts write to the audit trail.
 */
@Service
public class AuditLog {

    /** The value of the unit filter that means "my unit" for an agency. */
    public static final String OWN_UNIT = "own";
    public static final int PAGE_SIZE = 50;

    private final AuditTrail trail;

    AuditLog(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * One page of entries the user may see, newest first.
     *
     * @param unit "own", a unit id, or blank for every unit (the department only)
     * @throws AccessDeniedException for council members and viewers, and for an agency asking for another unit
     */
    public AuditPage read(CurrentUser user, String unit, Long periodId, String action, int page) {
        return trail.search(unitScope(user, unit), periodId, blankToNull(action), page, PAGE_SIZE);
    }

    /** The unit whose entries the user reads for the requested one; null means every unit. */
    public Long unitScope(CurrentUser user, String unit) {
        String requested = unit == null ? "" : unit.strip();
        if (user.role() == Role.ADMIN) {
            if (requested.isEmpty() || requested.equals(OWN_UNIT)) {
                return null;
            }
            return parse(requested);
        }
        if ((user.role() == Role.SPECIALIST || user.role() == Role.HEAD) && user.unitId() != null) {
            if (requested.isEmpty() || requested.equals(OWN_UNIT) || parse(requested) == user.unitId()) {
                return user.unitId();
            }
            throw new AccessDeniedException("an agency reads only its own unit's audit entries");
        }
        throw new AccessDeniedException("the audit trail is for the department and the agencies");
    }

    /** The actions the user may filter by: every recorded action for the department, its unit's for an agency. */
    public java.util.List<String> actions(CurrentUser user) {
        Long scope = unitScope(user, OWN_UNIT);
        return scope == null ? trail.actions() : trail.actionsOf(scope);
    }

    /** Checks the whole hash chain; the department only. */
    public AuditVerification verify(CurrentUser user) {
        if (user.role() != Role.ADMIN) {
            throw new AccessDeniedException("only the department checks the audit trail");
        }
        return trail.verify();
    }

    private static long parse(String unit) {
        try {
            return Long.parseLong(unit);
        } catch (NumberFormatException e) {
            throw new AccessDeniedException("no such unit: " + unit);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
