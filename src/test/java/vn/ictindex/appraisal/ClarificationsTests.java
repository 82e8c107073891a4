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

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ictindex.appraisal.AppraisalFixture.councilMember;
import static vn.ictindex.appraisal.AppraisalFixture.department;
import static vn.ictindex.appraisal.AppraisalFixture.submittedByABestUnit;
import static vn.ictindex.assessment.SelfAssessmentFixture.head;
import static vn.ictindex.assessment.SelfAssessmentFixture.specialist;

/** Questions per node: asked, answered by the unit only, resolved by the asker; returned nodes and nothing else reopen. */
@SpringBootTest
@Transactional
class ClarificationsTests {

    @Autowired
    Clarifications clarifications;
    @Autowired
    CouncilAssignments assignments;
    @Autowired
    NodeAdjustments adjustments;
    @Autowired
    Compilation compilation;
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
    void bothSubmitted() {
        justice = units.findByCode("BT-STP").orElseThrow().id();
        health = units.findByCode("BT-SYT").orElseThrow().id();
        period = periods.current().orElseThrow();
        submittedByABestUnit(assessments, jdbc, period, justice);
        submittedByABestUnit(assessments, jdbc, period, health);
    }

    @Test
    void theUnitAnswersWithEvidenceAndTheAskerResolves() {
        ClarificationThread thread = clarifications.ask(department(), period.id(), justice, "B1",
                "Đề nghị cung cấp sổ tài sản máy tính", false);
        long item = evidence.library(justice).get(0).id();

        clarifications.comment(specialist(justice), thread.id(), "Gửi kèm báo cáo tài sản", item);
        ClarificationThread resolved = clarifications.resolve(department(), thread.id(),
                clarifications.visible(department(), thread.id()).version(), "Đã nhận đủ");

        assertThat(resolved.open()).isFalse();
        assertThat(resolved.comments()).extracting(ClarificationThread.Comment::body)
                .containsExactly("Đề nghị cung cấp sổ tài sản máy tính", "Gửi kèm báo cáo tài sản", "Đã nhận đủ");
        assertThat(resolved.comments().get(1).evidenceId()).isEqualTo(item);
        assertThatThrownBy(() -> clarifications.comment(specialist(justice), thread.id(), "Thêm", null))
                .isInstanceOf(AppraisalException.class).hasMessageContaining("kết thúc");
        assertThat(audit.forUnit(justice, period.id())).extracting(e -> e.action())
                .contains("CLARIFICATION_ASKED", "CLARIFICATION_COMMENTED", "CLARIFICATION_RESOLVED");
    }

