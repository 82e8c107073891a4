package vn.ictindex.appraisal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A council session (phiên họp Hội đồng thẩm định): the day, who was present, the units appraised, notes. */
public record CouncilSession(long id, long periodId, LocalDate heldOn, List<String> members, List<Long> unitIds,
                            String notes, String recordedBy, Instant recordedAt) {

    public CouncilSession {
        members = List.copyOf(members);
        unitIds = List.copyOf(unitIds);
    }
}
