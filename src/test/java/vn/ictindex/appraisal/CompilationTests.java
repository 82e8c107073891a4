package vn.ictindex.appraisal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.assessment.evidence.EvidenceLibrary;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.organisation.Units;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ictindex.appraisal.AppraisalFixture.department;
import static vn.ictindex.appraisal.AppraisalFixture.submittedByABestUnit;
import static vn.ictindex.assessment.SelfAssessmentFixture.specialist;

/** The department's compilation: checking nodes, adjusting with reasons, deciding on evidence, marking compiled. */
@SpringBootTest
@Transactional
class CompilationTests {

    @Autowired
    Compilation compilation;
    @Autowired
    NodeAdjustments adjustments;
    @Autowired
    LayerScores scores;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    EvidenceLibrary evidence;
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
    void justiceSubmittedHealthDidNot() {
        justice = units.findByCode("BT-STP").orElseThrow().id();
        health = units.findByCode("BT-SYT").orElseThrow().id();
        period = periods.current().orElseThrow();
        submittedByABestUnit(assessments, jdbc, period, justice);
    }

    @Test
    void theQueueHoldsSubmittedUnitsOnlyAndCountsThemByStage() {
        Compilation.Queue queue = compilation.queue(department(), period.id(), "PL-I");

        assertThat(queue.rows()).extracting(r -> r.unit().code()).containsExactly("BT-STP");
        assertThat(queue.counts().get(UnitStage.Status.NOT_STARTED)).isEqualTo(1);
        assertThat(queue.notSubmitted()).isPositive();

        adjustments.accept(department(), period.id(), justice, "B1");

        Compilation.Queue after = compilation.queue(department(), period.id(), "PL-I");
        assertThat(after.counts().get(UnitStage.Status.IN_COMPILATION)).isEqualTo(1);
        assertThat(after.rows().get(0).checked()).isEqualTo(1);
    }

    @Test
    void anAdjustedInputNeedsAReasonAndMovesTheCompiledPointsOnly() {
        assertThatThrownBy(() -> adjustments.adjust(department(), period.id(), justice, "B1",
                Map.of("staff_with_pc", "20"), Map.of(), " "))
                .isInstanceOf(NodeAdjustmentRefusedException.class)
                .satisfies(e -> assertThat(((NodeAdjustmentRefusedException) e).fieldErrors()).containsKey("reason"));

        adjustments.adjust(department(), period.id(), justice, "B1", Map.of("staff_with_pc", "20"), Map.of(),
                "Sổ tài sản chỉ ghi 20 máy");

        LayerScores.UnitLayers layers = scores.forUnit(period.id(), justice);
        BigDecimal self = layers.result(ScoreLayer.SELF).node("B1").orElseThrow().points();
        BigDecimal compiled = layers.result(ScoreLayer.COMPILED).node("B1").orElseThrow().points();
        assertThat(compiled).isLessThan(self);
        assertThat(layers.result(ScoreLayer.APPRAISED).node("B1").orElseThrow().points()).isEqualByComparingTo(compiled);
        assertThat(layers.entries()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo("Sổ tài sản chỉ ghi 20 máy");
            assertThat(e.setBy()).isEqualTo("admin");
        });
        assertThat(adjustments.checked(period.id(), justice)).contains("B1");
    }

    @Test
    void anUnreadableFigureIsRefusedNextToItsFieldAndNothingIsSaved() {
        Map<String, String> typed = new HashMap<>();
        typed.put("staff_with_pc", "hai mươi");
        typed.put("staff_total", "30");

        assertThatThrownBy(() -> adjustments.adjust(department(), period.id(), justice, "B1", typed, Map.of(),
                "Kiểm kê"))
                .isInstanceOf(NodeAdjustmentRefusedException.class)
                .satisfies(e -> assertThat(((NodeAdjustmentRefusedException) e).fieldErrors())
                        .containsKey("staff_with_pc").doesNotContainKey("staff_total"));
        assertThat(scores.forUnit(period.id(), justice).entries()).isEmpty();
    }

    @Test
    void aUnitThatHasNotSubmittedCannotBeCompiled() {
        assertThatThrownBy(() -> adjustments.accept(department(), period.id(), health, "B1"))
                .isInstanceOf(AppraisalException.class).hasMessageContaining("chưa nộp");
    }

    @Test
    void markingCompiledNeedsEveryCriterionCheckedAndLocksTheCompiledLayer() {
        adjustments.accept(department(), period.id(), justice, "B1");
        assertThatThrownBy(() -> compilation.markCompiled(department(), period.id(), justice))
                .isInstanceOf(AppraisalException.class).hasMessageContaining("chưa kiểm tra");

        AppraisalFixture.compiledAsSubmitted(adjustments, compilation, period, justice);

        assertThat(compilation.queue(department(), period.id(), "PL-I").counts().get(UnitStage.Status.COMPILED))
                .isEqualTo(1);
        assertThatThrownBy(() -> adjustments.adjust(department(), period.id(), justice, "B1",
                Map.of("staff_with_pc", "1"), Map.of(), "Muộn"))
                .isInstanceOf(AppraisalException.class).hasMessageContaining("mở lại");
        assertThat(audit.forUnit(justice, period.id())).extracting(e -> e.action()).contains("UNIT_COMPILED");
    }

    @Test
    void aRejectedEvidenceItemNeedsAReasonAndTheAgencySeesTheDecision() {
        long item = evidence.linkedTo(period.id(), justice).get("B1").get(0).id();

        assertThatThrownBy(() -> compilation.decideEvidence(department(), period.id(), justice, item, "B1", false,
                "", null)).isInstanceOf(AppraisalException.class).hasMessageContaining("lý do");

        EvidenceDecision rejected = compilation.decideEvidence(department(), period.id(), justice, item, "B1", false,
                "Báo cáo không có số liệu máy tính", null);

        assertThat(compilation.decisions(period.id(), justice).get("B1").get(item).accepted()).isFalse();
        assertThat(audit.forUnit(justice, period.id())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("EVIDENCE_REJECTED");
            assertThat(e.reason()).contains("không có số liệu");
        });
        assertThatThrownBy(() -> compilation.decideEvidence(department(), period.id(), justice, item, "B1", true,
                null, null)).isInstanceOf(StaleLayerException.class);
        assertThat(compilation.decideEvidence(department(), period.id(), justice, item, "B1", true, null,
                rejected.version()).accepted()).isTrue();
    }

    @Test
    void onlyTheDepartmentCompiles() {
        assertThatThrownBy(() -> adjustments.accept(specialist(justice), period.id(), justice, "B1"))
                .isInstanceOf(AppraisalException.class);
        assertThatThrownBy(() -> compilation.queue(AppraisalFixture.councilMember(), period.id(), "PL-I"))
                .isInstanceOf(AppraisalException.class);
    }

    @Test
    void thePreliminaryReportListsTheGroupWithCompiledTotalsAgainstSelf() {
        adjustments.adjust(department(), period.id(), justice, "B1", Map.of("staff_with_pc", "20"), Map.of(),
                "Sổ tài sản chỉ ghi 20 máy");

        Compilation.PreliminaryReport report = compilation.preliminary(department(), period.id(), "PL-I");

        assertThat(report.rows()).anySatisfy(r -> {
            assertThat(r.unit().code()).isEqualTo("BT-STP");
            assertThat(r.selfTotal()).isEqualByComparingTo("500");
            assertThat(r.difference()).isNegative();
            assertThat(r.rank()).isEqualTo(1);
        });
    }
}
