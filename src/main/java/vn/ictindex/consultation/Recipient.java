package vn.ictindex.consultation;

import java.time.Instant;

/**
 * One consulted party of a round: a unit (any of its specialists and heads answer for it) or a council member.
 *
 * @param name            the unit's or the member's name when the round was prepared
 * @param letterReference the number and date of the recipient's answering letter, if it gives one
 */
public record Recipient(long id, long consultationId, Long unitId, Long accountId, String name, Instant agreedAt,
                        String agreedBy, boolean agreedLate, String letterReference) {

    public boolean isUnit() {
        return unitId != null;
    }
}
