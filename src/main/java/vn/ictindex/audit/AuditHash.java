package vn.ictindex.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of an audit entry (docs/audit.md): SHA-256, in lower-case hex, of the UTF-8 bytes of
 * <pre>ictindex-audit-v1</pre> followed, for each field in this order, by a line feed and the field:
 * id, occurred_at (microseconds since 1970-01-01T00:00:00Z), actor, action, subject_type, subject_id, unit_id,
 * period_id, old_value, new_value, reason, previous_hash. A field is written as its length in UTF-8 bytes, a colon
 * and its text, or as {@code -} when null, so that no two different entries serialise alike.
 */
public final class AuditHash {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "ictindex-audit-v1";

    private AuditHash() {
    }

    /** The instant as stored: both databases keep microseconds. */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String of(long id, Instant occurredAt, String actor, String action, String subjectType,
                            String subjectId, Long unitId, Long periodId, String oldValue, String newValue,
                            String reason, String previousHash) {
        Instant at = stored(occurredAt);
        long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
        StringBuilder text = new StringBuilder(VERSION);
        for (Object field : new Object[]{id, micros, actor, action, subjectType, subjectId, unitId, periodId,
                oldValue, newValue, reason, previousHash}) {
            text.append('\n');
            if (field == null) {
                text.append('-');
            } else {
                String value = field.toString();
                text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String of(AuditEntry e, String previousHash) {
        return of(e.id(), e.occurredAt(), e.actor(), e.action(), e.subjectType(), e.subjectId(), e.unitId(),
                e.periodId(), e.oldValue(), e.newValue(), e.reason(), previousHash);
    }
}
