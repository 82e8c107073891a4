package vn.ictindex.organisation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.audit.AuditTrail;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The register of units: read, create, edit, and record lineage events. Units are never deleted; a unit that ends gets
 * an end date, and its merger, rename, split or abolition is recorded as a lineage event. The methods that take an
 * {@code actor} write the audit trail in the same transaction; those without one are for loading a register.
 */
@Service
public class Units {

    /** The form a unit code takes: letters without accents, digits, dot, underscore, hyphen. */
    public static final String CODE_PATTERN = "[A-Za-z0-9._-]+";

    private static final RowMapper<Unit> ROW = (rs, n) -> new Unit(rs.getLong("id"), rs.getString("code"),
            rs.getString("name"), rs.getString("short_name"), UnitKind.valueOf(rs.getString("kind")),
            (Long) rs.getObject("parent_id", Long.class), rs.getString("default_appendix"),
            rs.getDate("valid_from") == null ? null : rs.getDate("valid_from").toLocalDate(),
            rs.getDate("valid_to") == null ? null : rs.getDate("valid_to").toLocalDate(),
            rs.getString("note"), rs.getInt("version"));

    private static final RowMapper<UnitLineage> LINEAGE_ROW = (rs, n) -> new UnitLineage(rs.getLong("id"),
            rs.getLong("unit_id"), LineageEvent.valueOf(rs.getString("event")),
            rs.getDate("event_date").toLocalDate(), (Long) rs.getObject("successor_id", Long.class),
            rs.getString("successor_code"), rs.getString("successor_name"), rs.getString("successor_text"),
            rs.getString("note"));

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Units(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every unit, in Vietnamese alphabetical order. */
    public List<Unit> all() {
        return jdbc.sql("SELECT * FROM unit").query(ROW).list().stream()
                .sorted(VietnameseOrder.by(Unit::name)).toList();
    }

    /** The units that exist on {@code day}, in Vietnamese alphabetical order. */
    public List<Unit> validOn(LocalDate day) {
        return all().stream().filter(u -> u.isValidOn(day)).toList();
    }

    public Optional<Unit> find(long id) {
        return jdbc.sql("SELECT * FROM unit WHERE id = :id").param("id", id).query(ROW).optional();
    }

    public Optional<Unit> findByCode(String code) {
        return jdbc.sql("SELECT * FROM unit WHERE code = :code").param("code", code).query(ROW).optional();
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM unit").query(Integer.class).single() == 0;
    }

    /** What an administrator enters for a unit. */
    public record UnitDetails(String code, String name, String shortName, UnitKind kind, Long parentId,
                              String defaultAppendix, LocalDate validFrom, LocalDate validTo, String note) {
    }

    /**
     * Adds a unit.
     *
     * @throws UnitCodeTakenException when the code is already used (codes are never reused)
     */
    @Transactional
    public Unit create(UnitDetails d) {
        if (d.code() == null || !d.code().matches(CODE_PATTERN)) {
            throw new UnitChangeException("code", "unit.error.codeFormat",
                    "Mã đơn vị chỉ gồm chữ cái không dấu, chữ số, «.», «_», «-»");
        }
        checkDetails(null, d);
        // Codes differing only in case would read as the same unit in documents: treat them as the same code.
        if (jdbc.sql("SELECT COUNT(*) FROM unit WHERE LOWER(code) = LOWER(:code)").param("code", d.code())
                .query(Integer.class).single() > 0) {
            throw new UnitCodeTakenException(d.code());
        }
        jdbc.sql("""
                        INSERT INTO unit (code, name, short_name, kind, parent_id, default_appendix, valid_from, valid_to,
                            note)
                        VALUES (:code, :name, :shortName, :kind, :parentId, :appendix, :validFrom, :validTo, :note)""")
                .param("code", d.code()).param("name", d.name()).param("shortName", d.shortName())
                .param("kind", d.kind().name()).param("parentId", d.parentId())
                .param("appendix", d.defaultAppendix()).param("validFrom", date(d.validFrom()))
                .param("validTo", date(d.validTo())).param("note", d.note())
                .update();
        return findByCode(d.code()).orElseThrow();
    }

    /**
     * Changes a unit's details (its code stays).
     *
     * @param expectedVersion the version the editor started from
     * @throws OptimisticLockingFailureException when someone else saved the unit in the meantime
     */
    @Transactional
    public Unit update(long id, int expectedVersion, UnitDetails d) {
        checkDetails(id, d);
        int changed = jdbc.sql("""
                        UPDATE unit SET name = :name, short_name = :shortName, kind = :kind, parent_id = :parentId,
                            default_appendix = :appendix, valid_from = :validFrom, valid_to = :validTo, note = :note,
                            version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("name", d.name()).param("shortName", d.shortName()).param("kind", d.kind().name())
                .param("parentId", d.parentId()).param("appendix", d.defaultAppendix())
                .param("validFrom", date(d.validFrom())).param("validTo", date(d.validTo())).param("note", d.note())
                .param("id", id).param("version", expectedVersion)
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("Đơn vị đã được người khác sửa; hãy tải lại trang");
        }
        return find(id).orElseThrow();
    }

    /**
     * Adds a unit and records {@code UNIT_CREATED} in the audit trail.
     *
     * @throws UnitCodeTakenException when the code is already used
     * @throws UnitChangeException    when the details break a rule of the register
     */
    @Transactional
    public Unit create(UnitDetails d, String actor) {
        Unit created = create(d);
        audit.record(actor, "UNIT_CREATED", "unit", created.code(), created.id(), null, null, describe(created),
                null);
        return created;
    }

    /**
     * Changes a unit's details and records {@code UNIT_UPDATED} with the old and new values in the audit trail.
     *
     * @throws OptimisticLockingFailureException when someone else saved the unit since {@code expectedVersion}
     * @throws UnitChangeException               when the details break a rule of the register
     */
    @Transactional
    public Unit update(long id, int expectedVersion, UnitDetails d, String actor) {
        Unit before = existing(id);
        Unit after = update(id, expectedVersion, d);
        audit.record(actor, "UNIT_UPDATED", "unit", after.code(), id, null, describe(before), describe(after), null);
        return after;
    }

    /** What an administrator enters for a lineage event. */
    public record LineageDetails(LineageEvent event, LocalDate date, Long successorId, String successorText,
                                 String note) {
    }

    /** A unit's lineage events, oldest first. */
    public List<UnitLineage> lineage(long unitId) {
        return jdbc.sql("""
                        SELECT l.*, s.code AS successor_code, s.name AS successor_name
                        FROM unit_lineage l LEFT JOIN unit s ON s.id = l.successor_id
                        WHERE l.unit_id = :unit ORDER BY l.event_date, l.id""")
                .param("unit", unitId).query(LINEAGE_ROW).list();
    }

    /**
     * Records a lineage event of a unit and {@code UNIT_LINEAGE_ADDED} in the audit trail. Events are never changed or
     * deleted; a wrong event is corrected by a note on a later one. The unit's own end date is not changed: an
     * administrator sets it on the unit.
     *
     * @throws UnitChangeException when the event has no date, misses its successor, names one it cannot have, or
     *                             names the unit itself
     */
    @Transactional
    public UnitLineage addLineage(long unitId, LineageDetails d, String actor) {
        Unit unit = existing(unitId);
        checkLineage(unit, d);
        String text = blankToNull(d.successorText());
        jdbc.sql("""
                        INSERT INTO unit_lineage (unit_id, event, event_date, successor_id, successor_text, note)
                        VALUES (:unit, :event, :date, :successor, :text, :note)""")
                .param("unit", unitId).param("event", d.event().name()).param("date", date(d.date()))
                .param("successor", d.successorId()).param("text", text).param("note", blankToNull(d.note()))
                .update();
        List<UnitLineage> all = lineage(unitId);
        UnitLineage added = all.stream().max((a, b) -> Long.compare(a.id(), b.id())).orElseThrow();
        audit.record(actor, "UNIT_LINEAGE_ADDED", "unit", unit.code(), unitId, null, null, describe(added), null);
        return added;
    }

    private void checkDetails(Long id, UnitDetails d) {
        if (d.name() == null || d.name().isBlank()) {
            throw new UnitChangeException("name", "unit.error.required", "Cần nhập tên đơn vị");
        }
        if (d.kind() == null) {
            throw new UnitChangeException("kind", "unit.error.required", "Cần chọn loại đơn vị");
        }
        if (d.validFrom() != null && d.validTo() != null && !d.validTo().isAfter(d.validFrom())) {
            throw new UnitChangeException("validTo", "unit.error.validToBeforeFrom",
                    "Ngày ngừng hoạt động phải sau ngày bắt đầu hoạt động");
        }
        if (d.parentId() == null) {
            return;
        }
        if (Objects.equals(d.parentId(), id)) {
            throw new UnitChangeException("parentId", "unit.error.parentSelf",
                    "Đơn vị không thể là đơn vị cấp trên của chính nó");
        }
        Set<Long> seen = new HashSet<>();
        for (Long p = d.parentId(); p != null && seen.add(p); ) {
            Optional<Unit> parent = find(p);
            if (parent.isEmpty()) {
                throw new UnitChangeException("parentId", "unit.error.parentUnknown", "Không có đơn vị cấp trên này");
            }
            if (id != null && id.equals(parent.get().parentId())) {
                throw new UnitChangeException("parentId", "unit.error.parentCycle",
                        "Đơn vị cấp trên đang trực thuộc chính đơn vị này");
            }
            p = parent.get().parentId();
        }
    }

    private void checkLineage(Unit unit, LineageDetails d) {
        if (d.event() == null) {
            throw new UnitChangeException("event", "unit.error.required", "Cần chọn sự kiện");
        }
        if (d.date() == null) {
            throw new UnitChangeException("date", "unit.error.required", "Cần nhập ngày");
        }
        boolean named = d.successorId() != null || blankToNull(d.successorText()) != null;
        if (d.event().hasSuccessor() && !named) {
            throw new UnitChangeException("successorId", "unit.error.successorRequired",
                    "Cần chọn đơn vị kế thừa hoặc ghi tên đơn vị kế thừa");
        }
        if (!d.event().hasSuccessor() && named) {
            throw new UnitChangeException("successorId", "unit.error.successorNotAllowed",
                    "Đơn vị giải thể không có đơn vị kế thừa");
        }
        if (d.successorId() != null && d.successorId() == unit.id()) {
            throw new UnitChangeException("successorId", "unit.error.successorSelf",
                    "Đơn vị kế thừa phải là một đơn vị khác");
        }
        if (d.successorId() != null && find(d.successorId()).isEmpty()) {
            throw new UnitChangeException("successorId", "unit.error.successorUnknown", "Không có đơn vị kế thừa này");
        }
    }

    private Unit existing(long id) {
        return find(id).orElseThrow(() -> new UnitChangeException(null, "unit.error.notFound",
                "Không có đơn vị mã số " + id));
    }

    /** The audit trail's text for a unit: every field, the parent by code. */
    private String describe(Unit u) {
        String parent = u.parentId() == null ? "" : find(u.parentId()).map(Unit::code).orElse("#" + u.parentId());
        return "code=" + u.code() + "; name=" + u.name() + "; shortName=" + text(u.shortName()) + "; kind="
                + u.kind() + "; parent=" + parent + "; defaultAppendix=" + text(u.defaultAppendix()) + "; validFrom="
                + text(u.validFrom()) + "; validTo=" + text(u.validTo()) + "; note=" + text(u.note());
    }

    private static String describe(UnitLineage l) {
        return "event=" + l.event() + "; date=" + l.date() + "; successor=" + text(l.successorCode())
                + "; successorText=" + text(l.successorText()) + "; note=" + text(l.note());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
