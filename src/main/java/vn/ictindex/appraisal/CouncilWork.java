package vn.ictindex.appraisal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.assessment.Periods;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.scoring.Appendix;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The council's records: its sessions, and the sign-off of each unit, which locks the unit's appraised layer. Only the
 * department reopens a signed-off unit, with a reason.
 */
@Service
public class CouncilWork {

    private final JdbcClient jdbc;
    private final Periods periods;
    private final UnitStages stages;
    private final AppraisalAccess access;
    private final NodeAdjustments adjustments;
    private final AuditTrail audit;
    private final Clock clock;

    CouncilWork(JdbcClient jdbc, Periods periods, UnitStages stages, AppraisalAccess access,
                NodeAdjustments adjustments, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.stages = stages;
        this.access = access;
        this.adjustments = adjustments;
        this.audit = audit;
        this.clock = clock;
    }

    public UnitStage stage(long periodId, long unitId) {
        return stages.of(periodId, unitId);
    }

    /**
     * Records a session held on {@code heldOn} with the members present and the units appraised.
     *
     * @throws AppraisalException when the user is not the department, or the date, members or units are missing
     */
    @Transactional
    public CouncilSession recordSession(CurrentUser user, long periodId, LocalDate heldOn, List<String> members,
                                        List<Long> unitIds, String notes) {
        CouncilAssignments.requireAdmin(user);
        if (heldOn == null) {
            throw new AppraisalException("Cần nhập ngày họp (dd/MM/yyyy)");
        }
        List<String> present = members.stream().map(String::strip).filter(m -> !m.isEmpty()).distinct().toList();
        if (present.isEmpty()) {
            throw new AppraisalException("Cần ghi các thành viên có mặt");
        }
        if (unitIds.isEmpty()) {
            throw new AppraisalException("Cần chọn ít nhất một đơn vị được thẩm định");
        }
        for (Long unit : unitIds) {
            if (periods.appendixOf(periodId, unit).isEmpty()) {
                throw new AppraisalException("Đơn vị " + unit + " không tham gia kỳ đánh giá này");
            }
        }
        String notesText = notes == null || notes.isBlank() ? null : notes.strip();
        List<Long> appraised = unitIds.stream().distinct().sorted().toList();
        Optional<CouncilSession> same = sessions(periodId).stream().filter(s -> s.heldOn().equals(heldOn)
                && s.members().equals(present) && s.unitIds().equals(appraised)
                && Objects.equals(s.notes(), notesText)).findFirst();
        if (same.isPresent()) {
            return same.get(); // a double submit records the session once
        }
        jdbc.sql("""
                        INSERT INTO council_session (period_id, held_on, members, notes, recorded_by, recorded_at)
                        VALUES (:p, :d, :m, :n, :by, :at)""")
                .param("p", periodId).param("d", Date.valueOf(heldOn)).param("m", String.join("\n", present))
                .param("n", notesText).param("by", user.username())
                .param("at", Timestamp.from(clock.instant())).update();
        long id = jdbc.sql("SELECT MAX(id) FROM council_session WHERE period_id = :p AND recorded_by = :by")
                .param("p", periodId).param("by", user.username()).query(Long.class).single();
        appraised.forEach(u -> jdbc.sql(
                        "INSERT INTO council_session_unit (session_id, unit_id) VALUES (:s, :u)")
                .param("s", id).param("u", u).update());
        audit.record(user.username(), "COUNCIL_SESSION_RECORDED", "council_session", String.valueOf(id), null,
                periodId, null, heldOn + " " + present + " " + unitIds, notes);
        return sessions(periodId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    /** Newest first. */
    public List<CouncilSession> sessions(long periodId) {
        Map<Long, List<Long>> unitsBySession = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT su.session_id, su.unit_id FROM council_session_unit su
                        JOIN council_session s ON s.id = su.session_id WHERE s.period_id = :p ORDER BY su.unit_id""")
                .param("p", periodId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> unitsBySession.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return jdbc.sql("SELECT * FROM council_session WHERE period_id = :p ORDER BY held_on DESC, id DESC")
                .param("p", periodId)
                .query((rs, n) -> new CouncilSession(rs.getLong("id"), periodId, rs.getDate("held_on").toLocalDate(),
                        Arrays.asList(rs.getString("members").split("\n")),
                        unitsBySession.getOrDefault(rs.getLong("id"), List.of()), rs.getString("notes"),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /**
     * A council member who sees the whole unit, or the department, signs the unit off: its appraised layer is locked.
     *
     * @throws AppraisalException when the unit is not compiled, already signed off, or not the user's to sign
     */
    @Transactional
    public void signOff(CurrentUser user, long periodId, long unitId) {
        Appendix appendix = adjustments.appendixOf(periodId, unitId);
        boolean wholeUnit = access.visibleGroups(user, periodId, unitId, appendix)
                .filter(groups -> groups.size() == appendix.groups().size()).isPresent();
        if ((user.role() != Role.COUNCIL && user.role() != Role.ADMIN) || !wholeUnit) {
            throw new AppraisalException("Chỉ thành viên Hội đồng được phân công cả đơn vị (hoặc Sở) mới thông qua");
        }
        UnitStage stage = stages.of(periodId, unitId);
        if (!stage.compiled()) {
            throw new AppraisalException("Sở chưa tổng hợp xong đơn vị này");
        }
        if (stage.signedOff()) {
            throw new AppraisalException("Đơn vị đã được thông qua lúc trước");
        }
        if (!stages.set(periodId, unitId, stage.version(), "signed_off", clock.instant(), user.username())) {
            throw new StaleLayerException(null, null);
        }
        audit.record(user.username(), "UNIT_SIGNED_OFF", "appraisal_unit", String.valueOf(unitId), unitId, periodId,
                "COMPILED", "SIGNED_OFF", null);
    }

    /** Only the department reopens a signed-off unit, with a reason. */
    @Transactional
    public void reopen(CurrentUser user, long periodId, long unitId, String reason) {
        CouncilAssignments.requireAdmin(user);
        UnitStage stage = stages.of(periodId, unitId);
        if (!stage.signedOff()) {
            throw new AppraisalException("Đơn vị chưa được Hội đồng thông qua");
        }
        if (reason == null || reason.isBlank()) {
            throw new AppraisalException("Cần ghi lý do mở lại kết quả thẩm định");
        }
        if (!stages.set(periodId, unitId, stage.version(), "signed_off", null, null)) {
            throw new StaleLayerException(null, null);
        }
        audit.record(user.username(), "UNIT_APPRAISAL_REOPENED", "appraisal_unit", String.valueOf(unitId), unitId,
                periodId, "SIGNED_OFF", "COMPILED", reason.strip());
    }
}
