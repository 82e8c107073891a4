package vn.ictindex.criteria;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The criteria versions kept by the application. A version is stored as its canonical file, so what the database holds
 * is exactly what {@link CriteriaFormat} reads and writes; issued versions are never updated.
 */
@Service
public class CriteriaVersions {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, CriteriaVersion> parsed = new ConcurrentHashMap<>();

    CriteriaVersions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores a validated version.
     *
     * @param loadedFrom where it came from (a file name), shown to administrators
     * @throws CriteriaVersionExistsException if a version with the same code and version label is already stored
     */
    @Transactional
    public long store(CriteriaVersion version, String loadedFrom) {
        if (exists(version.code(), version.version())) {
            throw new CriteriaVersionExistsException(version.id());
        }
        String source = CriteriaFormat.write(version);
        long id = jdbc.sql("""
                        INSERT INTO criteria_version (code, version, title, status, decision_number, decision_date,
                            decision_signer, effective_from, supersedes, appendix_count, criteria_count, source,
                            source_sha256, loaded_from, loaded_at)
                        VALUES (:code, :version, :title, :status, :decisionNumber, :decisionDate, :signer,
                            :effectiveFrom, :supersedes, :appendixCount, :criteriaCount, :source, :sha, :loadedFrom,
                            :loadedAt)""")
                .param("code", version.code())
                .param("version", version.version())
                .param("title", version.title())
                .param("status", version.status().name())
                .param("decisionNumber", version.decision() == null ? null : version.decision().number())
                .param("decisionDate", version.decision() == null ? null : version.decision().date())
                .param("signer", version.decision() == null ? null : version.decision().signer())
                .param("effectiveFrom", version.effectiveFrom())
                .param("supersedes", version.supersedes())
                .param("appendixCount", version.appendices().size())
                .param("criteriaCount", version.appendices().stream().mapToInt(CriteriaVersions::leafCount).sum())
                .param("source", source)
                .param("sha", sha256(source))
                .param("loadedFrom", loadedFrom)
                .param("loadedAt", Timestamp.from(clock.instant()))
                .update();
        id = jdbc.sql("SELECT id FROM criteria_version WHERE code = :code AND version = :version")
                .param("code", version.code()).param("version", version.version()).query(Long.class).single();
        storeAppendices(id, version);
        return id;
    }

    private void storeAppendices(long id, CriteriaVersion version) {
        int position = 0;
        for (Appendix a : version.appendices()) {
            jdbc.sql("""
                            INSERT INTO criteria_appendix (version_id, position, appendix_id, title, target_group_code,
                                target_group_name, total_points, criteria_count)
                            VALUES (:versionId, :position, :appendixId, :title, :groupCode, :groupName, :total, :count)""")
                    .param("versionId", id).param("position", position++).param("appendixId", a.id())
                    .param("title", a.title()).param("groupCode", a.targetGroup().code())
                    .param("groupName", a.targetGroup().name()).param("total", a.totalPoints())
                    .param("count", leafCount(a))
                    .update();
        }
    }

    /**
     * Replaces a stored draft by its edited form.
     *
     * @param expectedLock the lock version the editor read; another edit since then makes this one stale
     * @return the new lock version
     * @throws VersionNotEditableException when the stored version is issued
     * @throws StaleDraftException         when the draft changed since {@code expectedLock} was read
     */
    @Transactional
    int replaceDraft(CriteriaVersion version, int expectedLock) {
        String source = CriteriaFormat.write(version);
        int updated = jdbc.sql("""
                        UPDATE criteria_version SET title = :title, status = :status, decision_number = :decisionNumber,
                            decision_date = :decisionDate, decision_signer = :signer, effective_from = :effectiveFrom,
                            supersedes = :supersedes, appendix_count = :appendixCount,
                            criteria_count = :criteriaCount, source = :source, source_sha256 = :sha,
                            lock_version = lock_version + 1
                        WHERE code = :code AND version = :version AND status = 'DRAFT'
                            AND lock_version = :lock""")
                .param("title", version.title())
                .param("status", version.status().name())
                .param("decisionNumber", version.decision() == null ? null : version.decision().number())
                .param("decisionDate", version.decision() == null ? null : version.decision().date())
                .param("signer", version.decision() == null ? null : version.decision().signer())
                .param("effectiveFrom", version.effectiveFrom())
                .param("supersedes", version.supersedes())
                .param("appendixCount", version.appendices().size())
                .param("criteriaCount", leafCount(version))
                .param("source", source)
                .param("sha", sha256(source))
                .param("code", version.code()).param("version", version.version()).param("lock", expectedLock)
                .update();
        if (updated == 0) {
            Optional<StoredState> state = state(version.code(), version.version());
            if (state.isPresent() && state.get().status() == VersionStatus.ISSUED) {
                throw new VersionNotEditableException(version.id());
            }
            throw new StaleDraftException(version.id());
        }
        long id = jdbc.sql("SELECT id FROM criteria_version WHERE code = :code AND version = :version")
                .param("code", version.code()).param("version", version.version()).query(Long.class).single();
        jdbc.sql("DELETE FROM criteria_appendix WHERE version_id = :id").param("id", id).update();
        storeAppendices(id, version);
        return expectedLock + 1;
    }

