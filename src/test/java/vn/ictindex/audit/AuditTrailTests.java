package vn.ictindex.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain of the audit trail: a chain written through {@link AuditTrail#record} verifies, and every kind of
 * tampering made behind its back in SQL is found at the right entry. Each test starts a fresh chain inside its own
 * transaction, which is rolled back.
 */
@SpringBootTest
@Transactional
class AuditTrailTests {

    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    long first;
    long second;
    long third;

    @BeforeEach
    void threeEntriesOnAFreshChain() {
        jdbc.sql("DELETE FROM audit_event").update();
        jdbc.sql("UPDATE audit_chain_head SET last_id = 0, last_hash = :genesis").param("genesis", AuditHash.GENESIS)
                .update();
        audit.record("stp.chuyenvien", "EVIDENCE_UPLOADED", "EVIDENCE", "41", 7L, 3L, null, "Quyết định số 12",
                null);
        audit.record("stp.lanhdao", "SELF_ASSESSMENT_SUBMITTED", "self_assessment", "9", 7L, 3L, "COMPLETED",
                "SUBMITTED", "Nộp bản tự đánh giá – Sở Tư pháp");
        audit.record("admin", "PERIOD_EXTENSION_GRANTED", "period", "3", 7L, 3L, "30/11/2026", "05/12/2026",
                "Đơn vị xin gia hạn vì sự cố mạng");
        List<Long> ids = jdbc.sql("SELECT id FROM audit_event ORDER BY id").query(Long.class).list();
        first = ids.get(0);
        second = ids.get(1);
        third = ids.get(2);
    }

    @Test
    void entriesWrittenThroughTheTrailFormAnIntactChain() {
        AuditVerification result = audit.verify();

        assertThat(result.isIntact()).isTrue();
        assertThat(result.checked()).isEqualTo(3);
        assertThat(result.message()).isEqualTo("Nhật ký thay đổi nguyên vẹn: đã kiểm tra 3 bản ghi, chuỗi mã băm khớp.");
        List<String[]> links = jdbc.sql("SELECT previous_hash, entry_hash FROM audit_event ORDER BY id")
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).list();
        assertThat(links.get(0)[0]).isEqualTo(AuditHash.GENESIS);
        assertThat(links.get(1)[0]).isEqualTo(links.get(0)[1]);
        assertThat(links.get(2)[0]).isEqualTo(links.get(1)[1]);
        assertThat(links).allSatisfy(l -> assertThat(l[1]).matches("[0-9a-f]{64}"));
    }

    @Test
    void aValueChangedInTheDatabaseIsFoundAtItsEntry() {
        jdbc.sql("UPDATE audit_event SET new_value = '10/12/2026' WHERE id = :id").param("id", third).update();

        AuditVerification result = audit.verify();

        assertThat(result.brokenId()).isEqualTo(third);
        assertThat(result.checked()).isEqualTo(2);
        assertThat(result.message()).isEqualTo("Nhật ký thay đổi đã bị can thiệp tại bản ghi số " + third
                + ": nội dung không còn khớp với mã băm đã ghi (bản ghi đã bị sửa).");
    }

    @Test
    void aChangedActorOrTimeIsFoundToo() {
        jdbc.sql("UPDATE audit_event SET actor = 'admin' WHERE id = :id").param("id", second).update();
        assertThat(audit.verify().brokenId()).isEqualTo(second);
        jdbc.sql("UPDATE audit_event SET actor = 'stp.lanhdao', occurred_at = occurred_at + INTERVAL '1' DAY "
                + "WHERE id = :id").param("id", second).update();
        assertThat(audit.verify().brokenId()).isEqualTo(second);
    }

    @Test
    void aChangeWhoseHashWasRecomputedBreaksTheLinkOfTheNextEntry() {
        AuditEntry entry = audit.forUnit(7, 3).get(1);
        String previous = jdbc.sql("SELECT previous_hash FROM audit_event WHERE id = :id").param("id", second)
                .query(String.class).single();
        AuditEntry forged = new AuditEntry(entry.id(), entry.occurredAt(), entry.actor(), entry.action(),
                entry.subjectType(), entry.subjectId(), entry.unitId(), entry.periodId(), entry.oldValue(),
                "RETURNED", entry.reason());
        jdbc.sql("UPDATE audit_event SET new_value = 'RETURNED', entry_hash = :hash WHERE id = :id")
                .param("hash", AuditHash.of(forged, previous)).param("id", second).update();

        AuditVerification result = audit.verify();

        assertThat(result.brokenId()).isEqualTo(third);
        assertThat(result.problem()).contains("không nối với bản ghi số " + second);
    }

    @Test
    void aDeletedEntryIsFoundAtTheEntryAfterIt() {
        jdbc.sql("DELETE FROM audit_event WHERE id = :id").param("id", second).update();

        AuditVerification result = audit.verify();

        assertThat(result.brokenId()).isEqualTo(third);
        assertThat(result.problem()).isEqualTo("không nối với bản ghi số " + first
                + " đứng trước nó (có bản ghi đã bị xoá, chèn thêm hoặc đổi thứ tự).");
    }

    @Test
    void aDeletedFirstEntryIsFoundAtTheNewFirst() {
        jdbc.sql("DELETE FROM audit_event WHERE id = :id").param("id", first).update();

        assertThat(audit.verify().brokenId()).isEqualTo(second);
        assertThat(audit.verify().problem()).contains("bản ghi đầu tiên");
    }

    @Test
    void deletedLastEntriesAreFoundThroughTheHead() {
        jdbc.sql("DELETE FROM audit_event WHERE id = :id").param("id", third).update();

        AuditVerification result = audit.verify();

        assertThat(result.brokenId()).isEqualTo(third);
        assertThat(result.checked()).isEqualTo(2);
        assertThat(result.problem()).contains("bản ghi cuối cùng của chuỗi không còn", "số " + second);
    }

    @Test
    void reorderedEntriesAreFound() {
        jdbc.sql("UPDATE audit_event SET id = -1 WHERE id = :id").param("id", first).update();
        jdbc.sql("UPDATE audit_event SET id = :first WHERE id = :second").param("first", first)
                .param("second", second).update();
        jdbc.sql("UPDATE audit_event SET id = :second WHERE id = -1").param("second", second).update();

        AuditVerification result = audit.verify();

        assertThat(result.brokenId()).isEqualTo(first);
        assertThat(result.isIntact()).isFalse();
    }

    @Test
    void anEntryInsertedAroundTheTrailIsFound() {
        jdbc.sql("""
                        INSERT INTO audit_event (id, occurred_at, actor, action, subject_type, subject_id,
                            previous_hash, entry_hash)
                        SELECT id + 1, occurred_at, 'admin', 'SCORE_CHANGED', 'score', '1', entry_hash, :fake
                        FROM audit_event WHERE id = :third""")
                .param("fake", "f".repeat(64)).param("third", third).update();

        AuditVerification result = audit.verify();

        assertThat(result.brokenId()).isEqualTo(third + 1);
        assertThat(result.problem()).contains("không qua nhật ký");
    }

    @Test
    void theNextEntryChainsOnTheLastOne() {
        audit.record("admin", "UNIT_UPDATED", "unit", "7", 7L, null, "Sở Tư pháp", "Sở Tư pháp tỉnh", null);

        assertThat(audit.verify().checked()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT MAX(id) FROM audit_event").query(Long.class).single()).isEqualTo(third + 1);
    }

    @Test
    void searchFiltersByUnitPeriodAndActionNewestFirst() {
        audit.record("admin", "UNIT_UPDATED", "unit", "8", 8L, null, "Sở Y tế", "Sở Y tế tỉnh", null);

        AuditPage unit7 = audit.search(7L, 3L, null, 0, 2);
        assertThat(unit7.total()).isEqualTo(3);
        assertThat(unit7.pages()).isEqualTo(2);
        assertThat(unit7.entries()).extracting(AuditEntry::id).containsExactly(third, second);
        assertThat(audit.search(7L, 3L, null, 1, 2).entries()).extracting(AuditEntry::id).containsExactly(first);
        assertThat(audit.search(null, null, "UNIT_UPDATED", 0, 20).entries()).extracting(AuditEntry::unitId)
                .containsExactly(8L);
        assertThat(audit.search(8L, 3L, null, 0, 20).entries()).isEmpty();
    }
}
