package vn.ictindex.appraisal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.UserAccounts;
import vn.ictindex.assessment.Period;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.organisation.Units;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ictindex.appraisal.AppraisalFixture.councilMember;
import static vn.ictindex.appraisal.AppraisalFixture.department;
import static vn.ictindex.appraisal.AppraisalFixture.secondCouncilMember;
import static vn.ictindex.appraisal.AppraisalFixture.submittedByABestUnit;
import static vn.ictindex.assessment.SelfAssessmentFixture.specialist;

/** The council appraises what it is assigned, with reasons; two appraisers never overwrite each other; sign-off locks. */
@SpringBootTest
@Transactional
class CouncilAppraisalTests {

    @Autowired
    CouncilAssignments assignments;
    @Autowired
    CouncilWork council;
    @Autowired
    AppraisalAccess access;
    @Autowired
    NodeAdjustments adjustments;
    @Autowired
    Compilation compilation;
    @Autowired
    ScoreLayers layers;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    UserAccounts accounts;
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
    void justiceAndHealthSubmittedAndJusticeIsCompiled() {
        justice = units.findByCode("BT-STP").orElseThrow().id();
        health = units.findByCode("BT-SYT").orElseThrow().id();
        period = periods.current().orElseThrow();
        submittedByABestUnit(assessments, jdbc, period, justice);
        submittedByABestUnit(assessments, jdbc, period, health);
        AppraisalFixture.compiledAsSubmitted(adjustments, compilation, period, justice);
    }

    @Test
    void aMemberAssignedToAUnitSeesThatUnitWholeAndNoOther() {
        assignments.assign(department(), period.id(), "hoidong", null, null, justice);

        var appendix = adjustments.appendixOf(period.id(), justice);
        assertThat(access.visibleGroups(councilMember(), period.id(), justice, appendix)).get()
                .isEqualTo(Set.of("A", "B", "C", "D", "E", "F"));
        assertThat(access.visibleGroups(councilMember(), period.id(), health, adjustments.appendixOf(period.id(),
                health))).isEmpty();
    }

    @Test
    void aMemberAssignedToACriteriaGroupSeesOnlyThatGroupOfEachUnitOfTheAppendix() {
        assignments.assign(department(), period.id(), "hoidong", "PL-I", "B", null);
        var appendix = adjustments.appendixOf(period.id(), justice);

        assertThat(access.visibleGroups(councilMember(), period.id(), justice, appendix)).get()
                .isEqualTo(Set.of("B"));
        assertThat(access.seesNode(councilMember(), period.id(), justice, appendix, "B1")).isTrue();
        assertThat(access.seesNode(councilMember(), period.id(), justice, appendix, "A1")).isFalse();
        assertThatThrownBy(() -> adjustments.adjust(councilMember(), period.id(), justice, "A1", Map.of(), Map.of(),
                "x")).isInstanceOf(AppraisalException.class).hasMessageContaining("phân công");
    }

    @Test
    void anUnassignedMemberAndAViewerSeeNothing() {
        var appendix = adjustments.appendixOf(period.id(), justice);
        assertThat(access.visibleGroups(councilMember(), period.id(), justice, appendix)).isEmpty();
        CurrentUser viewer = new CurrentUser(8, "lanhdao", "Huỳnh Thị Lãnh Đạo", vn.ictindex.account.Role.VIEWER,
                null, null, true);
        assertThat(access.visibleGroups(viewer, period.id(), justice, appendix)).isEmpty();
    }

    @Test
    void anAppraisedValueThatDiffersNeedsAReason() {
        assignments.assign(department(), period.id(), "hoidong", null, null, justice);

        assertThatThrownBy(() -> adjustments.adjust(councilMember(), period.id(), justice, "B1",
                Map.of("staff_with_pc", "30"), Map.of(), ""))
                .isInstanceOf(NodeAdjustmentRefusedException.class).hasMessageContaining("lý do");

        adjustments.adjust(councilMember(), period.id(), justice, "B1", Map.of("staff_with_pc", "30"), Map.of(),
                "Đối chiếu sổ tài sản gốc tại phiên họp");

        assertThat(layers.values(period.id(), justice, ScoreLayer.APPRAISED).field("staff_with_pc")).isEqualTo("30");
        assertThat(layers.values(period.id(), justice, ScoreLayer.COMPILED).field("staff_with_pc"))
                .isNotEqualTo("30");
    }

