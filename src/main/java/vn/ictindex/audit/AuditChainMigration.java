package vn.ictindex.audit;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;

/**
 * Migration V8: the hash chain of the audit trail. Adds each entry's previous and own hash, hashes the entries already
 * written (from V6 on) in id order with {@link AuditHash}, and creates the one-row head that appends lock. A Java
 * migration because the hashes are computed by the same code that appends. Spring Boot hands Flyway every
 * {@link JavaMigration} bean.
 */
@Component
class AuditChainMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("8");
    }

    @Override
    public String getDescription() {
        return "audit hash chain";
    }

    @Override
    public Integer getChecksum() {
        return 8_001;                                 // change when the migration changes
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE audit_event ADD COLUMN previous_hash VARCHAR(64)");
            ddl.execute("ALTER TABLE audit_event ADD COLUMN entry_hash VARCHAR(64)");
            ddl.execute("""
                    CREATE TABLE audit_chain_head (
                        id        INT PRIMARY KEY CHECK (id = 1),
                        last_id   BIGINT      NOT NULL,
                        last_hash VARCHAR(64) NOT NULL
                    )""");
        }
        long lastId = 0;
        String previous = AuditHash.GENESIS;
        try (Statement read = connection.createStatement();
             ResultSet rs = read.executeQuery("SELECT * FROM audit_event ORDER BY id");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE audit_event SET previous_hash = ?, entry_hash = ? WHERE id = ?")) {
            int pending = 0;
            while (rs.next()) {
                long id = rs.getLong("id");
                String hash = AuditHash.of(id, rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
                        rs.getString("subject_id"), rs.getObject("unit_id", Long.class),
                        rs.getObject("period_id", Long.class), rs.getString("old_value"), rs.getString("new_value"),
                        rs.getString("reason"), previous);
                update.setString(1, previous);
                update.setString(2, hash);
                update.setLong(3, id);
                update.addBatch();
                if (++pending == 500) {
                    update.executeBatch();
                    pending = 0;
                }
                previous = hash;
                lastId = id;
            }
            update.executeBatch();
        }
        try (PreparedStatement head = connection.prepareStatement(
                "INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, ?, ?)")) {
            head.setLong(1, lastId);
            head.setString(2, previous);
            head.executeUpdate();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE audit_event ALTER COLUMN previous_hash SET NOT NULL");
            ddl.execute("ALTER TABLE audit_event ALTER COLUMN entry_hash SET NOT NULL");
            // no two entries can chain onto the same predecessor, even if the head's lock were bypassed
            ddl.execute("CREATE UNIQUE INDEX IF NOT EXISTS ux_audit_previous_hash ON audit_event (previous_hash)");
        }
    }
}
