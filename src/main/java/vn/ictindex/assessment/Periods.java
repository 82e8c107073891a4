package vn.ictindex.assessment;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.criteria.VersionStatus;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Evaluation periods: their dates, participants per appendix, and per-unit extensions. */
@Service
public class Periods {

    static final RowMapper<Period> ROW = (rs, n) -> new Period(rs.getLong("id"), rs.getInt("year"),
            rs.getString("title"), rs.getString("criteria_code"), rs.getString("criteria_version"),
            rs.getDate("self_opens").toLocalDate(), rs.getDate("self_closes").toLocalDate(),
            rs.getDate("compilation_due").toLocalDate(), rs.getDate("appraisal_due").toLocalDate(),
            rs.getDate("publication_due").toLocalDate(), rs.getInt("version"));

    private final JdbcClient jdbc;
    private final CriteriaVersions criteria;
    private final AuditTrail audit;
    private final Clock clock;

    Periods(JdbcClient jdbc, CriteriaVersions criteria, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.criteria = criteria;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Newest year first. */
    public List<Period> all() {
        return jdbc.sql("SELECT * FROM evaluation_period ORDER BY year DESC").query(ROW).list();
    }

    public Optional<Period> find(long id) {
        return jdbc.sql("SELECT * FROM evaluation_period WHERE id = :id").param("id", id).query(ROW).optional();
    }

    /** The newest period that has opened (or the newest at all when none has), the one agencies work on. */
    public Optional<Period> current() {
        List<Period> all = all();
        return all.stream().filter(p -> !today().isBefore(p.selfOpens())).findFirst()
                .or(() -> all.stream().findFirst());
    }

    /** What an administrator enters to open a period. */
    public record PeriodDetails(int year, String title, String criteriaCode, String criteriaVersion,
                                LocalDate selfOpens, LocalDate selfCloses, LocalDate compilationDue,
                                LocalDate appraisalDue, LocalDate publicationDue) {
    }

    /**
     * Creates a period on an issued criteria version.
     *
     * @throws PeriodException when the year is taken, the version is not issued, or the dates are out of order
     */
    @Transactional
    public Period create(PeriodDetails d, String createdBy) {
        CriteriaVersion version = criteria.find(d.criteriaCode(), d.criteriaVersion())
                .orElseThrow(() -> new PeriodException("Không có bộ tiêu chí " + d.criteriaCode() + "@"
                        + d.criteriaVersion()));
        if (version.status() != VersionStatus.ISSUED) {
            throw new PeriodException("Kỳ đánh giá chỉ dùng bộ tiêu chí đã ban hành; " + version.id() + " là dự thảo");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM evaluation_period WHERE year = :y").param("y", d.year())
                .query(Integer.class).single() > 0) {
            throw new PeriodException("Đã có kỳ đánh giá năm " + d.year());
        }
        checkDates(d);
        jdbc.sql("""
                        INSERT INTO evaluation_period (year, title, criteria_code, criteria_version, self_opens,
                            self_closes, compilation_due, appraisal_due, publication_due, created_at, created_by)
                        VALUES (:year, :title, :code, :version, :opens, :closes, :compilation, :appraisal,
                            :publication, :now, :by)""")
                .param("year", d.year()).param("title", d.title()).param("code", d.criteriaCode())
                .param("version", d.criteriaVersion()).param("opens", Date.valueOf(d.selfOpens()))
                .param("closes", Date.valueOf(d.selfCloses())).param("compilation", Date.valueOf(d.compilationDue()))
                .param("appraisal", Date.valueOf(d.appraisalDue()))
                .param("publication", Date.valueOf(d.publicationDue()))
                .param("now", Timestamp.from(clock.instant())).param("by", createdBy)
                .update();
        Period period = jdbc.sql("SELECT * FROM evaluation_period WHERE year = :y").param("y", d.year()).query(ROW)
                .single();
        audit.record(createdBy, "PERIOD_CREATED", "period", String.valueOf(period.id()), null, period.id(), null,
                period.year() + " " + period.criteriaId() + " " + period.selfOpens() + "–" + period.selfCloses(), null);
        return period;
    }

    private static void checkDates(PeriodDetails d) {
        if (d.selfOpens() == null || d.selfCloses() == null || d.compilationDue() == null || d.appraisalDue() == null
                || d.publicationDue() == null) {
            throw new PeriodException("Cần nhập đủ các mốc thời gian");
        }
        if (d.selfCloses().isBefore(d.selfOpens()) || d.compilationDue().isBefore(d.selfCloses())
                || d.appraisalDue().isBefore(d.compilationDue()) || d.publicationDue().isBefore(d.appraisalDue())) {
            throw new PeriodException("Các mốc phải theo thứ tự: mở tự đánh giá ≤ đóng tự đánh giá ≤ Sở tổng hợp ≤ "
                    + "Hội đồng thẩm định ≤ công bố");
        }
    }

    /** Sets which units take part, and under which appendix, replacing the previous list. */
    @Transactional
    public void setParticipants(long periodId, Map<Long, String> appendixByUnit) {
        jdbc.sql("DELETE FROM period_participant WHERE period_id = :p").param("p", periodId).update();
        appendixByUnit.forEach((unit, appendix) -> jdbc.sql("""
                        INSERT INTO period_participant (period_id, unit_id, appendix_id) VALUES (:p, :u, :a)""")
                .param("p", periodId).param("u", unit).param("a", appendix).update());
    }

    /** Participating unit ids with their appendix, in insertion order. */
    public Map<Long, String> participants(long periodId) {
        Map<Long, String> out = new LinkedHashMap<>();
        jdbc.sql("SELECT unit_id, appendix_id FROM period_participant WHERE period_id = :p ORDER BY appendix_id")
                .param("p", periodId)
                .query((rs, n) -> Map.entry(rs.getLong("unit_id"), rs.getString("appendix_id")))
                .list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public Optional<String> appendixOf(long periodId, long unitId) {
        return Optional.ofNullable(participants(periodId).get(unitId));
    }

    /** An extension of the self-assessment deadline for one unit. */
    public record Extension(long id, long unitId, LocalDate until, String reason, String grantedBy) {
    }

    @Transactional
    public void grantExtension(long periodId, long unitId, LocalDate until, String reason, String grantedBy) {
        if (reason == null || reason.isBlank()) {
            throw new PeriodException("Gia hạn phải có lý do");
        }
        if (until == null) {
            throw new PeriodException("Cần nhập ngày gia hạn đến");
        }
        Period period = find(periodId).orElseThrow();
        if (appendixOf(periodId, unitId).isEmpty()) {
            throw new PeriodException("Đơn vị không tham gia kỳ đánh giá này");
        }
        if (!until.isAfter(period.selfCloses())) {
            throw new PeriodException("Ngày gia hạn phải sau ngày đóng tự đánh giá");
        }
        String before = deadlineFor(period, unitId).toString();
        jdbc.sql("""
                        INSERT INTO period_extension (period_id, unit_id, until, reason, granted_by, granted_at)
                        VALUES (:p, :u, :until, :reason, :by, :now)""")
                .param("p", periodId).param("u", unitId).param("until", Date.valueOf(until))
                .param("reason", reason.strip()).param("by", grantedBy).param("now", Timestamp.from(clock.instant()))
                .update();
        audit.record(grantedBy, "PERIOD_EXTENSION_GRANTED", "period", String.valueOf(periodId), unitId, periodId,
                before, until.toString(), reason.strip());
    }

    public List<Extension> extensions(long periodId) {
        return jdbc.sql("SELECT * FROM period_extension WHERE period_id = :p ORDER BY granted_at")
                .param("p", periodId)
                .query((rs, n) -> new Extension(rs.getLong("id"), rs.getLong("unit_id"),
                        rs.getDate("until").toLocalDate(), rs.getString("reason"), rs.getString("granted_by")))
                .list();
    }

    /** The last day a unit may still change its self-assessment: the close date or its latest extension. */
    public LocalDate deadlineFor(Period period, long unitId) {
        return extensions(period.id()).stream().filter(e -> e.unitId() == unitId).map(Extension::until)
                .max(LocalDate::compareTo).filter(d -> d.isAfter(period.selfCloses())).orElse(period.selfCloses());
    }

    /** Whether the unit may change its self-assessment today (open, or under an extension). */
    public boolean openFor(Period period, long unitId) {
        LocalDate today = today();
        return !today.isBefore(period.selfOpens()) && !today.isAfter(deadlineFor(period, unitId));
    }
}
