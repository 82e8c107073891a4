package vn.ictindex.audit.cli;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.audit.AuditTrail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code audit verify}: exit code and Vietnamese message, on a chain written by the application and then altered. */
@SpringBootTest
@Transactional
class AuditCommandLineTests {

    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AuditCommandLine.run(args, () -> trail, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void freshChainOfTwo() {
        jdbc.sql("DELETE FROM audit_event").update();
        jdbc.sql("UPDATE audit_chain_head SET last_id = 0, last_hash = :g").param("g", "0".repeat(64)).update();
        trail.record("admin", "UNIT_CREATED", "unit", "1", 1L, null, null, "Sở Tư pháp", null);
        trail.record("admin", "UNIT_UPDATED", "unit", "1", 1L, null, "Sở Tư pháp", "Sở Tư pháp tỉnh", null);
    }

    @Test
    void anIntactChainExitsWithZero() {
        freshChainOfTwo();

        assertThat(run("audit", "verify")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("nguyên vẹn", "2 bản ghi");
    }

    @Test
    void aTamperedChainExitsWithOneAndNamesTheEntry() {
        freshChainOfTwo();
        long last = jdbc.sql("SELECT MAX(id) FROM audit_event").query(Long.class).single();
        jdbc.sql("UPDATE audit_event SET new_value = 'Sở Tư pháp (sửa)' WHERE id = :id").param("id", last).update();

        assertThat(run("audit", "verify")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bị can thiệp tại bản ghi số " + last, "bị sửa");
    }

    @Test
    void aWrongCommandPrintsTheUsageWithoutStartingTheApplication() {
        int code = AuditCommandLine.run(new String[]{"audit", "check"}, () -> {
            throw new AssertionError("must not start");
        }, new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("audit verify");
    }
}