    @Test
    void twoAppraisersSavingTheSameNodeFromTheSamePageOneWinsTheOtherIsToldAndNothingIsLost() {
        CurrentUser second = secondCouncilMember(accounts);
        assignments.assign(department(), period.id(), "hoidong", null, null, justice);
        assignments.assign(department(), period.id(), "hoidong2", "PL-I", "B", null);
        Map<String, Integer> bothLoadedWithoutAnEntry = new HashMap<>();

        adjustments.adjust(councilMember(), period.id(), justice, "B1", Map.of("staff_with_pc", "30"),
                bothLoadedWithoutAnEntry, "Đối chiếu sổ tài sản");

        assertThatThrownBy(() -> adjustments.adjust(second, period.id(), justice, "B1",
                Map.of("staff_with_pc", "25"), bothLoadedWithoutAnEntry, "Theo biên bản kiểm tra"))
                .isInstanceOf(StaleLayerException.class).hasMessageContaining("hoidong");
        assertThat(layers.values(period.id(), justice, ScoreLayer.APPRAISED).field("staff_with_pc")).isEqualTo("30");

        int seen = layers.entry(period.id(), justice, ScoreLayer.APPRAISED, "staff_with_pc").orElseThrow().version();
        adjustments.adjust(second, period.id(), justice, "B1", Map.of("staff_with_pc", "25"),
                Map.of("staff_with_pc", seen), "Theo biên bản kiểm tra, sau khi đọc ý kiến trước");
        assertThat(layers.values(period.id(), justice, ScoreLayer.APPRAISED).field("staff_with_pc")).isEqualTo("25");
    }

    @Test
    void theCouncilAppraisesOnlyCompiledUnits() {
        assignments.assign(department(), period.id(), "hoidong", null, null, health);

        assertThatThrownBy(() -> adjustments.adjust(councilMember(), period.id(), health, "B1",
                Map.of("staff_with_pc", "1"), Map.of(), "x"))
                .isInstanceOf(AppraisalException.class).hasMessageContaining("chưa tổng hợp");
    }

    @Test
    void signOffLocksTheAppraisedLayerAndOnlyTheDepartmentReopensWithAReason() {
        assignments.assign(department(), period.id(), "hoidong", null, null, justice);
        council.signOff(councilMember(), period.id(), justice);

        assertThatThrownBy(() -> adjustments.adjust(councilMember(), period.id(), justice, "B1",
                Map.of("staff_with_pc", "1"), Map.of(), "Sửa sau"))
                .isInstanceOf(AppraisalException.class).hasMessageContaining("thông qua");
        assertThatThrownBy(() -> council.reopen(councilMember(), period.id(), justice, "Xem lại"))
                .isInstanceOf(AppraisalException.class);
        assertThatThrownBy(() -> council.reopen(department(), period.id(), justice, " "))
                .isInstanceOf(AppraisalException.class).hasMessageContaining("lý do");

        council.reopen(department(), period.id(), justice, "Đơn vị bổ sung biên bản kiểm kê");

        adjustments.adjust(councilMember(), period.id(), justice, "B1", Map.of("staff_with_pc", "30"), Map.of(),
                "Theo biên bản bổ sung");
        assertThat(audit.forUnit(justice, period.id())).extracting(e -> e.action())
                .contains("UNIT_SIGNED_OFF", "UNIT_APPRAISAL_REOPENED");
    }

    @Test
    void aMemberWithOneGroupCannotSignOffTheWholeUnit() {
        assignments.assign(department(), period.id(), "hoidong", "PL-I", "B", null);

        assertThatThrownBy(() -> council.signOff(councilMember(), period.id(), justice))
                .isInstanceOf(AppraisalException.class);
    }

    @Test
    void onlyCouncilAccountsAreAssignedAndOnlyByTheDepartment() {
        assertThatThrownBy(() -> assignments.assign(department(), period.id(), "stp.chuyenvien", null, null, justice))
                .isInstanceOf(AppraisalException.class).hasMessageContaining("Hội đồng");
        assertThatThrownBy(() -> assignments.assign(councilMember(), period.id(), "hoidong", null, null, justice))
                .isInstanceOf(AppraisalException.class);
        assertThatThrownBy(() -> assignments.assign(department(), period.id(), "hoidong", "PL-I", "Z", null))
                .isInstanceOf(AppraisalException.class).hasMessageContaining("Z");
    }

    @Test
    void aSessionRecordsTheDayMembersPresentAndUnitsAppraised() {
        CouncilSession session = council.recordSession(department(), period.id(), LocalDate.of(2026, 11, 5),
                List.of("hoidong", " hoidong2 "), List.of(justice, health), "Đơn vị mang bản gốc để đối chiếu");

        assertThat(council.sessions(period.id())).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(session.id());
            assertThat(s.heldOn()).isEqualTo(LocalDate.of(2026, 11, 5));
            assertThat(s.members()).containsExactly("hoidong", "hoidong2");
            assertThat(s.unitIds()).containsExactlyInAnyOrder(justice, health);
        });
        assertThat(council.recordSession(department(), period.id(), LocalDate.of(2026, 11, 5),
                List.of("hoidong", "hoidong2"), List.of(health, justice), "Đơn vị mang bản gốc để đối chiếu").id())
                .as("the same session submitted twice").isEqualTo(session.id());
        assertThatThrownBy(() -> council.recordSession(department(), period.id(), LocalDate.of(2026, 11, 5),
                List.of(), List.of(justice), null)).isInstanceOf(AppraisalException.class);
        assertThatThrownBy(() -> council.recordSession(specialist(justice), period.id(), LocalDate.of(2026, 11, 5),
                List.of("hoidong"), List.of(justice), null)).isInstanceOf(AppraisalException.class);
    }
}
