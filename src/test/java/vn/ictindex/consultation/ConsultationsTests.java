package vn.ictindex.consultation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.UserAccounts;
import vn.ictindex.criteria.CriteriaImports;
import vn.ictindex.support.MovableClock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Consultation rounds: who sees what, the freeze at the deadline, agreement, reminders, dispositions, the audit. */
@SpringBootTest
@Transactional
class ConsultationsTests {

    /** Dates from the real today: the demo data of the shared test database is loaded on the real date. */
    static final LocalDate SENT_ON = MovableClock.realToday().plusDays(1);
    static final LocalDate DEADLINE = SENT_ON.plusDays(14);
    static final MovableClock CLOCK = new MovableClock();

    static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @Autowired
    Consultations consultations;
    @Autowired
    Syntheses syntheses;
    @Autowired
    ConsultationReminders reminders;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CriteriaImports imports;
    @Autowired
    JdbcClient jdbc;

    ConsultationFixture the;

    @org.junit.jupiter.api.AfterEach
    void backToTheRealTime() {
        CLOCK.reset();
    }

    @BeforeEach
    void aDraftToConsultOn() {
        CLOCK.setDate(SENT_ON);
        the = new ConsultationFixture(accounts, imports);
        the.importDraft("2");
    }

    /** The test's own rounds among those a user may open (the demo data has its own). */
    private List<Long> roundsOf(vn.ictindex.account.CurrentUser user) {
        return consultations.listFor(user).stream()
                .filter(c -> c.criteriaCode().equals(ConsultationFixture.DRAFT_CODE)).map(Consultation::id).toList();
    }

    private Consultation sentRound() {
        Consultation round = consultations.create(the.admin(), the.roundToJusticeHealthAndCouncil("2", DEADLINE));
        return consultations.send(the.admin(), round.id());
    }

    private static Consultations.CommentDetails onNode(String key, String text) {
        return new Consultations.CommentDetails("PL-T", key, text);
    }

    @Test
    void aRecipientSeesOnlyTheRoundsSentToIt() {
        Consultation round = consultations.create(the.admin(), new Consultations.RoundDetails(
                ConsultationFixture.DRAFT_CODE, "2", "Chỉ Sở Tư pháp", DEADLINE, "Đề nghị góp ý.",
                List.of(the.justiceSpecialist().unitId()), List.of(), List.of(), false));

        assertThat(roundsOf(the.justiceSpecialist())).as("a prepared round reaches nobody").isEmpty();
        assertThatThrownBy(() -> consultations.visibleTo(the.justiceSpecialist(), round.id()))
                .isInstanceOf(ConsultationNotFoundException.class);

        consultations.send(the.admin(), round.id());

        assertThat(roundsOf(the.justiceSpecialist())).containsExactly(round.id());
        assertThat(roundsOf(the.justiceHead())).containsExactly(round.id());
        assertThat(roundsOf(the.healthSpecialist())).isEmpty();
        assertThat(roundsOf(the.councilMember())).isEmpty();
        assertThat(consultations.listFor(the.viewer())).isEmpty();
        assertThatThrownBy(() -> consultations.visibleTo(the.healthSpecialist(), round.id()))
                .isInstanceOf(ConsultationNotFoundException.class);
        assertThatThrownBy(() -> consultations.comment(the.healthSpecialist(), round.id(), "k1",
                onNode("A1", "Góp ý của đơn vị không được hỏi")))
                .isInstanceOf(ConsultationNotFoundException.class);
        assertThat(roundsOf(the.admin())).contains(round.id());
    }

