package vn.ictindex.consultation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A consultation round on a draft criteria version.
 *
 * @param deadline  the last day comments are taken as on time (Vietnam's date); edits are refused after it
 * @param coverNote the letter sent with the draft: what changed, the deadline, and that no answer counts as agreement
 * @param version   for optimistic locking of edits of the round
 */
public record Consultation(long id, String criteriaCode, String criteriaVersion, String title, String coverNote,
                           LocalDate deadline, ConsultationStatus status, Instant createdAt, String createdBy,
                           Instant sentAt, Instant closedAt, int version) {

    /** The consulted draft as {@code code@version}. */
    public String draftId() {
        return criteriaCode + "@" + criteriaVersion;
    }

    /** Whether comments made on {@code day} are on time. */
    public boolean onTime(LocalDate day) {
        return !day.isAfter(deadline);
    }

    public boolean isOpen() {
        return status == ConsultationStatus.SENT;
    }
}
