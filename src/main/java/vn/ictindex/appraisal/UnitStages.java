package vn.ictindex.appraisal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/** Reads and moves the stage of a unit (table {@code appraisal_unit}); callers check roles and audit. */
@Service
class UnitStages {

    private final JdbcClient jdbc;

    UnitStages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UnitStage of(long periodId, long unitId) {
        return jdbc.sql("SELECT * FROM appraisal_unit WHERE period_id = :p AND unit_id = :u")
                .param("p", periodId).param("u", unitId).query().listOfRows().stream().findFirst()
                .map(UnitStages::stage).orElse(UnitStage.NOT_STARTED);
    }

    Map<Long, UnitStage> ofPeriod(long periodId) {
        Map<Long, UnitStage> out = new HashMap<>();
        jdbc.sql("SELECT * FROM appraisal_unit WHERE period_id = :p").param("p", periodId).query().listOfRows()
                .forEach(r -> out.put(((Number) r.get("unit_id")).longValue(), stage(r)));
        return out;
    }

    /** Compilation has started: a row exists. */
    void start(long periodId, long unitId) {
        jdbc.sql("INSERT INTO appraisal_unit (period_id, unit_id, version) VALUES (:p, :u, 0) ON CONFLICT DO NOTHING")
                .param("p", periodId).param("u", unitId).update();
    }

    /** Sets one pair of columns, if the row is still at {@code version}; false when someone moved it meanwhile. */
    boolean set(long periodId, long unitId, int version, String column, Instant at, String by) {
        return jdbc.sql("UPDATE appraisal_unit SET " + column + "_at = :at, " + column + "_by = :by, "
                        + "version = version + 1 WHERE period_id = :p AND unit_id = :u AND version = :v")
                .param("at", at == null ? null : Timestamp.from(at)).param("by", by).param("p", periodId)
                .param("u", unitId).param("v", version).update() == 1;
    }

    private static UnitStage stage(Map<String, Object> r) {
        Instant compiledAt = instant(r.get("compiled_at"));
        Instant signedOffAt = instant(r.get("signed_off_at"));
        UnitStage.Status status = signedOffAt != null ? UnitStage.Status.SIGNED_OFF
                : compiledAt != null ? UnitStage.Status.COMPILED : UnitStage.Status.IN_COMPILATION;
        return new UnitStage(status, compiledAt, (String) r.get("compiled_by"), signedOffAt,
                (String) r.get("signed_off_by"), ((Number) r.get("version")).intValue());
    }

    /** A timestamp column as read by {@code listOfRows()}: H2 and PostgreSQL return different types. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