    @Test
    void aRecipientSeesOnlyItsOwnComments() {
        Consultation round = sentRound();
        consultations.comment(the.justiceSpecialist(), round.id(), "k1", onNode("A1", "Giảm điểm A1 xuống 10"));
        consultations.comment(the.healthSpecialist(), round.id(), "k2", onNode("A2", "Làm rõ mẫu số của A2"));

        assertThat(consultations.ownComments(the.justiceHead(), round.id())).extracting(Comment::body)
                .containsExactly("Giảm điểm A1 xuống 10");
        assertThat(consultations.ownComments(the.healthSpecialist(), round.id())).extracting(Comment::body)
                .containsExactly("Làm rõ mẫu số của A2");
        assertThat(consultations.ownComments(the.councilMember(), round.id())).isEmpty();
        assertThatThrownBy(() -> consultations.comments(the.justiceSpecialist(), round.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(consultations.comments(the.admin(), round.id())).hasSize(2);
    }

    @Test
    void commentsCanBeEditedUntilTheDeadlineAndAreFrozenAfterIt() {
        Consultation round = sentRound();
        Comment comment = consultations.comment(the.justiceSpecialist(), round.id(), "k1",
                onNode("B1", "Bổ sung họp trực tuyến cấp xã"));

        CLOCK.setDateTime(DEADLINE, java.time.LocalTime.of(23, 30));
        Comment edited = consultations.edit(the.justiceHead(), round.id(), comment.id(), comment.version(),
                "Bổ sung họp trực tuyến cấp huyện và cấp xã");
        assertThat(edited.body()).isEqualTo("Bổ sung họp trực tuyến cấp huyện và cấp xã");
        assertThat(edited.late()).isFalse();

        CLOCK.setDateTime(DEADLINE.plusDays(1), java.time.LocalTime.of(0, 5));
        assertThatThrownBy(() -> consultations.edit(the.justiceSpecialist(), round.id(), comment.id(),
                edited.version(), "Sửa sau hạn"))
                .isInstanceOf(ConsultationException.class)
                .hasMessage("Đã hết hạn góp ý (" + DAY.format(DEADLINE) + "): ý kiến đã gửi không sửa được nữa");
        assertThat(consultations.ownComments(the.justiceSpecialist(), round.id())).extracting(Comment::body)
                .containsExactly("Bổ sung họp trực tuyến cấp huyện và cấp xã");
    }

    @Test
    void aCommentSentAfterTheDeadlineIsKeptAndMarkedLate() {
        Consultation round = sentRound();
        CLOCK.setDate(DEADLINE.plusDays(2));

        Comment late = consultations.comment(the.healthSpecialist(), round.id(), "k1", onNode("C1", "Gửi muộn"));

        assertThat(late.late()).isTrue();
        assertThat(consultations.answers(round.id()).values()).contains(Answer.COMMENTED);
        assertThat(syntheses.of(the.admin(), round.id()).rows().get(0).comment())
                .isEqualTo("Gửi muộn\n(Gửi sau hạn góp ý " + DAY.format(DEADLINE) + ")");
    }

    @Test
    void aClosedRoundTakesNoMoreComments() {
        Consultation round = sentRound();
        consultations.close(the.admin(), round.id());

        assertThatThrownBy(() -> consultations.comment(the.justiceSpecialist(), round.id(), "k1",
                onNode("A1", "Sau khi kết thúc")))
                .isInstanceOf(ConsultationException.class).hasMessageContaining("đã kết thúc");
        assertThatThrownBy(() -> consultations.agree(the.councilMember(), round.id()))
                .isInstanceOf(ConsultationException.class);
    }

    @Test
    void theSameCommentFormSentTwiceStoresOneComment() {
        Consultation round = sentRound();
        Comment first = consultations.comment(the.justiceSpecialist(), round.id(), "form-1", onNode("A1", "Một lần"));
        Comment second = consultations.comment(the.justiceSpecialist(), round.id(), "form-1", onNode("A1", "Một lần"));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(consultations.ownComments(the.justiceSpecialist(), round.id())).hasSize(1);
    }

    @Test
    void aCommentPointsAtANodeOfTheDraftOrAtTheWholeDraft() {
        Consultation round = sentRound();

        assertThatThrownBy(() -> consultations.comment(the.justiceSpecialist(), round.id(), "k1",
                onNode("Z9", "Không có tiêu chí này")))
                .isInstanceOf(ConsultationException.class).hasMessage("Tiêu chí «Z9» không có trong PL-T");
        assertThatThrownBy(() -> consultations.comment(the.justiceSpecialist(), round.id(), "k2",
                onNode("A1", "   ")))
                .isInstanceOf(ConsultationException.class).hasMessage("Cần nhập nội dung góp ý");

        Comment whole = consultations.comment(the.justiceSpecialist(), round.id(), "k3",
                new Consultations.CommentDetails("", "", "Đề nghị giữ bố cục"));
        Comment onA1 = consultations.comment(the.justiceSpecialist(), round.id(), "k4", onNode("A1", "Về A1"));
        assertThat(whole.onWholeDraft()).isTrue();
        assertThat(whole.target()).isEqualTo("Toàn bộ dự thảo");
        assertThat(onA1.target()).isEqualTo("PL-T, tiêu chí A1");
        assertThat(onA1.nodeName()).isNotBlank();
        assertThat(consultations.nodeCounts(round.id())).extracting(Consultations.NodeCount::nodeKey,
                Consultations.NodeCount::comments).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, 1), org.assertj.core.groups.Tuple.tuple("A1", 1));
    }

