package vn.ictindex.appraisal;

import java.time.Instant;

/**
 * A council member assigned either to one criteria group (a top-level node) of an appendix, for every unit of that
 * target group, or to one unit, for all its criteria.
 */
public record CouncilAssignment(long id, long periodId, String member, String appendixId, String groupKey, Long unitId,
                                String assignedBy, Instant assignedAt) {

    public boolean toUnit() {
        return unitId != null;
    }
}
