package vn.ictindex.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ictindex.support.PostgresTest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many transactions appending at once on PostgreSQL: the head's row lock makes them take turns, so every entry
 * chains onto a different predecessor and the new part of the chain has no fork and no gap.
 */
@PostgresTest
class AuditChainConcurrencyPostgresTests {

    private static final int WRITERS = 6;
    private static final int EACH = 8;

    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void concurrentAppendsNeverChainOntoTheSameEntry() throws Exception {
        long before = jdbc.sql("SELECT last_id FROM audit_chain_head WHERE id = 1").query(Long.class).single();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < EACH; i++) {
                    int n = i;
                    transactions.executeWithoutResult(status -> audit.record("writer" + writer, "CONCURRENCY_TEST",
                            "test", writer + "-" + n, null, null, null, String.valueOf(n), null));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : writers) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        record Link(long id, String previous, String hash) {
        }
        List<Link> chain = jdbc.sql("SELECT id, previous_hash, entry_hash FROM audit_event WHERE id > :before "
                        + "ORDER BY id").param("before", before)
                .query((rs, n) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        assertThat(chain).hasSize(WRITERS * EACH);
        assertThat(chain).extracting(Link::id).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(before + 1, before + WRITERS * EACH).boxed().toList());
        for (int i = 1; i < chain.size(); i++) {
            assertThat(chain.get(i).previous()).as("entry %d", chain.get(i).id()).isEqualTo(chain.get(i - 1).hash());
        }
        assertThat(new HashSet<>(chain.stream().map(Link::previous).toList())).hasSize(chain.size());
        assertThat(jdbc.sql("SELECT last_hash FROM audit_chain_head WHERE id = 1").query(String.class).single())
                .isEqualTo(chain.get(chain.size() - 1).hash());
    }
}
