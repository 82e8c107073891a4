package vn.ictindex.assessment.evidence;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.scoring.Appendix;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit's evidence library (tài liệu kiểm chứng): uploaded files and references to documents, and the criteria of a
 * period each one supports.
 *
 * <p>Every change is made by a specialist or head of the unit, while the current period is open for the unit (after
 * the lock nothing changes), and is written to the audit trail in the same transaction. Every read of a file checks
 * that the user acts for the unit or is department staff or a council member; anyone else is told the item does not
 * exist.
 */
@Service
public class EvidenceLibrary {

    /** The largest file accepted, the same as {@code spring.servlet.multipart.max-file-size}. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /** Said when a file is over {@link #MAX_FILE_BYTES}, here and where the server refuses the upload itself. */
    public static final String TOO_LARGE = "Tệp lớn hơn 20 MB nên không được nhận; hãy nén hoặc chia nhỏ tệp.";

    static final int MAX_TITLE = 300;
    static final int MAX_NUMBER = 100;
    static final int MAX_ISSUER = 300;
    static final int MAX_SUMMARY = 4000;
    static final int MAX_LINK = 1000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String COLUMNS = """
            id, unit_id, kind, title, doc_number, doc_date, issuer, summary, link, file_name, content_type,
            size_bytes, sha256, uploaded_by, uploaded_at""";
    private static final RowMapper<EvidenceItem> ROW = (rs, n) -> new EvidenceItem(rs.getLong("id"),
            rs.getLong("unit_id"), EvidenceKind.valueOf(rs.getString("kind")), rs.getString("title"),
            rs.getString("doc_number"),
            rs.getDate("doc_date") == null ? null : rs.getDate("doc_date").toLocalDate(), rs.getString("issuer"),
            rs.getString("summary"), rs.getString("link"), rs.getString("file_name"), rs.getString("content_type"),
            (Long) rs.getObject("size_bytes", Long.class), rs.getString("sha256"), rs.getString("uploaded_by"),
            rs.getTimestamp("uploaded_at").toInstant(), List.of());

    private final JdbcClient jdbc;
    private final ObjectProvider<CouncilEvidenceAccess> councilAccess;
    private final Periods periods;
    private final EvidencePeriods evidencePeriods;
    private final AuditTrail audit;
    private final Clock clock;

