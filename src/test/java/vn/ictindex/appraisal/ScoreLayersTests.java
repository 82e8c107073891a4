package vn.ictindex.appraisal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.organisation.Units;
import vn.ictindex.scoring.InputValue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ictindex.assessment.SelfAssessmentFixture.specialist;

/** Layers above the self-assessment: overrides with reasons, inheritance upwards, stale edits, group inputs. */
@SpringBootTest
@Transactional
class ScoreLayersTests {

    @Autowired
    ScoreLayers layers;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    Periods periods;
    @Autowired
    Units units;
    @Autowired
    AuditTrail audit;

    long justice;
    Period period;

    @BeforeEach
    void justiceTypedItsStaffFigures() {
        justice = units.findByCode("BT-STP").orElseThrow().id();
        period = periods.current().orElseThrow();
        assessments.save(specialist(justice), period.id(), 0, new SelfAssessments.Changes(
                Map.of("staff_total", "57", "staff_with_pc", "56"), Map.of()));
    }

    @Test
    void aCompiledValueOverridesSelfAndIsInheritedByTheLayersAbove() {
        layers.set("admin", period.id(), justice, ScoreLayer.COMPILED, "staff_with_pc", "B1",
                "50", "Biên bản kiểm kê tài sản chỉ ghi 50 máy", null);

        assertThat(layers.values(period.id(), justice, ScoreLayer.SELF).field("staff_with_pc")).isEqualTo("56");
        assertThat(layers.values(period.id(), justice, ScoreLayer.COMPILED).field("staff_with_pc")).isEqualTo("50");
        assertThat(layers.values(period.id(), justice, ScoreLayer.FINAL).field("staff_with_pc")).isEqualTo("50");
        assertThat(layers.values(period.id(), justice, ScoreLayer.FINAL).field("staff_total")).isEqualTo("57");
        assertThat(audit.forUnit(justice, period.id())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("LAYER_CHANGED");
            assertThat(e.oldValue()).isEqualTo("56");
            assertThat(e.newValue()).isEqualTo("50");
            assertThat(e.reason()).contains("kiểm kê");
        });
    }

    @Test
    void aDifferenceWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> layers.set("hoidong", period.id(), justice, ScoreLayer.APPRAISED, "staff_with_pc",
                "B1", "40", " ", null))
                .isInstanceOf(LayerException.class).hasMessageContaining("lý do");
        assertThat(layers.entries(period.id(), justice)).isEmpty();
    }

    @Test
    void settingTheValueOfTheLayerBelowRemovesTheDifference() {
        LayerEntry entry = layers.set("admin", period.id(), justice, ScoreLayer.COMPILED, "staff_with_pc", "B1",
                "50", "Kiểm kê", null).orElseThrow();

        Optional<LayerEntry> after = layers.set("admin", period.id(), justice, ScoreLayer.COMPILED, "staff_with_pc",
                "B1", "56", null, entry.version());

        assertThat(after).isEmpty();
        assertThat(layers.entries(period.id(), justice)).isEmpty();
        assertThat(layers.values(period.id(), justice, ScoreLayer.COMPILED).field("staff_with_pc")).isEqualTo("56");
    }

    @Test
    void aSecondAppraiserWorkingFromTheOldValueGetsAStaleErrorAndTheFirstValueStays() {
        layers.set("hoidong", period.id(), justice, ScoreLayer.APPRAISED, "staff_with_pc", "B1", "52",
                "Đối chiếu hồ sơ gốc", null);

        assertThatThrownBy(() -> layers.set("hoidong2", period.id(), justice, ScoreLayer.APPRAISED, "staff_with_pc",
                "B1", "48", "Khác", null))
                .isInstanceOf(StaleLayerException.class).hasMessageContaining("hoidong");
        assertThat(layers.values(period.id(), justice, ScoreLayer.APPRAISED).field("staff_with_pc")).isEqualTo("52");
    }

    @Test
    void aNotApplicableDecisionInALayerChangesWhatTheEngineReceives() {
        layers.set("hoidong", period.id(), justice, ScoreLayer.APPRAISED, LayerEntry.notApplicableKey("B1"), "B1",
                "true", "Đơn vị không quản lý máy tính riêng", null);

        ScoreLayers.GroupInputs group = layers.groupInputs(period.id(), "PL-I", ScoreLayer.APPRAISED);

        assertThat(group.units().get(justice).notApplicable()).contains("B1");
        assertThat(layers.groupInputs(period.id(), "PL-I", ScoreLayer.COMPILED).units().get(justice)
                .notApplicable()).doesNotContain("B1");
    }

    @Test
    void groupInputsHoldEveryParticipantOfTheAppendixAndReportUnreadableText() {
        layers.set("admin", period.id(), justice, ScoreLayer.COMPILED, "staff_total", "B1", "năm mươi",
                "Nhập sai", null);

        ScoreLayers.GroupInputs group = layers.groupInputs(period.id(), "PL-I", ScoreLayer.COMPILED);

        assertThat(group.units()).containsKey(justice);
        assertThat(group.units().keySet()).allSatisfy(unit ->
                assertThat(periods.appendixOf(period.id(), unit)).contains("PL-I"));
        assertThat(group.units().get(justice).inputs()).containsEntry("staff_with_pc",
                new InputValue.NumberValue(new BigDecimal("56"))).doesNotContainKey("staff_total");
        assertThat(group.fieldErrors().get(justice)).containsKey("staff_total");
    }
    @Test
    void theGroupReadTogetherIsWhatEachUnitReadAloneGives() {
        layers.set("admin", period.id(), justice, ScoreLayer.COMPILED, "staff_with_pc", "B1", "50", "Đối chiếu", null);
        layers.set("hoidong", period.id(), justice, ScoreLayer.APPRAISED, LayerEntry.notApplicableKey("B1"), "B1",
                "true", "Không quản lý máy tính riêng", null);

        for (ScoreLayer layer : ScoreLayer.values()) {
            ScoreLayers.GroupInputs group = layers.groupInputs(period.id(), "PL-I", layer);
            group.units().forEach((unit, inputs) -> {
                ScoreLayers.LayerValues alone = layers.values(period.id(), unit, layer);
                assertThat(inputs.notApplicable()).as("%s of unit %d", layer, unit)
                        .isEqualTo(alone.notApplicable());
                assertThat(inputs.inputs().keySet()).as("%s of unit %d", layer, unit)
                        .isSubsetOf(alone.values().keySet());
            });
        }
        assertThat(layers.groupInputs(period.id(), "PL-I", ScoreLayer.COMPILED).units().get(justice).inputs())
                .containsEntry("staff_with_pc", new InputValue.NumberValue(new BigDecimal("50")));
    }
}
