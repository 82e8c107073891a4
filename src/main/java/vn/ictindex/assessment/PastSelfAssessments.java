package vn.ictindex.assessment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.scoring.UnitResult;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Self-assessments of a period whose self-assessment window has closed, recorded as submitted from the paper
 * archive of a past year (the demo data's previous years use it). The live flow, with its editors, completion and
 * submission by the head, is {@link SelfAssessments}; this class never writes into an open period.
 */
@Service
public class PastSelfAssessments {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Periods periods;
    private final SelfAssessments assessments;
    private final AuditTrail audit;

    PastSelfAssessments(JdbcClient jdbc, JdbcTemplate batch, Periods periods, SelfAssessments assessments,
                        AuditTrail audit) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.periods = periods;
        this.assessments = assessments;
        this.audit = audit;
    }

    /**
     * Records a unit's submitted self-assessment of a closed period, with its receipt at the close date.
     *
     * @param values typed text by input key, as a unit would have typed it
     * @throws SelfAssessmentException when the period is still open for self-assessment, the unit does not take
     *                                 part, or it already has a self-assessment
     */
    @Transactional
    public SelfAssessment recordSubmitted(String actor, long periodId, long unitId, Map<String, String> values) {
        Period period = periods.find(periodId).orElseThrow(() -> new SelfAssessmentException("Không có kỳ đánh giá"));
        if (!periods.today().isAfter(period.selfCloses())) {
            throw new SelfAssessmentException("Kỳ năm " + period.year() + " chưa hết hạn tự đánh giá: đơn vị tự nhập "
                    + "và nộp bản tự đánh giá");
        }
        String appendix = periods.appendixOf(periodId, unitId).orElseThrow(() ->
                new SelfAssessmentException("Đơn vị không tham gia kỳ đánh giá năm " + period.year()));
        if (assessments.find(periodId, unitId).isPresent()) {
            throw new SelfAssessmentException("Đơn vị đã có bản tự đánh giá năm " + period.year());
        }
        Instant closed = period.selfCloses().atTime(17, 0).atZone(VIETNAM).toInstant();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO self_assessment (period_id, unit_id, appendix_id, status, version,
                            last_activity_at, last_activity_by, completed_at, completed_by, submitted_at, submitted_by)
                        VALUES (:p, :u, :a, 'SUBMITTED', 0, :at, :by, :at, :by, :at, :by)""")
                .param("p", periodId).param("u", unitId).param("a", appendix).param("at", Timestamp.from(closed))
                .param("by", actor).update(key, "id");
        long id = key.getKey().longValue();
        List<Object[]> rows = new ArrayList<>();
        values.forEach((input, text) -> {
            if (text != null && !text.isBlank()) {
                rows.add(new Object[]{id, input, text.strip(), Timestamp.from(closed), actor});
            }
        });
        batch.batchUpdate("""
                INSERT INTO self_assessment_value (assessment_id, input_key, value_text, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?)""", rows);
        UnitResult score = SelfScoring.score(assessments.workspace(period, unitId)).result();
        String receipt = "TĐG-" + period.year() + "-" + unitId + "-" + id;
        jdbc.sql("""
                        UPDATE self_assessment SET submitted_total = :total, submitted_max = :max,
                            submitted_percent = :percent, submitted_class = :class, receipt_number = :receipt
                        WHERE id = :id""")
                .param("total", score.total()).param("max", score.applicableMax()).param("percent", score.percent())
                .param("class", score.classificationLabel()).param("receipt", receipt).param("id", id).update();
        audit.record(actor, "SELF_ASSESSMENT_RECORDED", "self_assessment", String.valueOf(id), unitId, periodId,
                null, "SUBMITTED", "Bản tự đánh giá năm " + period.year() + " nhập từ hồ sơ lưu trữ");
        return assessments.find(periodId, unitId).orElseThrow();
    }
}