    @Test
    void agreeingWithoutCommentIsAnAnswerAndCommentingComesFirst() {
        Consultation round = sentRound();
        consultations.agree(the.councilMember(), round.id());
        consultations.agree(the.councilMember(), round.id());
        consultations.comment(the.justiceSpecialist(), round.id(), "k1", onNode("A1", "Ý kiến"));

        assertThatThrownBy(() -> consultations.agree(the.justiceHead(), round.id()))
                .isInstanceOf(ConsultationException.class);
        List<Recipient> recipients = consultations.recipients(round.id());
        var answers = consultations.answers(round.id());
        assertThat(recipients).extracting(r -> answers.get(r.id())).containsExactly(
                Answer.COMMENTED, Answer.NOT_ANSWERED, Answer.AGREED);
        assertThat(recipients).extracting(Recipient::name).containsExactly("Sở Tư pháp", "Sở Y tế",
                "Nguyễn Hữu Thẩm Định");

        SynthesisTable.Counts counts = syntheses.of(the.admin(), round.id()).counts();
        assertThat(counts).isEqualTo(new SynthesisTable.Counts(3, 2, 1, 1, 1, 1));
    }

    @Test
    void onlyADraftIsConsultedAndTheDeadlineMustNotHavePassed() {
        assertThatThrownBy(() -> consultations.create(the.admin(), new Consultations.RoundDetails("BT-UDCNTT",
                "2019", "Bộ đã ban hành", DEADLINE, "Góp ý", List.of(the.justiceSpecialist().unitId()), List.of(),
                List.of(), false)))
                .isInstanceOf(ConsultationException.class)
                .hasMessage("Chỉ lấy ý kiến trên dự thảo; BT-UDCNTT@2019 đã ban hành");
        assertThatThrownBy(() -> consultations.create(the.admin(),
                the.roundToJusticeHealthAndCouncil("2", SENT_ON.minusDays(1))))
                .isInstanceOf(ConsultationException.class)
                .satisfies(e -> assertThat(((ConsultationException) e).field()).isEqualTo("deadline"));
        assertThatThrownBy(() -> consultations.create(the.justiceHead(),
                the.roundToJusticeHealthAndCouncil("2", DEADLINE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWholeTargetGroupIsChosenAtOnceAndEveryUnitIsConsultedOnce() {
        Consultation round = consultations.create(the.admin(), new Consultations.RoundDetails(
                ConsultationFixture.DRAFT_CODE, "2", "Khối sở, ngành", DEADLINE, "Góp ý",
                List.of(the.justiceSpecialist().unitId()), List.of("PL-I"), List.of(), true));

        List<Recipient> recipients = consultations.recipients(round.id());
        long unitsOfPlI = jdbc.sql("SELECT COUNT(*) FROM unit WHERE default_appendix = 'PL-I'").query(Long.class)
                .single();
        assertThat(recipients.stream().filter(Recipient::isUnit).count()).isEqualTo(unitsOfPlI);
        assertThat(recipients).extracting(Recipient::name).contains("Sở Tư pháp", "Nguyễn Hữu Thẩm Định")
                .doesNotHaveDuplicates();
    }

    @Test
    void aPreparedRoundCanBeChangedButNotOnceSent() {
        Consultation round = consultations.create(the.admin(), the.roundToJusticeHealthAndCouncil("2", DEADLINE));
        Consultation changed = consultations.update(the.admin(), round.id(), round.version(),
                new Consultations.RoundDetails(null, null, "Đợt 1", DEADLINE.plusDays(5), "Thư mới",
                        List.of(the.justiceSpecialist().unitId()), List.of(), List.of(), false));
        assertThat(changed.deadline()).isEqualTo(DEADLINE.plusDays(5));
        assertThat(consultations.recipients(round.id())).hasSize(1);
        assertThatThrownBy(() -> consultations.update(the.admin(), round.id(), round.version(),
                the.roundToJusticeHealthAndCouncil("2", DEADLINE)))
                .isInstanceOf(OptimisticLockingFailureException.class);

        consultations.send(the.admin(), round.id());
        assertThatThrownBy(() -> consultations.update(the.admin(), round.id(), changed.version() + 1,
                the.roundToJusticeHealthAndCouncil("2", DEADLINE)))
                .isInstanceOf(ConsultationException.class);
    }

    private List<Consultations.Reminder> remindersOf(vn.ictindex.account.CurrentUser user, Consultation round) {
        return consultations.remindersFor(user).stream().filter(r -> r.consultationId() == round.id()).toList();
    }

    @Test
    void theReminderJobRemindsThoseWhoHaveNotAnsweredOncePerDay() {
        Consultation round = sentRound();
        consultations.agree(the.councilMember(), round.id());

        CLOCK.setDate(DEADLINE.minusDays(5));
        reminders.runNow();
        assertThat(remindersOf(the.justiceSpecialist(), round)).as("too early").isEmpty();

        CLOCK.setDate(DEADLINE.minusDays(3));
        reminders.runNow();
        reminders.runNow();
        assertThat(consultations.remind("admin", round.id())).as("the button on the same day").isZero();
        assertThat(remindersOf(the.justiceHead(), round)).extracting(Consultations.Reminder::day)
                .containsExactly(DEADLINE.minusDays(3));
        assertThat(remindersOf(the.councilMember(), round)).isEmpty();
        assertThat(consultations.reminderCounts(round.id()).values()).containsExactly(1, 1);

        consultations.comment(the.justiceSpecialist(), round.id(), "k1", onNode("A1", "Đã trả lời"));
        assertThat(remindersOf(the.justiceSpecialist(), round)).as("answered").isEmpty();
        CLOCK.setDate(DEADLINE.minusDays(2));
        assertThat(consultations.remind("admin", round.id())).as("only Sở Y tế is left").isEqualTo(1);
    }

    @Test
    void aDispositionShortOfAcceptingNeedsReasonsAndTheNextDraftListsWhatItAnswers() {
        Consultation round = sentRound();
        Comment comment = consultations.comment(the.justiceSpecialist(), round.id(), "k1", onNode("A1", "Giảm điểm"));
        String next = the.importDraft("3");

        assertThatThrownBy(() -> consultations.dispose(the.admin(), round.id(), comment.id(), comment.version(),
                new Consultations.DispositionDetails(Disposition.NOT_ACCEPTED, " ", null, null)))
                .isInstanceOf(ConsultationException.class).hasMessage("Cần nhập nội dung giải trình khi không tiếp thu");
        assertThatThrownBy(() -> consultations.dispose(the.admin(), round.id(), comment.id(), comment.version(),
                new Consultations.DispositionDetails(Disposition.ACCEPTED, null, null, "TEST-GOPY@99")))
                .isInstanceOf(ConsultationException.class);

        Comment disposed = consultations.dispose(the.admin(), round.id(), comment.id(), comment.version(),
                new Consultations.DispositionDetails(Disposition.PARTLY_ACCEPTED, "Giảm 5 điểm thay vì 10",
                        "A1: 15 → 10 điểm", next));
        assertThat(disposed.disposition()).isEqualTo(Disposition.PARTLY_ACCEPTED);
        assertThat(consultations.answeredBy(next)).extracting(Comment::id).containsExactly(comment.id());
        assertThatThrownBy(() -> consultations.edit(the.justiceSpecialist(), round.id(), comment.id(),
                disposed.version(), "Sửa sau khi Sở đã trả lời"))
                .isInstanceOf(ConsultationException.class);
        assertThatThrownBy(() -> consultations.dispose(the.admin(), round.id(), comment.id(), comment.version(),
                new Consultations.DispositionDetails(Disposition.ACCEPTED, null, null, null)))
                .isInstanceOf(OptimisticLockingFailureException.class);

        SynthesisTable.Row row = syntheses.of(the.admin(), round.id()).rows().get(0);
        assertThat(row.answer()).isEqualTo("Tiếp thu một phần: Giảm 5 điểm thay vì 10");
        assertThat(row.change()).isEqualTo("A1: 15 → 10 điểm\nThể hiện tại dự thảo TEST-GOPY@3");
    }

    @Test
    void everyChangeIsAuditedInItsTransaction() {
        long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_event").query(Long.class).single();
        Consultation round = sentRound();
        Comment comment = consultations.comment(the.justiceSpecialist(), round.id(), "k1", onNode("A1", "Ý kiến"));
        consultations.edit(the.justiceSpecialist(), round.id(), comment.id(), comment.version(), "Ý kiến đã sửa");
        consultations.agree(the.councilMember(), round.id());
        consultations.dispose(the.admin(), round.id(), comment.id(), comment.version() + 1,
                new Consultations.DispositionDetails(Disposition.ACCEPTED, null, null, null));
        consultations.remind("admin", round.id());
        consultations.close(the.admin(), round.id());

        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE action LIKE 'CONSULTATION%' AND id > :before ORDER BY id")
                .param("before", before).query(String.class).list()).containsExactly("CONSULTATION_CREATED", "CONSULTATION_SENT",
                "CONSULTATION_COMMENTED", "CONSULTATION_COMMENT_EDITED", "CONSULTATION_AGREED",
                "CONSULTATION_DISPOSITION", "CONSULTATION_REMINDED", "CONSULTATION_CLOSED");
    }
}
