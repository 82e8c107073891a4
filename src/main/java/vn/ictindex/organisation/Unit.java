package vn.ictindex.organisation;

import java.time.LocalDate;

/**
 * An evaluated unit (cơ quan, đơn vị): an agency or a locality.
 *
 * @param code            stable identifier, never reused
 * @param defaultAppendix the appendix (target group) it is usually evaluated under, e.g. PL-I; a period may differ
 * @param validFrom       first day it exists, or null when unknown
 * @param validTo         first day it no longer exists (exclusive), or null while it exists
 * @param version         for optimistic locking of edits
 */
public record Unit(long id, String code, String name, String shortName, UnitKind kind, Long parentId,
                   String defaultAppendix, LocalDate validFrom, LocalDate validTo, String note, int version) {

    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
    }

    public String displayName() {
        return name;
    }
}
