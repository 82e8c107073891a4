package vn.ictindex.criteria;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ictindex.support.PostgresTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Importing on PostgreSQL with real commits: the version and its audit entry are one transaction, and two imports of
 * the same version racing each other store one and tell the other that it exists.
 */
@PostgresTest
class CriteriaImportsPostgresTests {

    @Autowired
    CriteriaImports imports;

    @Autowired
    CriteriaVersions versions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    /** A code no earlier run left behind, since these tests commit. */
    private final String code = "PG-IMPORT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @AfterEach
    void removeWhatTheTestCommitted() {
        jdbc.sql("DELETE FROM audit_event WHERE subject_id LIKE :code").param("code", code + "@%").update();
        jdbc.sql("DELETE FROM criteria_appendix WHERE version_id IN (SELECT id FROM criteria_version WHERE code = :code)")
                .param("code", code).update();
        jdbc.sql("DELETE FROM criteria_version WHERE code = :code").param("code", code).update();
    }

    private static CriteriaUpload upload(String name, String text) throws IOException {
        return CriteriaUpload.read(name, new ByteArrayInputStream(ImportFixtures.utf8(text)));
    }

    private int auditEntries() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_id = :id AND action = :action")
                .param("id", code + "@1").param("action", CriteriaImports.IMPORTED).query(Integer.class).single();
    }

    @Test
    void anImportIsCommittedWithItsAuditEntry() throws IOException {
        CriteriaVersion imported = imports.importFile(upload("moi.yaml", ImportFixtures.everyRuleAs(code, "1")),
                "admin");

        assertThat(versions.find(code, "1")).contains(imported);
        assertThat(auditEntries()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT loaded_from FROM criteria_version WHERE code = :code").param("code", code)
                .query(String.class).single()).isEqualTo("moi.yaml");
    }

    @Test
    void aFileWithProblemsLeavesNoTrace() {
        assertThatThrownBy(() -> imports.importFile(upload("sai.yaml", ImportFixtures.withThreeProblems(code)),
                "admin"))
                .isInstanceOfSatisfying(CriteriaFileException.class,
                        e -> assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(3));

        assertThat(versions.exists(code, "1")).isFalse();
        assertThat(auditEntries()).isZero();
    }

    @Test
    void aVersionWhoseAuditEntryCannotBeWrittenIsNotStoredEither() {
        assertThatThrownBy(() -> imports.importFile(upload("moi.yaml", ImportFixtures.everyRuleAs(code, "1")), null))
                .isNotInstanceOf(CriteriaVersionExistsException.class);

        assertThat(versions.exists(code, "1")).isFalse();
    }

    @Test
    void aDoubleSubmissionRacingTheFirstIsToldTheVersionExists() throws Exception {
        CriteriaUpload upload = upload("hai-lan.yaml", ImportFixtures.everyRuleAs(code, "1"));
        CountDownLatch firstStored = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                imports.importFile(upload, "admin");
                firstStored.countDown();
                await(commitFirst);
            }));
            assertThat(firstStored.await(30, TimeUnit.SECONDS)).isTrue();
            // The second passes the existence check (the first has not committed) and waits on the unique index.
            Future<Throwable> second = threads.submit(() -> {
                try {
                    imports.importFile(upload, "admin");
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            waitUntilAnInsertWaitsForALock();
            commitFirst.countDown();

            first.get(30, TimeUnit.SECONDS);
            assertThat(second.get(30, TimeUnit.SECONDS)).isInstanceOf(CriteriaVersionExistsException.class)
                    .hasMessageContaining(code + "@1");
        } finally {
            commitFirst.countDown();
            threads.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM criteria_version WHERE code = :code").param("code", code)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(auditEntries()).isEqualTo(1);
    }

    private void waitUntilAnInsertWaitsForALock() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            int waiting = jdbc.sql("""
                            SELECT COUNT(*) FROM pg_stat_activity
                            WHERE datname = current_database() AND wait_event_type = 'Lock'
                              AND query LIKE '%INSERT INTO criteria_version%'""")
                    .query(Integer.class).single();
            if (waiting > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the second import never waited for the first one's row");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the first import commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