    EvidenceLibrary(JdbcClient jdbc, Periods periods, EvidencePeriods evidencePeriods, AuditTrail audit, Clock clock,
                    ObjectProvider<CouncilEvidenceAccess> councilAccess) {
        this.councilAccess = councilAccess;
        this.jdbc = jdbc;
        this.periods = periods;
        this.evidencePeriods = evidencePeriods;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds an uploaded file to the unit's library. The checks run in this order: the user acts for the unit, the
     * current period is open for it, the file is at most 20 MB, and its content is of an accepted type that its
     * name's extension agrees with. The name is cleaned and completed with the right extension when it has none; the
     * title defaults to the name.
     *
     * @param document number, date, issuer and summary of the document, all optional; null for none
     * @throws EvidenceException with the reason, per field where it belongs to one
     */
    @Transactional
    public EvidenceItem uploadFile(CurrentUser user, long unitId, String title, String originalFileName, byte[] bytes,
                                   EvidenceDocument document) {
        checkActsFor(user, unitId);
        Period period = openPeriod(unitId);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = EvidenceFileNames.sanitise(originalFileName);
        EvidenceFileType type = null;
        if (bytes == null || bytes.length == 0) {
            errors.put("file", "Chưa chọn tệp, hoặc tệp rỗng.");
        } else if (bytes.length > MAX_FILE_BYTES) {
            errors.put("file", TOO_LARGE);
        } else {
            try {
                type = EvidenceFileTypes.identify(bytes, EvidenceFileNames.extension(name).orElse(null));
            } catch (EvidenceException e) {
                errors.putAll(e.fieldErrors());
            }
        }
        EvidenceDocument doc = document == null ? EvidenceDocument.NONE : document;
        String cleanTitle = blankToNull(title);
        checkDetails(errors, cleanTitle == null ? name : cleanTitle, doc);
        if (!errors.isEmpty()) {
            throw new EvidenceException(errors);
        }
        String storedName = EvidenceFileNames.withExtension(name, type.extensions().get(0));
        String sha256 = sha256(bytes);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO evidence (unit_id, kind, title, doc_number, doc_date, issuer, summary, file_name,
                            content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                        VALUES (:unit, 'FILE', :title, :number, :date, :issuer, :summary, :fileName, :type, :size,
                            :sha, :content, :by, :at)""")
                .param("unit", unitId).param("title", cleanTitle == null ? storedName : cleanTitle)
                .param("number", blankToNull(doc.number())).param("date", date(doc.date()))
                .param("issuer", blankToNull(doc.issuer())).param("summary", blankToNull(doc.summary()))
                .param("fileName", storedName).param("type", type.contentType()).param("size", (long) bytes.length)
                .param("sha", sha256).param("content", bytes).param("by", user.username())
                .param("at", Timestamp.from(clock.instant()))
                .update(key, "id");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        audit.record(user.username(), "EVIDENCE_UPLOADED", "EVIDENCE", String.valueOf(id), unitId, period.id(), null,
                storedName + " (" + type.contentType() + ", " + bytes.length + " byte, SHA-256 " + sha256 + ")", null);
        return find(id);
    }

    /**
     * Adds a reference to a document kept elsewhere (số, ngày, cơ quan ban hành, trích yếu, đường dẫn). It needs a
     * title and a number or a link; a link must be an http or https address.
     *
     * @throws EvidenceException with the reason, per field where it belongs to one
     */
    @Transactional
    public EvidenceItem registerReference(CurrentUser user, long unitId, String title, String docNumber,
                                          LocalDate docDate, String issuer, String summary, String link) {
        checkActsFor(user, unitId);
        Period period = openPeriod(unitId);
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanTitle = blankToNull(title);
        if (cleanTitle == null) {
            errors.put("title", "Cần nhập tên tài liệu.");
        }
        EvidenceDocument doc = new EvidenceDocument(docNumber, docDate, issuer, summary);
        checkDetails(errors, cleanTitle, doc);
        String cleanLink = blankToNull(link);
        if (cleanLink != null) {
            checkLink(cleanLink).ifPresent(problem -> errors.put("link", problem));
        }
        if (blankToNull(docNumber) == null && cleanLink == null) {
            errors.putIfAbsent("docNumber", "Cần nhập số văn bản hoặc đường dẫn đến văn bản.");
        }
        if (!errors.isEmpty()) {
            throw new EvidenceException(errors);
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO evidence (unit_id, kind, title, doc_number, doc_date, issuer, summary, link,
                            uploaded_by, uploaded_at)
                        VALUES (:unit, 'REFERENCE', :title, :number, :date, :issuer, :summary, :link, :by, :at)""")
                .param("unit", unitId).param("title", cleanTitle).param("number", blankToNull(docNumber))
                .param("date", date(docDate)).param("issuer", blankToNull(issuer))
                .param("summary", blankToNull(summary)).param("link", cleanLink).param("by", user.username())
                .param("at", Timestamp.from(clock.instant()))
                .update(key, "id");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        audit.record(user.username(), "EVIDENCE_REGISTERED", "EVIDENCE", String.valueOf(id), unitId, period.id(),
                null, cleanTitle + (blankToNull(docNumber) == null ? "" : " – " + docNumber.strip()), null);
        return find(id);
    }

    /**
     * Marks the item as supporting the criterion {@code nodeKey} of the unit's appendix in the period. Linking twice is
     * harmless; an item can support several criteria.
     *
     * @throws EvidenceNotFoundException when the item does not exist or belongs to a unit the user does not act for
     * @throws EvidenceException         when the period is locked, the unit does not take part, or the criterion is
     *                                   not in its appendix
     */
    @Transactional
    public void link(CurrentUser user, long evidenceId, long periodId, String nodeKey) {
        EvidenceItem item = ownItem(user, evidenceId);
        Period period = periodOpenFor(periodId, item.unitId());
        Appendix appendix = evidencePeriods.appendixOf(period, item.unitId())
                .orElseThrow(() -> new EvidenceException("Đơn vị không tham gia kỳ đánh giá năm " + period.year()
                        + " nên không có tiêu chí để gắn tài liệu."));
        String key = nodeKey == null ? "" : nodeKey.strip();
        if (key.isEmpty()) {
            throw EvidenceException.onField("nodeKey", "Cần chọn tiêu chí.");
        }
        if (appendix.node(key).isEmpty()) {
            throw EvidenceException.onField("nodeKey", "Tiêu chí " + key + " không thuộc " + appendix.id()
                    + " của kỳ đánh giá năm " + period.year() + ".");
        }
        int added = jdbc.sql("""
                        INSERT INTO evidence_link (evidence_id, period_id, node_key, linked_by, linked_at)
                        VALUES (:evidence, :period, :key, :by, :at) ON CONFLICT DO NOTHING""")
                .param("evidence", evidenceId).param("period", periodId).param("key", key)
                .param("by", user.username()).param("at", Timestamp.from(clock.instant()))
                .update();
        if (added > 0) {
            audit.record(user.username(), "EVIDENCE_LINKED", "EVIDENCE", String.valueOf(evidenceId), item.unitId(),
                    periodId, null, key, null);
        }
    }

    /**
     * Removes the item from the criterion {@code nodeKey} in the period.
     *
     * @throws EvidenceNotFoundException when the item does not exist or belongs to a unit the user does not act for
     * @throws EvidenceException         when the period is locked or the item is not linked to that criterion
     */
    @Transactional
    public void unlink(CurrentUser user, long evidenceId, long periodId, String nodeKey) {
        EvidenceItem item = ownItem(user, evidenceId);
        periodOpenFor(periodId, item.unitId());
        String key = nodeKey == null ? "" : nodeKey.strip();
        int removed = jdbc.sql("""
                        DELETE FROM evidence_link WHERE evidence_id = :evidence AND period_id = :period
                            AND node_key = :key""")
                .param("evidence", evidenceId).param("period", periodId).param("key", key)
                .update();
        if (removed == 0) {
            throw EvidenceException.onField("nodeKey", "Tài liệu chưa được gắn với tiêu chí " + key + ".");
        }
        audit.record(user.username(), "EVIDENCE_UNLINKED", "EVIDENCE", String.valueOf(evidenceId), item.unitId(),
                periodId, key, null, null);
    }

    /** Every item of the unit, newest first, each with the criteria it supports in the current period. */
    public List<EvidenceItem> library(long unitId) {
        List<EvidenceItem> items = jdbc.sql("SELECT " + COLUMNS
                        + " FROM evidence WHERE unit_id = :unit ORDER BY uploaded_at DESC, id DESC")
                .param("unit", unitId).query(ROW).list();
        EvidencePeriodStatus current = evidencePeriods.current(unitId);
        if (current.period() == null) {
            return items;
        }
        Map<Long, List<String>> keys = linkedKeys(current.period().id(), unitId, current.keysInOrder());
        return items.stream().map(i -> i.withLinkedKeys(keys.getOrDefault(i.id(), List.of()))).toList();
    }

    /**
     * The unit's items linked to criteria in the period, by criterion key (in the appendix's order), newest item
     * first under each key. Each item carries all its keys in that period.
     */
    public Map<String, List<EvidenceItem>> linkedTo(long periodId, long unitId) {
        List<String> order = periods.find(periodId)
                .flatMap(p -> evidencePeriods.appendixOf(p, unitId))
                .map(a -> a.allNodes().stream().map(n -> n.key()).toList())
                .orElse(List.of());
        Map<Long, List<String>> keys = linkedKeys(periodId, unitId, order);
        Map<Long, EvidenceItem> items = new LinkedHashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM evidence WHERE unit_id = :unit AND id IN (SELECT evidence_id FROM "
                        + "evidence_link WHERE period_id = :period) ORDER BY uploaded_at DESC, id DESC")
                .param("unit", unitId).param("period", periodId).query(ROW).list()
                .forEach(i -> items.put(i.id(), i.withLinkedKeys(keys.getOrDefault(i.id(), List.of()))));
        Map<String, List<EvidenceItem>> byKey = new LinkedHashMap<>();
        keys.values().stream().flatMap(List::stream).distinct().sorted(inOrder(order))
                .forEach(key -> byKey.put(key, new ArrayList<>()));
        items.values().forEach(item -> item.linkedKeys().forEach(key -> byKey.get(key).add(item)));
        byKey.replaceAll((key, list) -> List.copyOf(list));
        return byKey;
    }

    /**
     * What a unit put forward as evidence in a period, read-only, for the department and the council as for the
     * unit itself: its items by criterion (in the appendix's order, each with the criterion's name) and the whole
     * library of the unit.
     *
     * @throws EvidenceNotFoundException for an agency asking about another unit, and for a period that does not exist
     */
    public EvidenceReview review(CurrentUser user, long periodId, long unitId) {
        if (!mayRead(user, unitId)) {
            throw new EvidenceNotFoundException(unitId);
        }
        Period period = periods.find(periodId).orElseThrow(() -> new EvidenceNotFoundException(periodId));
        Map<String, String> names = new LinkedHashMap<>();
        evidencePeriods.appendixOf(period, unitId)
                .ifPresent(a -> a.allNodes().forEach(n -> names.put(n.key(), n.name())));
        List<EvidenceItem> all = jdbc.sql("SELECT " + COLUMNS
                        + " FROM evidence WHERE unit_id = :unit ORDER BY uploaded_at DESC, id DESC")
                .param("unit", unitId).query(ROW).list();
        return new EvidenceReview(period, unitId, linkedTo(periodId, unitId), names, all);
    }

    /**
     * The bytes of an uploaded file, for the unit's own users, department administrators and the council members assigned to it.
     *
     * @throws EvidenceNotFoundException for anyone else, for a reference, or when the item does not exist
     */
    public EvidenceFile content(CurrentUser user, long evidenceId) {
        record Stored(long unitId, String kind, String fileName, String contentType, byte[] content) {
        }
        Stored stored = jdbc.sql("SELECT unit_id, kind, file_name, content_type, content FROM evidence WHERE id = :id")
                .param("id", evidenceId)
                .query((rs, n) -> new Stored(rs.getLong("unit_id"), rs.getString("kind"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getBytes("content")))
                .optional()
                .filter(s -> mayRead(user, s.unitId()) && EvidenceKind.FILE.name().equals(s.kind()))
                .orElseThrow(() -> new EvidenceNotFoundException(evidenceId));
        return new EvidenceFile(evidenceId, stored.fileName(), stored.contentType(), stored.content());
    }

    private EvidenceItem find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence WHERE id = :id").param("id", id).query(ROW).single();
    }

    private EvidenceItem ownItem(CurrentUser user, long evidenceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence WHERE id = :id").param("id", evidenceId).query(ROW)
                .optional().filter(i -> actsFor(user, i.unitId()))
                .orElseThrow(() -> new EvidenceNotFoundException(evidenceId));
    }

    private Map<Long, List<String>> linkedKeys(long periodId, long unitId, List<String> order) {
        Map<Long, List<String>> keys = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT l.evidence_id, l.node_key FROM evidence_link l JOIN evidence e ON e.id = l.evidence_id
                        WHERE e.unit_id = :unit AND l.period_id = :period""")
                .param("unit", unitId).param("period", periodId)
                .query((rs, n) -> Map.entry(rs.getLong("evidence_id"), rs.getString("node_key"))).list()
                .forEach(e -> keys.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        keys.values().forEach(list -> list.sort(inOrder(order)));
        return keys;
    }

    /** Keys in the appendix's document order; keys it does not know (a changed appendix) last, alphabetically. */
    private static Comparator<String> inOrder(List<String> order) {
        return Comparator.<String>comparingInt(k -> order.indexOf(k) < 0 ? Integer.MAX_VALUE : order.indexOf(k))
                .thenComparing(Comparator.naturalOrder());
    }

    private static boolean actsFor(CurrentUser user, long unitId) {
        return user != null && (user.role() == Role.SPECIALIST || user.role() == Role.HEAD) && user.belongsTo(unitId);
    }

    /** The unit's own people, the department, and council members assigned to the unit or to its target group. */
    private boolean mayRead(CurrentUser user, long unitId) {
        if (actsFor(user, unitId) || user != null && user.role() == Role.ADMIN) {
            return true;
        }
        CouncilEvidenceAccess council = councilAccess.getIfAvailable();
        return user != null && user.role() == Role.COUNCIL && council != null && council.mayRead(user, unitId);
    }

    private static void checkActsFor(CurrentUser user, long unitId) {
        if (!actsFor(user, unitId)) {
            throw new EvidenceException("Chỉ cán bộ đầu mối hoặc lãnh đạo của đơn vị mới được thêm tài liệu kiểm "
                    + "chứng cho đơn vị.");
        }
    }

    /** The current period, when it is open for the unit. */
    private Period openPeriod(long unitId) {
        Period period = periods.current()
                .orElseThrow(() -> new EvidenceException("Chưa có kỳ đánh giá nào nên chưa thể thêm tài liệu kiểm "
                        + "chứng."));
        checkOpen(period, unitId);
        return period;
    }

    private Period periodOpenFor(long periodId, long unitId) {
        Period period = periods.find(periodId)
                .orElseThrow(() -> new EvidenceException("Không có kỳ đánh giá số " + periodId + "."));
        checkOpen(period, unitId);
        return period;
    }

    private void checkOpen(Period period, long unitId) {
        if (periods.openFor(period, unitId)) {
            return;
        }
        if (periods.today().isBefore(period.selfOpens())) {
            throw new EvidenceException("Kỳ đánh giá năm " + period.year() + " chưa mở; tự đánh giá bắt đầu từ ngày "
                    + period.selfOpens().format(DAY) + ".");
        }
        throw new EvidenceException("Kỳ đánh giá năm " + period.year() + " đã khóa tự đánh giá đối với đơn vị từ sau "
                + "ngày " + periods.deadlineFor(period, unitId).format(DAY)
                + "; tài liệu kiểm chứng không còn thay đổi được.");
    }

    private void checkDetails(Map<String, String> errors, String title, EvidenceDocument doc) {
        tooLong(errors, "title", title, MAX_TITLE, "Tên tài liệu");
        tooLong(errors, "docNumber", doc.number(), MAX_NUMBER, "Số văn bản");
        tooLong(errors, "issuer", doc.issuer(), MAX_ISSUER, "Cơ quan ban hành");
        tooLong(errors, "summary", doc.summary(), MAX_SUMMARY, "Trích yếu");
        if (doc.date() != null && doc.date().isAfter(periods.today())) {
            errors.put("docDate", "Ngày văn bản không được sau hôm nay.");
        }
    }

    private static void tooLong(Map<String, String> errors, String field, String value, int max, String label) {
        if (value != null && value.strip().length() > max) {
            errors.put(field, label + " dài quá " + max + " ký tự.");
        }
    }

    /** A problem with the link, or empty when it is an absolute http(s) address. */
    private static Optional<String> checkLink(String link) {
        if (link.length() > MAX_LINK) {
            return Optional.of("Đường dẫn dài quá " + MAX_LINK + " ký tự.");
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            // reported below, like any other address that is not http(s)
        }
        return Optional.of("Đường dẫn phải là địa chỉ web bắt đầu bằng http:// hoặc https://.");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