    /** Records that an issued version was replaced by a later one; its content stays as it is. */
    @Transactional
    void markSuperseded(String supersededId, String byId) {
        int at = supersededId.lastIndexOf('@');
        if (at < 0) {
            return;
        }
        jdbc.sql("""
                        UPDATE criteria_version SET superseded_by = :by
                        WHERE code = :code AND version = :version AND status = 'ISSUED'""")
                .param("by", byId).param("code", supersededId.substring(0, at))
                .param("version", supersededId.substring(at + 1)).update();
    }

    /** A stored version's status, lock version and successor, read without parsing its file. */
    public record StoredState(VersionStatus status, int lockVersion, String supersededBy) {
    }

    public Optional<StoredState> state(String code, String version) {
        return jdbc.sql("""
                        SELECT status, lock_version, superseded_by FROM criteria_version
                        WHERE code = :code AND version = :version""")
                .param("code", code).param("version", version)
                .query((rs, n) -> new StoredState(VersionStatus.valueOf(rs.getString("status")),
                        rs.getInt("lock_version"), rs.getString("superseded_by")))
                .optional();
    }

    /**
     * The issued version in force for an evaluation year: the one with the latest {@code effective_from} not after
     * {@code year}.
     */
    public Optional<String> inForce(int year) {
        return jdbc.sql("""
                        SELECT code, version FROM criteria_version
                        WHERE status = 'ISSUED' AND effective_from IS NOT NULL AND effective_from <= :year
                        ORDER BY effective_from DESC, decision_date DESC, id DESC""")
                .param("year", year)
                .query((rs, n) -> rs.getString("code") + "@" + rs.getString("version"))
                .list().stream().findFirst();
    }

    public boolean exists(String code, String version) {
        return jdbc.sql("SELECT COUNT(*) FROM criteria_version WHERE code = :code AND version = :version")
                .param("code", code).param("version", version).query(Integer.class).single() > 0;
    }

    /** All versions, newest effective year first. */
    public List<CriteriaVersionSummary> list() {
        Map<Long, List<CriteriaVersionSummary.AppendixSummary>> appendices = jdbc.sql("""
                        SELECT version_id, appendix_id, title, target_group_code, target_group_name, total_points,
                               criteria_count
                        FROM criteria_appendix ORDER BY version_id, position""")
                .query((rs, n) -> Map.entry(rs.getLong("version_id"), new CriteriaVersionSummary.AppendixSummary(
                        rs.getString("appendix_id"), rs.getString("title"), rs.getString("target_group_code"),
                        rs.getString("target_group_name"), rs.getBigDecimal("total_points"),
                        rs.getInt("criteria_count"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue,
                        Collectors.toList())));
        return jdbc.sql("""
                        SELECT id, code, version, title, status, decision_number, decision_date, effective_from,
                               supersedes, criteria_count, loaded_at, superseded_by
                        FROM criteria_version ORDER BY effective_from DESC, code, version""")
                .query((rs, n) -> new CriteriaVersionSummary(rs.getLong("id"), rs.getString("code"),
                        rs.getString("version"), rs.getString("title"), VersionStatus.valueOf(rs.getString("status")),
                        rs.getString("decision_number"),
                        rs.getDate("decision_date") == null ? null : rs.getDate("decision_date").toLocalDate(),
                        (Integer) rs.getObject("effective_from", Integer.class), rs.getString("supersedes"),
                        rs.getInt("criteria_count"), rs.getTimestamp("loaded_at").toInstant(),
                        appendices.getOrDefault(rs.getLong("id"), List.of()), rs.getString("superseded_by")))
                .list();
    }

    /** The version {@code code@version}, read from its stored file (parsed once per stored content). */
    public Optional<CriteriaVersion> find(String code, String version) {
        record Stored(String source, String sha, boolean draft) {
        }
        return jdbc.sql("""
                        SELECT source, source_sha256, status FROM criteria_version
                        WHERE code = :code AND version = :version""")
                .param("code", code).param("version", version)
                .query((rs, n) -> new Stored(rs.getString("source"), rs.getString("source_sha256"),
                        "DRAFT".equals(rs.getString("status"))))
                .optional()
                // A draft may be invalid half-way through its editing; an issued version never is.
                .map(stored -> parsed.computeIfAbsent(stored.sha() + (stored.draft() ? "/draft" : ""),
                        sha -> stored.draft() ? CriteriaFormat.readUnchecked(code + "@" + version, stored.source())
                                : CriteriaFormat.read(code + "@" + version, stored.source())));
    }

    /** The stored file of {@code code@version}, in the canonical layout {@link CriteriaFormat#write} gives. */
    public Optional<String> source(String code, String version) {
        return jdbc.sql("SELECT source FROM criteria_version WHERE code = :code AND version = :version")
                .param("code", code).param("version", version).query(String.class).optional();
    }

    static int leafCount(CriteriaVersion version) {
        return version.appendices().stream().mapToInt(CriteriaVersions::leafCount).sum();
    }

    static int leafCount(Appendix appendix) {
        return appendix.leaves().size();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
