package vn.ictindex.criteria;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.criteria.Crosswalk.Entry;
import vn.ictindex.criteria.Crosswalk.Kind;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The crosswalks between criteria versions: the one the department confirmed, or else the proposal made from the two
 * versions. Year-over-year comparison reads them through {@link #between}.
 */
@Service
public class Crosswalks {

    public static final String CONFIRMED = "CRITERIA_CROSSWALK_CONFIRMED";

    private final JdbcClient jdbc;
    private final CriteriaVersions versions;
    private final AuditTrail audit;
    private final Clock clock;

    Crosswalks(JdbcClient jdbc, CriteriaVersions versions, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The crosswalk from version {@code fromId} to {@code toId} ({@code CODE@VERSION}): as confirmed, or proposed when
     * not confirmed yet; empty when either version is unknown.
     */
    public Optional<Crosswalk> between(String fromId, String toId) {
        Optional<CriteriaVersion> from = find(fromId);
        Optional<CriteriaVersion> to = find(toId);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        record Header(long id, String by, Timestamp at, int lock) {
        }
        Optional<Header> stored = jdbc.sql("""
                        SELECT id, confirmed_by, confirmed_at, lock_version FROM criteria_crosswalk
                        WHERE from_version = :from AND to_version = :to""")
                .param("from", fromId).param("to", toId)
                .query((rs, n) -> new Header(rs.getLong("id"), rs.getString("confirmed_by"),
                        rs.getTimestamp("confirmed_at"), rs.getInt("lock_version")))
                .optional();
        if (stored.isEmpty()) {
            return Optional.of(new Crosswalk(fromId, toId, CrosswalkProposals.propose(from.get(), to.get()), false,
                    null, null, 0));
        }
        Header h = stored.get();
        List<Entry> entries = jdbc.sql("""
                        SELECT from_appendix, from_key, to_appendix, to_key, kind, note FROM criteria_crosswalk_entry
                        WHERE crosswalk_id = :id ORDER BY position""")
                .param("id", h.id())
                .query((rs, n) -> new Entry(rs.getString("from_appendix"), rs.getString("from_key"),
                        rs.getString("to_appendix"), rs.getString("to_key"), Kind.valueOf(rs.getString("kind")),
                        rs.getString("note")))
                .list();
        return Optional.of(new Crosswalk(fromId, toId, entries, true, h.by(), h.at().toInstant(), h.lock()));
    }

    /**
     * Problems of a crosswalk's entries, by entry index: a missing key, a key that is not in its version, a kind that
     * does not fit the keys given. Empty when it can be confirmed.
     */
    public Map<Integer, String> problems(String fromId, String toId, List<Entry> entries) {
        CriteriaVersion from = find(fromId).orElseThrow();
        CriteriaVersion to = find(toId).orElseThrow();
        Map<Integer, String> problems = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String problem = null;
            boolean hasFrom = e.fromKey() != null;
            boolean hasTo = e.toKey() != null;
            if (e.kind() == null) {
                problem = "Chọn loại tương ứng";
            } else if (e.kind() == Kind.NEW && (hasFrom || !hasTo)) {
                problem = "Tiêu chí mới chỉ có mã mới, không có mã cũ";
            } else if (e.kind() == Kind.REMOVED && (hasTo || !hasFrom)) {
                problem = "Tiêu chí bị bỏ chỉ có mã cũ, không có mã mới";
            } else if (e.kind() != Kind.NEW && e.kind() != Kind.REMOVED && (!hasFrom || !hasTo)) {
                problem = "Cần cả mã cũ và mã mới";
            } else if (hasFrom && !exists(from, e.fromAppendix(), e.fromKey())) {
                problem = "Không có tiêu chí " + e.fromKey() + " trong " + e.fromAppendix() + " của " + fromId;
            } else if (hasTo && !exists(to, e.toAppendix(), e.toKey())) {
                problem = "Không có tiêu chí " + e.toKey() + " trong " + e.toAppendix() + " của " + toId;
            }
            if (problem != null) {
                problems.put(i, problem);
            }
        }
        return problems;
    }

    /**
     * Stores the crosswalk as the department confirmed it, replacing an earlier confirmation.
     *
     * @param expectedLock the lock version the page showed (0 for a first confirmation, then 1, 2...)
     * @throws CrosswalkException  with the problems by entry index; nothing was stored
     * @throws StaleDraftException when someone confirmed it in the meantime
     */
    @Transactional
    public Crosswalk confirm(String fromId, String toId, List<Entry> entries, int expectedLock, String actor) {
        Map<Integer, String> problems = problems(fromId, toId, entries);
        if (!problems.isEmpty()) {
            throw new CrosswalkException(problems);
        }
        Timestamp now = Timestamp.from(clock.instant());
        Optional<Long> existing = jdbc.sql("""
                        SELECT id FROM criteria_crosswalk WHERE from_version = :from AND to_version = :to""")
                .param("from", fromId).param("to", toId).query(Long.class).optional();
        long id;
        if (existing.isEmpty()) {
            if (expectedLock != 0) {
                throw StaleDraftException.crosswalk(fromId + " → " + toId);
            }
            try {
                jdbc.sql("""
                                INSERT INTO criteria_crosswalk (from_version, to_version, confirmed_by, confirmed_at,
                                    lock_version)
                                VALUES (:from, :to, :by, :at, 1)""")
                        .param("from", fromId).param("to", toId).param("by", actor).param("at", now).update();
            } catch (DuplicateKeyException e) {
                throw StaleDraftException.crosswalk(fromId + " → " + toId);
            }
            id = jdbc.sql("SELECT id FROM criteria_crosswalk WHERE from_version = :from AND to_version = :to")
                    .param("from", fromId).param("to", toId).query(Long.class).single();
        } else {
            id = existing.get();
            int updated = jdbc.sql("""
                            UPDATE criteria_crosswalk SET confirmed_by = :by, confirmed_at = :at,
                                lock_version = lock_version + 1
                            WHERE id = :id AND lock_version = :lock""")
                    .param("by", actor).param("at", now).param("id", id).param("lock", expectedLock).update();
            if (updated == 0) {
                throw StaleDraftException.crosswalk(fromId + " → " + toId);
            }
            jdbc.sql("DELETE FROM criteria_crosswalk_entry WHERE crosswalk_id = :id").param("id", id).update();
        }
        int position = 0;
        for (Entry e : entries) {
            jdbc.sql("""
                            INSERT INTO criteria_crosswalk_entry (crosswalk_id, position, from_appendix, from_key,
                                to_appendix, to_key, kind, note)
                            VALUES (:id, :position, :fromAppendix, :fromKey, :toAppendix, :toKey, :kind, :note)""")
                    .param("id", id).param("position", position++)
                    .param("fromAppendix", e.fromKey() == null ? null : e.fromAppendix()).param("fromKey", e.fromKey())
                    .param("toAppendix", e.toKey() == null ? null : e.toAppendix()).param("toKey", e.toKey())
                    .param("kind", e.kind().name()).param("note", e.note())
                    .update();
        }
        Map<Kind, Long> counts = new java.util.EnumMap<>(Kind.class);
        entries.forEach(e -> counts.merge(e.kind(), 1L, Long::sum));
        audit.record(actor, CONFIRMED, "criteria_crosswalk", fromId + " → " + toId, null, null, null,
                entries.size() + " dòng: " + counts, null);
        return between(fromId, toId).orElseThrow();
    }

    private Optional<CriteriaVersion> find(String id) {
        int at = id == null ? -1 : id.lastIndexOf('@');
        return at < 0 ? Optional.empty() : versions.find(id.substring(0, at), id.substring(at + 1));
    }

    private static boolean exists(CriteriaVersion v, String appendixId, String key) {
        return appendixId != null && v.appendix(appendixId).flatMap(a -> a.node(key)).isPresent();
    }
}
