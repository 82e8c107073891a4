package vn.ictindex.assessment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.organisation.Units;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ictindex.assessment.SelfAssessmentFixture.evidenceForEveryCriterion;
import static vn.ictindex.assessment.SelfAssessmentFixture.everyFigureOfABestUnit;
import static vn.ictindex.assessment.SelfAssessmentFixture.head;
import static vn.ictindex.assessment.SelfAssessmentFixture.specialist;

/** The self-assessment of the demo period: drafts, the self-score, completion, submission, the lock. */
@SpringBootTest
@Transactional
class SelfAssessmentsTests {

    @Autowired
    SelfAssessments assessments;
    @Autowired
    Periods periods;
    @Autowired
    Units units;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    long justice;
    long health;
    Period period;

    @BeforeEach
    void demoPeriod() {
        justice = units.findByCode("BT-STP").orElseThrow().id();
        health = units.findByCode("BT-SYT").orElseThrow().id();
        period = periods.current().orElseThrow();
    }

    private SelfAssessments.Changes figures(String... keyValues) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        return new SelfAssessments.Changes(values, Map.of());
    }

    @Test
    void aFirstSaveStartsTheSelfAssessmentAndScoresWhatWasTyped() {
        SelfAssessment saved = assessments.save(specialist(justice), period.id(), 0,
                figures("staff_total", "57", "staff_with_pc", "56"));

        assertThat(saved.status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        assertThat(saved.version()).isEqualTo(1);
        SelfScoring.Score score = SelfScoring.score(assessments.workspace(period, justice));
        assertThat(score.result().node("B1").orElseThrow().explain())
                .isEqualTo("56/57 người × 15 = 14,74 (làm tròn từ 14,7368)");
        assertThat(score.result().total()).isEqualByComparingTo("14.74");
    }

    @Test
    void aValueThatIsNotYetValidIsKeptAsTypedAndShownWithItsError() {
        assessments.save(specialist(justice), period.id(), 0, figures("staff_total", "năm mươi", "it_spending", "1.250,5"));

        SelfAssessments.Workspace workspace = assessments.workspace(period, justice);
        assertThat(workspace.assessment().value("staff_total")).isEqualTo("năm mươi");
        SelfScoring.Score score = SelfScoring.score(workspace);
        assertThat(score.fieldErrors().get("staff_total")).startsWith("Cần nhập một số nguyên");
        assertThat(score.fieldErrors()).doesNotContainKey("it_spending");
    }

    @Test
    void figuresThatBreakAConstraintAreReportedOnTheField() {
        assessments.save(specialist(justice), period.id(), 0, figures("staff_total", "20", "staff_with_pc", "25"));

        SelfScoring.Score score = SelfScoring.score(assessments.workspace(period, justice));
        assertThat(score.fieldErrors().get("staff_with_pc")).contains("phải ≤");
        assertThat(score.result().total()).isNull();
    }

    @Test
    void aStaleEditorDoesNotOverwriteTheOtherEditor() {
        assessments.save(specialist(justice), period.id(), 0, figures("staff_total", "57"));

        assertThatThrownBy(() -> assessments.save(specialist(justice), period.id(), 0, figures("staff_total", "99")))
                .isInstanceOf(StaleSelfAssessmentException.class)
                .hasMessageContaining("thay đổi của bạn chưa được lưu");
        assertThat(assessments.find(period.id(), justice).orElseThrow().value("staff_total")).isEqualTo("57");
    }

    @Test
    void oneUnitsSaveNeverTouchesAnotherUnit() {
        assessments.save(specialist(justice), period.id(), 0, figures("staff_total", "57"));
        assessments.save(specialist(health), period.id(), 0, figures("staff_total", "300"));

        assertThat(assessments.find(period.id(), justice).orElseThrow().value("staff_total")).isEqualTo("57");
        assertThat(assessments.find(period.id(), health).orElseThrow().value("staff_total")).isEqualTo("300");
    }

    @Test
    void completionNeedsEveryFigureAndTheEvidenceTheCriteriaDemand() {
        SelfAssessments.Workspace workspace = assessments.workspace(period, justice);
        assessments.save(specialist(justice), period.id(), 0, everyFigureOfABestUnit(workspace));

        assertThatThrownBy(() -> assessments.markComplete(specialist(justice), period.id(), 1))
                .isInstanceOf(SelfAssessmentException.class)
                .hasMessageContaining("A1: cần tài liệu kiểm chứng");

        evidenceForEveryCriterion(jdbc, workspace);
        SelfAssessment complete = assessments.markComplete(specialist(justice), period.id(), 1);
        assertThat(complete.status()).isEqualTo(AssessmentStatus.COMPLETE);
    }

    @Test
    void theHeadSubmitsACompleteSelfAssessmentAndGetsAReceipt() {
        SelfAssessment complete = completeSelfAssessmentOf(justice);

        SelfAssessment submitted = assessments.submit(head(justice), period.id(), complete.version());

        assertThat(submitted.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(submitted.receipt().number()).isEqualTo("TĐG-" + period.year() + "-BT-STP-" + submitted.id());
        assertThat(submitted.receipt().total()).isEqualByComparingTo("500");
        assertThat(submitted.receipt().classification()).isEqualTo("Tốt");
        assertThat(audit.forUnit(justice, period.id())).extracting(e -> e.action())
                .containsExactly("SELF_ASSESSMENT_COMPLETED", "SELF_ASSESSMENT_SUBMITTED");
    }

    @Test
    void aSubmittedSelfAssessmentIsReadOnly() {
        SelfAssessment complete = completeSelfAssessmentOf(justice);
        SelfAssessment submitted = assessments.submit(head(justice), period.id(), complete.version());

        assertThatThrownBy(() -> assessments.save(specialist(justice), period.id(), submitted.version(),
                figures("staff_total", "1")))
                .isInstanceOf(SelfAssessmentException.class).hasMessageContaining("đã nộp");
    }

    @Test
    void theSpecialistCannotSubmitAndTheHeadCannotType() {
        SelfAssessment complete = completeSelfAssessmentOf(justice);

        assertThatThrownBy(() -> assessments.submit(specialist(justice), period.id(), complete.version()))
                .isInstanceOf(SelfAssessmentException.class).hasMessageContaining("Chỉ lãnh đạo đơn vị");
        assertThatThrownBy(() -> assessments.save(head(justice), period.id(), complete.version(),
                figures("staff_total", "1")))
                .isInstanceOf(SelfAssessmentException.class).hasMessageContaining("Chỉ cán bộ đầu mối");
    }

    @Test
    void theHeadCanHandBackWithAReasonAndAnEditReopensACompleteSelfAssessment() {
        SelfAssessment complete = completeSelfAssessmentOf(justice);

        assertThatThrownBy(() -> assessments.handBack(head(justice), period.id(), complete.version(), " "))
                .hasMessageContaining("lý do");
        SelfAssessment back = assessments.handBack(head(justice), period.id(), complete.version(),
                "Kiểm tra lại số máy tính");
        assertThat(back.status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
    }

    @Test
    void afterTheCloseNothingChangesUntilTheDepartmentGrantsAnExtension() {
        Period closed = closedPeriodWith(justice);

        assertThatThrownBy(() -> assessments.save(specialist(justice), closed.id(), 0, figures("staff_total", "57")))
                .isInstanceOf(SelfAssessmentException.class).hasMessageContaining("Đã hết hạn tự đánh giá");

        periods.grantExtension(closed.id(), justice, periods.today().plusDays(3), "Đơn vị mới sáp nhập", "admin");
        assertThat(assessments.save(specialist(justice), closed.id(), 0, figures("staff_total", "57")).value(
                "staff_total")).isEqualTo("57");
        assertThatThrownBy(() -> assessments.save(specialist(health), closed.id(), 0, figures("staff_total", "1")))
                .isInstanceOf(SelfAssessmentException.class);
    }

    private Period closedPeriodWith(long unitId) {
        LocalDate today = periods.today();
        Period closed = periods.create(new Periods.PeriodDetails(today.getYear() - 5, "Kỳ đã đóng", "BT-UDCNTT",
                "2019", today.minusDays(90), today.minusDays(60), today.minusDays(40), today.minusDays(20),
                today.minusDays(10)), "admin");
        periods.setParticipants(closed.id(), Map.of(unitId, "PL-I", health, "PL-I"));
        return closed;
    }

    private SelfAssessment completeSelfAssessmentOf(long unitId) {
        SelfAssessments.Workspace workspace = assessments.workspace(period, unitId);
        assessments.save(specialist(unitId), period.id(), 0, everyFigureOfABestUnit(workspace));
        evidenceForEveryCriterion(jdbc, workspace);
        return assessments.markComplete(specialist(unitId), period.id(), 1);
    }
}
