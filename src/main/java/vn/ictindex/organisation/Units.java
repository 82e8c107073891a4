package vn.ictindex.organisation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The register of units: read, create, edit. Units are never deleted; a unit that ends gets an end date. */
@Service
public class Units {

    private static final RowMapper<Unit> ROW = (rs, n) -> new Unit(rs.getLong("id"), rs.getString("code"),
            rs.getString("name"), rs.getString("short_name"), UnitKind.valueOf(rs.getString("kind")),
            (Long) rs.getObject("parent_id", Long.class), rs.getString("default_appendix"),
            rs.getDate("valid_from") == null ? null : rs.getDate("valid_from").toLocalDate(),
            rs.getDate("valid_to") == null ? null : rs.getDate("valid_to").toLocalDate(),
            rs.getString("note"), rs.getInt("version"));

    private final JdbcClient jdbc;

    Units(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        if (findByCode(d.code()).isPresent()) {
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

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