    @Test
    void anAgencySeesOnlyItsOwnThreads() {
        ClarificationThread toJustice = clarifications.ask(department(), period.id(), justice, "B1", "Hỏi STP", false);
        clarifications.ask(department(), period.id(), health, "B1", "Hỏi SYT", false);

        assertThat(clarifications.ofOwnUnit(specialist(justice))).extracting(ClarificationThread::question)
                .containsExactly("Hỏi STP");
        assertThatThrownBy(() -> clarifications.visible(specialist(health), toJustice.id()))
                .isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> clarifications.comment(head(health), toJustice.id(), "Trả lời hộ", null))
                .isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> clarifications.ofUnit(specialist(health), period.id(), justice))
                .isInstanceOf(NotVisibleException.class);
        assertThat(clarifications.openForUnit(justice)).isEqualTo(1);
    }

    @Test
    void aCouncilMemberSeesOnlyThreadsOnItsGroups() {
        assignments.assign(department(), period.id(), "hoidong", "PL-I", "B", null);
        clarifications.ask(department(), period.id(), justice, "A1", "Về kế hoạch", false);
        ClarificationThread onB = clarifications.ask(councilMember(), period.id(), justice, "B1", "Về máy tính", false);

        assertThat(clarifications.ofUnit(councilMember(), period.id(), justice)).extracting(ClarificationThread::id)
                .containsExactly(onB.id());
        assertThatThrownBy(() -> clarifications.ask(councilMember(), period.id(), justice, "A1", "x", false))
                .isInstanceOf(NotVisibleException.class);
    }

    @Test
    void aQuestionOrAnswerSentTwiceIsRecordedOnce() {
        ClarificationThread first = clarifications.ask(department(), period.id(), justice, "B1", "Hỏi", false);
        ClarificationThread again = clarifications.ask(department(), period.id(), justice, "B1", "Hỏi", false);
        clarifications.comment(specialist(justice), first.id(), "Trả lời", null);
        ClarificationThread answeredTwice = clarifications.comment(specialist(justice), first.id(), "Trả lời", null);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(answeredTwice.comments()).extracting(ClarificationThread.Comment::body)
                .containsExactly("Hỏi", "Trả lời");
    }

    @Test
    void onlyTheAskerResolves() {
        ClarificationThread thread = clarifications.ask(department(), period.id(), justice, "B1", "Hỏi", false);

        assertThatThrownBy(() -> clarifications.resolve(specialist(justice), thread.id(), thread.version(), null))
                .isInstanceOf(AppraisalException.class).hasMessageContaining("người đã hỏi");
    }

    @Test
    void aReturnedNodeIsCorrectableByTheUnitAndNothingElseUntilTheThreadIsResolved() {
        ClarificationThread thread = clarifications.ask(department(), period.id(), justice, "B1",
                "Số máy tính không khớp sổ tài sản; đề nghị sửa", true);

        clarifications.correct(specialist(justice), thread.id(), Map.of("staff_with_pc", "40"),
                "Sửa theo sổ tài sản");

        assertThat(assessments.find(period.id(), justice).orElseThrow().value("staff_with_pc")).isEqualTo("40");
        assertThat(clarifications.visible(department(), thread.id()).comments()).last()
                .satisfies(c -> assertThat(c.body()).contains("staff_with_pc", "40"));
        assertThatThrownBy(() -> clarifications.correct(specialist(justice), thread.id(),
                Map.of("computers_networked", "1"), "Sửa luôn B2"))
                .isInstanceOf(AppraisalException.class).hasMessageContaining("không thuộc");
        assertThatThrownBy(() -> assessments.save(specialist(justice), period.id(),
                assessments.find(period.id(), justice).orElseThrow().version(),
                new SelfAssessments.Changes(Map.of("staff_with_pc", "41"), Map.of())))
                .isInstanceOf(vn.ictindex.assessment.SelfAssessmentException.class);
        assertThatThrownBy(() -> clarifications.correct(specialist(health), thread.id(),
                Map.of("staff_with_pc", "1"), "Không phải đơn vị mình"))
                .isInstanceOf(NotVisibleException.class);

        clarifications.resolve(department(), thread.id(), clarifications.visible(department(), thread.id()).version(),
                null);

        assertThat(clarifications.returnedNodes(period.id(), justice)).isEmpty();
        assertThatThrownBy(() -> clarifications.correct(specialist(justice), thread.id(),
                Map.of("staff_with_pc", "41"), "Sửa nữa"))
                .isInstanceOf(AppraisalException.class);
        assertThat(audit.forUnit(justice, period.id())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("SELF_ASSESSMENT_CORRECTED");
            assertThat(e.newValue()).isEqualTo("40");
        });
    }

    @Test
    void aThreadThatWasNotReturnedDoesNotReopenAnything() {
        ClarificationThread thread = clarifications.ask(department(), period.id(), justice, "B1", "Chỉ hỏi", false);

        assertThatThrownBy(() -> clarifications.correct(specialist(justice), thread.id(),
                Map.of("staff_with_pc", "40"), "Sửa"))
                .isInstanceOf(AppraisalException.class).hasMessageContaining("không được trả lại");
    }
}
