package vn.ictindex.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;
import vn.ictindex.organisation.VietnameseOrder;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The department's view of a period: where each participating unit's self-assessment stands. */
@Service
public class SubmissionTracker {

    private final JdbcClient jdbc;
    private final Periods periods;
    private final Units units;
    private final CriteriaVersions criteria;

    SubmissionTracker(JdbcClient jdbc, Periods periods, Units units, CriteriaVersions criteria) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.units = units;
        this.criteria = criteria;
    }

    /** What the tracker shows of a unit; {@code LATE} and {@code EXTENDED} are derived from dates. */
    public enum TrackedStatus {
        NOT_STARTED("Chưa bắt đầu"), IN_PROGRESS("Đang thực hiện"), COMPLETE("Đã hoàn thành, chờ nộp"),
        SUBMITTED("Đã nộp"), LATE("Quá hạn, chưa nộp"), EXTENDED("Được gia hạn");

        private final String label;

        TrackedStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Row(Unit unit, String appendixId, TrackedStatus status, AssessmentStatus assessmentStatus,
                      int criteriaFilled, int criteriaTotal, Instant lastActivityAt, String lastActivityBy,
                      LocalDate deadline, Instant submittedAt) {
        public int percentFilled() {
            return criteriaTotal == 0 ? 0 : criteriaFilled * 100 / criteriaTotal;
        }
    }

    /** Submitted and participating units of every period, by period id, in one query each. */
    public Map<Long, int[]> submittedOfParticipants() {
        Map<Long, int[]> counts = new HashMap<>();
        jdbc.sql("SELECT period_id, COUNT(*) FROM period_participant GROUP BY period_id")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list()
                .forEach(e -> counts.put(e.getKey(), new int[]{0, e.getValue()}));
        jdbc.sql("SELECT a.period_id, COUNT(*) FROM self_assessment a JOIN period_participant p "
                        + "ON p.period_id = a.period_id AND p.unit_id = a.unit_id "
                        + "WHERE a.status = 'SUBMITTED' GROUP BY a.period_id")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list()
                .forEach(e -> counts.computeIfAbsent(e.getKey(), k -> new int[2])[0] = e.getValue());
        return counts;
    }

    /** Every participant of the period (of one appendix when {@code appendixId} is given), Vietnamese order. */
    public List<Row> rows(Period period, String appendixId) {
        CriteriaVersion version = criteria.find(period.criteriaCode(), period.criteriaVersion()).orElseThrow();
        Map<Long, Map<String, Object>> assessments = new HashMap<>();
        jdbc.sql("SELECT * FROM self_assessment WHERE period_id = :p").param("p", period.id()).query().listOfRows()
                .forEach(r -> assessments.put(((Number) r.get("unit_id")).longValue(), r));
        Map<Long, Set<String>> filledInputs = new HashMap<>();
        Map<Long, Set<String>> notApplicable = new HashMap<>();
        jdbc.sql("""
                        SELECT a.unit_id, v.input_key FROM self_assessment_value v
                        JOIN self_assessment a ON a.id = v.assessment_id WHERE a.period_id = :p""")
                .param("p", period.id())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> filledInputs.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        jdbc.sql("""
                        SELECT a.unit_id, n.node_key FROM self_assessment_node n
                        JOIN self_assessment a ON a.id = n.assessment_id
                        WHERE a.period_id = :p AND n.not_applicable = TRUE""")
                .param("p", period.id())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> notApplicable.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        LocalDate today = periods.today();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Long, String> participant : periods.participants(period.id()).entrySet()) {
            if (appendixId != null && !appendixId.isBlank() && !participant.getValue().equals(appendixId)) {
                continue;
            }
            long unitId = participant.getKey();
            Appendix appendix = version.appendix(participant.getValue()).orElse(null);
            Map<String, Object> a = assessments.get(unitId);
            AssessmentStatus status = a == null ? AssessmentStatus.NOT_STARTED
                    : AssessmentStatus.valueOf((String) a.get("status"));
            LocalDate deadline = periods.deadlineFor(period, unitId);
            int[] filled = appendix == null ? new int[]{0, 0}
                    : filled(appendix, filledInputs.getOrDefault(unitId, Set.of()),
                    notApplicable.getOrDefault(unitId, Set.of()));
            rows.add(new Row(units.find(unitId).orElseThrow(), participant.getValue(),
                    tracked(status, deadline, period, today), status, filled[0], filled[1],
                    a == null ? null : SelfAssessments.instant(a.get("last_activity_at")),
                    a == null ? null : (String) a.get("last_activity_by"), deadline,
                    a == null ? null : SelfAssessments.instant(a.get("submitted_at"))));
        }
        rows.sort(VietnameseOrder.by(r -> r.unit().name()));
        return rows;
    }

    private static TrackedStatus tracked(AssessmentStatus status, LocalDate deadline, Period period, LocalDate today) {
        if (status == AssessmentStatus.SUBMITTED) {
            return TrackedStatus.SUBMITTED;
        }
        if (today.isAfter(deadline)) {
            return TrackedStatus.LATE;
        }
        if (deadline.isAfter(period.selfCloses()) && today.isAfter(period.selfCloses())) {
            return TrackedStatus.EXTENDED;
        }
        return TrackedStatus.valueOf(status.name());
    }

    /** Criteria whose every read input is filled (or that are claimed not applicable), and all criteria. */
    private static int[] filled(Appendix appendix, Set<String> inputs, Set<String> notApplicable) {
        int total = 0;
        int done = 0;
        for (CriterionNode node : appendix.allNodes()) {
            if (!node.isLeaf()) {
                continue;
            }
            total++;
            boolean ready = notApplicable.contains(node.key())
                    || (node.rule() instanceof vn.ictindex.scoring.Rule.Manual
                    ? inputs.contains("manual:" + node.key())
                    : inputs.containsAll(node.rule().inputsRead()));
            done += ready ? 1 : 0;
        }
        return new int[]{done, total};
    }
}
