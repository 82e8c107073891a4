package vn.ictindex.audit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** A database written before the hash chain (V6) gets its existing entries hashed by migration V8. */
class AuditChainMigrationTests {

    @Test
    void entriesWrittenBeforeTheChainAreHashedAndTheChainGoesOnFromThem() {
        DriverManagerDataSource database = new DriverManagerDataSource("jdbc:h2:mem:audit-v6-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE,YEAR,MONTH;"
                + "DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("6").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        for (String[] row : new String[][]{{"admin", "UNIT_CREATED", "Sở Tư pháp"}, {"admin", "UNIT_UPDATED", null},
                {"stp.lanhdao", "SELF_ASSESSMENT_SUBMITTED", "Đã nộp – bản số 1"}}) {
            jdbc.sql("""
                            INSERT INTO audit_event (occurred_at, actor, action, subject_type, subject_id, unit_id,
                                new_value)
                            VALUES (TIMESTAMP WITH TIME ZONE '2026-03-05 08:15:30.123456+07', :actor, :action, 'unit',
                                '7', 7, :value)""")
                    .param("actor", row[0]).param("action", row[1]).param("value", row[2]).update();
        }

        Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .javaMigrations(new AuditChainMigration()).load().migrate();

        AuditTrail audit = new AuditTrail(jdbc, Clock.fixed(Instant.parse("2026-11-28T01:00:00Z"),
                ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(audit.verify()).isEqualTo(AuditVerification.intact(3));
        audit.record("admin", "UNIT_UPDATED", "unit", "7", 7L, null, null, "Sở Tư pháp tỉnh", null);
        assertThat(audit.verify()).isEqualTo(AuditVerification.intact(4));
        jdbc.sql("UPDATE audit_event SET new_value = 'Đã nộp' WHERE action = 'SELF_ASSESSMENT_SUBMITTED'").update();
        assertThat(audit.verify().brokenId()).isEqualTo(3L);
    }
}
