package vn.ictindex.consultation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.account.UserAccount;
import vn.ictindex.account.UserAccounts;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.CriteriaVersions;
import vn.ictindex.criteria.VersionDiff;
import vn.ictindex.criteria.VersionDiffs;
import vn.ictindex.criteria.VersionStatus;
import vn.ictindex.organisation.Unit;
import vn.ictindex.organisation.Units;
import vn.ictindex.organisation.VietnameseOrder;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Consultation rounds on draft criteria versions: prepare and send a round, recipients' comments and agreement, the
 * department's dispositions and reminders. Every method that reads for a user checks what that user may see; every
 * change is audited in its own transaction.
 */
@Service
public class Consultations {

    /** Comments longer than this are refused: a comment is a paragraph or two, not a document. */
    public static final int MAX_COMMENT_LENGTH = 5000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final RowMapper<Consultation> ROW = (rs, n) -> new Consultation(rs.getLong("id"),
            rs.getString("criteria_code"), rs.getString("criteria_version"), rs.getString("title"),
            rs.getString("cover_note"), rs.getDate("deadline").toLocalDate(),
            ConsultationStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("created_at")),
            rs.getString("created_by"), instant(rs.getTimestamp("sent_at")), instant(rs.getTimestamp("closed_at")),
            rs.getInt("version"));

    private static final RowMapper<Recipient> RECIPIENT = (rs, n) -> new Recipient(rs.getLong("id"),
            rs.getLong("consultation_id"), (Long) rs.getObject("unit_id", Long.class),
            (Long) rs.getObject("account_id", Long.class), rs.getString("name"),
            instant(rs.getTimestamp("agreed_at")), rs.getString("agreed_by"), rs.getBoolean("agreed_late"),
            rs.getString("letter_reference"));

    private static final RowMapper<Comment> COMMENT = (rs, n) -> new Comment(rs.getLong("id"),
            rs.getLong("consultation_id"), rs.getLong("recipient_id"), rs.getString("recipient_name"),
            rs.getString("appendix_id"), rs.getString("node_key"), rs.getString("node_name"), rs.getString("body"),
            rs.getString("author"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")),
            rs.getBoolean("late"),
            rs.getString("disposition") == null ? null : Disposition.valueOf(rs.getString("disposition")),
            rs.getString("explanation"), rs.getString("resulting_change"), rs.getString("answered_in"),
            rs.getString("disposed_by"), instant(rs.getTimestamp("disposed_at")), rs.getInt("version"));

    private static final String COMMENTS = """
            SELECT c.*, r.name AS recipient_name FROM consultation_comment c
            JOIN consultation_recipient r ON r.id = c.recipient_id""";

    private final JdbcClient jdbc;
    private final CriteriaVersions criteria;
    private final Units units;
    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final Clock clock;

    Consultations(JdbcClient jdbc, CriteriaVersions criteria, Units units, UserAccounts accounts, AuditTrail audit,
                  Clock clock) {
        this.jdbc = jdbc;
        this.criteria = criteria;
        this.units = units;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- the department prepares and sends a round

    /**
     * What an administrator chooses for a round.
     *
     * @param unitIds    units chosen one by one
     * @param groups     appendices whose units are all consulted (the units valid today with that default appendix)
     * @param councilIds council members chosen one by one
     * @param allCouncil every enabled council member
     */
    public record RoundDetails(String criteriaCode, String criteriaVersion, String title, LocalDate deadline,
                               String coverNote, List<Long> unitIds, List<String> groups, List<Long> councilIds,
                               boolean allCouncil) {
    }

    /**
     * Prepares a round on a draft version; it reaches nobody until {@link #send}.
     *
     * @throws ConsultationException when the version is not a stored draft, a field is missing, the deadline has
     *                               passed, nobody is chosen, or a round of that title exists on the draft
     */
    @Transactional
    public Consultation create(CurrentUser actor, RoundDetails d) {
        requireAdmin(actor);
        checkRound(d);
        Map<String, Recipient> chosen = recipients(d);
        try {
            jdbc.sql("""
                            INSERT INTO consultation (criteria_code, criteria_version, title, cover_note, deadline,
                                status, created_at, created_by)
                            VALUES (:code, :version, :title, :note, :deadline, 'DRAFT', :now, :by)""")
                    .param("code", d.criteriaCode()).param("version", d.criteriaVersion())
                    .param("title", d.title().strip()).param("note", d.coverNote().strip())
                    .param("deadline", Date.valueOf(d.deadline())).param("now", now())
                    .param("by", actor.username())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConsultationException("title", "Dự thảo này đã có đợt lấy ý kiến «" + d.title().strip()
                    + "»; hãy mở đợt đó hoặc đặt tên khác");
        }
        long id = jdbc.sql("""
                        SELECT id FROM consultation WHERE criteria_code = :code AND criteria_version = :version
                        AND title = :title""")
                .param("code", d.criteriaCode()).param("version", d.criteriaVersion()).param("title", d.title().strip())
                .query(Long.class).single();
        insertRecipients(id, chosen.values());
        audit.record(actor.username(), "CONSULTATION_CREATED", "consultation", String.valueOf(id), null, null, null,
                d.criteriaCode() + "@" + d.criteriaVersion() + " «" + d.title().strip() + "», hạn "
                        + d.deadline().format(DAY) + ", " + chosen.size() + " nơi nhận", null);
        return find(id).orElseThrow();
    }

    /**
     * Changes a round that has not been sent yet: title, deadline, cover note and recipients.
     *
     * @throws OptimisticLockingFailureException when someone else changed the round since {@code expectedVersion}
     */
    @Transactional
    public Consultation update(CurrentUser actor, long id, int expectedVersion, RoundDetails d) {
        requireAdmin(actor);
        Consultation current = find(id).orElseThrow(() -> new ConsultationNotFoundException(id));
        if (current.status() != ConsultationStatus.DRAFT) {
            throw new ConsultationException(null, "Đợt lấy ý kiến đã gửi đi thì không sửa được nữa");
        }
        RoundDetails same = new RoundDetails(current.criteriaCode(), current.criteriaVersion(), d.title(),
                d.deadline(), d.coverNote(), d.unitIds(), d.groups(), d.councilIds(), d.allCouncil());
        checkRound(same);
        Map<String, Recipient> chosen = recipients(same);
        int updated;
        try {
            updated = jdbc.sql("""
                            UPDATE consultation SET title = :title, cover_note = :note, deadline = :deadline,
                                version = version + 1
                            WHERE id = :id AND version = :version AND status = 'DRAFT'""")
                    .param("title", d.title().strip()).param("note", d.coverNote().strip())
                    .param("deadline", Date.valueOf(d.deadline())).param("id", id).param("version", expectedVersion)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConsultationException("title", "Dự thảo này đã có đợt lấy ý kiến «" + d.title().strip() + "»");
        }
        if (updated == 0) {
            throw new OptimisticLockingFailureException("consultation " + id + " changed since version "
                    + expectedVersion);
        }
        // nothing refers to the recipients of an unsent round yet
        jdbc.sql("DELETE FROM consultation_recipient WHERE consultation_id = :id").param("id", id).update();
        insertRecipients(id, chosen.values());
        audit.record(actor.username(), "CONSULTATION_CHANGED", "consultation", String.valueOf(id), null, null,
                current.title() + ", hạn " + current.deadline().format(DAY),
                d.title().strip() + ", hạn " + d.deadline().format(DAY) + ", " + chosen.size() + " nơi nhận", null);
        return find(id).orElseThrow();
    }

    /** Sends a prepared round to its recipients; sending it again changes nothing. */
    @Transactional
    public Consultation send(CurrentUser actor, long id) {
        requireAdmin(actor);
        Consultation c = find(id).orElseThrow(() -> new ConsultationNotFoundException(id));
        if (c.status() != ConsultationStatus.DRAFT) {
            return c;
        }
        if (!c.onTime(today())) {
            throw new ConsultationException("deadline", "Hạn góp ý " + c.deadline().format(DAY)
                    + " đã qua; hãy sửa hạn trước khi gửi");
        }
        if (recipients(id).isEmpty()) {
            throw new ConsultationException(null, "Chưa chọn nơi nhận");
        }
        int sent = jdbc.sql("""
                        UPDATE consultation SET status = 'SENT', sent_at = :now, version = version + 1
                        WHERE id = :id AND status = 'DRAFT'""")
                .param("now", now()).param("id", id).update();
        if (sent == 1) {
            audit.record(actor.username(), "CONSULTATION_SENT", "consultation", String.valueOf(id), null, null,
                    ConsultationStatus.DRAFT.name(), ConsultationStatus.SENT.name(), null);
        }
        return find(id).orElseThrow();
    }

    /** Ends a sent round: no comment is taken after this, dispositions still are. Closing it again changes nothing. */
    @Transactional
    public Consultation close(CurrentUser actor, long id) {
        requireAdmin(actor);
        Consultation c = find(id).orElseThrow(() -> new ConsultationNotFoundException(id));
        if (c.status() == ConsultationStatus.DRAFT) {
            throw new ConsultationException(null, "Đợt lấy ý kiến chưa gửi đi");
        }
        int closed = jdbc.sql("""
                        UPDATE consultation SET status = 'CLOSED', closed_at = :now, version = version + 1
                        WHERE id = :id AND status = 'SENT'""")
                .param("now", now()).param("id", id).update();
        if (closed == 1) {
            audit.record(actor.username(), "CONSULTATION_CLOSED", "consultation", String.valueOf(id), null, null,
                    ConsultationStatus.SENT.name(), ConsultationStatus.CLOSED.name(), null);
        }
        return find(id).orElseThrow();
    }

    private void checkRound(RoundDetails d) {
        CriteriaVersion draft = criteria.find(nullToEmpty(d.criteriaCode()), nullToEmpty(d.criteriaVersion()))
                .orElseThrow(() -> new ConsultationException("criteria", "Chọn một dự thảo bộ tiêu chí"));
        if (draft.status() != VersionStatus.DRAFT) {
            throw new ConsultationException("criteria", "Chỉ lấy ý kiến trên dự thảo; " + draft.id()
                    + " đã ban hành");
        }
        if (d.title() == null || d.title().isBlank()) {
            throw new ConsultationException("title", "Cần nhập tên đợt lấy ý kiến");
        }
        if (d.title().strip().length() > 300) {
            throw new ConsultationException("title", "Tên đợt lấy ý kiến dài tối đa 300 ký tự");
        }
        if (d.deadline() == null) {
            throw new ConsultationException("deadline", "Cần nhập hạn góp ý (dd/MM/yyyy)");
        }
        if (d.deadline().isBefore(today())) {
            throw new ConsultationException("deadline", "Hạn góp ý phải từ hôm nay trở đi");
        }
        if (d.coverNote() == null || d.coverNote().isBlank()) {
            throw new ConsultationException("coverNote", "Cần nhập nội dung văn bản lấy ý kiến");
        }
    }

    /** The chosen recipients, keyed so that a unit picked twice (alone and through its group) is consulted once. */
    private Map<String, Recipient> recipients(RoundDetails d) {
        Map<String, Recipient> chosen = new LinkedHashMap<>();
        Set<Long> unitIds = new LinkedHashSet<>(d.unitIds() == null ? List.of() : d.unitIds());
        if (d.groups() != null && !d.groups().isEmpty()) {
            units.validOn(today()).stream().filter(u -> d.groups().contains(u.defaultAppendix()))
                    .forEach(u -> unitIds.add(u.id()));
        }
        for (Long unitId : unitIds) {
            Unit unit = units.find(unitId).orElseThrow(() -> new ConsultationException("units",
                    "Đơn vị không tồn tại"));
            chosen.put("u" + unit.id(), new Recipient(0, 0, unit.id(), null, unit.name(), null, null, false, null));
        }
        List<UserAccount> council = accounts.filter(Role.COUNCIL, null);
        Set<Long> councilIds = new LinkedHashSet<>(d.councilIds() == null ? List.of() : d.councilIds());
        if (d.allCouncil()) {
            council.stream().filter(UserAccount::enabled).forEach(a -> councilIds.add(a.id()));
        }
        Map<Long, UserAccount> byId = council.stream().collect(Collectors.toMap(UserAccount::id, Function.identity()));
        for (Long accountId : councilIds) {
            UserAccount member = byId.get(accountId);
            if (member == null) {
                throw new ConsultationException("council", "Tài khoản được chọn không phải thành viên Hội đồng");
            }
            chosen.put("a" + member.id(), new Recipient(0, 0, null, member.id(), member.fullName(), null, null, false,
                    null));
        }
        if (chosen.isEmpty()) {
            throw new ConsultationException("recipients", "Chọn ít nhất một đơn vị hoặc thành viên Hội đồng");
        }
        return chosen;
    }

    private void insertRecipients(long consultationId, java.util.Collection<Recipient> recipients) {
        for (Recipient r : recipients) {
            jdbc.sql("""
                            INSERT INTO consultation_recipient (consultation_id, unit_id, account_id, name)
                            VALUES (:c, :unit, :account, :name)""")
                    .param("c", consultationId).param("unit", r.unitId()).param("account", r.accountId())
                    .param("name", r.name()).update();
        }
    }

    // ---------------------------------------------------------------- reading, with who may see what

    /** Any round, without a check: for the department's own code paths and jobs. */
    public Optional<Consultation> find(long id) {
        return jdbc.sql("SELECT * FROM consultation WHERE id = :id").param("id", id).query(ROW).optional();
    }

    /**
     * The round as {@code user} may see it: the department sees every round; a recipient only a round sent to it.
     *
     * @throws ConsultationNotFoundException otherwise, also for a round that does not exist
     */
    public Consultation visibleTo(CurrentUser user, long id) {
        Consultation c = find(id).orElseThrow(() -> new ConsultationNotFoundException(id));
        if (user.isAdmin() || (c.status() != ConsultationStatus.DRAFT && recipientFor(user, id).isPresent())) {
            return c;
        }
        throw new ConsultationNotFoundException(id);
    }

    /** The rounds {@code user} may open, newest first: every round for the department, the rounds sent to it else. */
    public List<Consultation> listFor(CurrentUser user) {
        if (user.isAdmin()) {
            return jdbc.sql("SELECT * FROM consultation ORDER BY created_at DESC, id DESC").query(ROW).list();
        }
        Optional<String> mine = recipientCondition(user);
        if (mine.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT c.* FROM consultation c WHERE c.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM "
                        + "consultation_recipient r WHERE r.consultation_id = c.id AND " + mine.get() + ") "
                        + "ORDER BY c.created_at DESC, c.id DESC")
                .param("who", whoParam(user)).query(ROW).list();
    }

    /** The rounds on one draft version, newest first (for the department). */
    public List<Consultation> onDraft(String code, String version) {
        return jdbc.sql("""
                        SELECT * FROM consultation WHERE criteria_code = :code AND criteria_version = :version
                        ORDER BY created_at DESC, id DESC""")
                .param("code", code).param("version", version).query(ROW).list();
    }

    /** Who acts for {@code user} in round {@code id}: its unit, or itself as a council member. */
    public Optional<Recipient> recipientFor(CurrentUser user, long id) {
        Optional<String> mine = recipientCondition(user);
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM consultation_recipient r WHERE r.consultation_id = :c AND " + mine.get())
                .param("c", id).param("who", whoParam(user)).query(RECIPIENT).optional();
    }

    private static Optional<String> recipientCondition(CurrentUser user) {
        if ((user.role() == Role.SPECIALIST || user.role() == Role.HEAD) && user.unitId() != null) {
            return Optional.of("r.unit_id = :who");
        }
        if (user.role() == Role.COUNCIL) {
            return Optional.of("r.account_id = :who");
        }
        return Optional.empty();
    }

    private static long whoParam(CurrentUser user) {
        return user.role() == Role.COUNCIL ? user.id() : user.unitId();
    }

    /** The recipients of a round in Vietnamese order of their names, units first. */
    public List<Recipient> recipients(long consultationId) {
        return jdbc.sql("SELECT * FROM consultation_recipient WHERE consultation_id = :c").param("c", consultationId)
                .query(RECIPIENT).list().stream()
                .sorted(Comparator.comparing((Recipient r) -> !r.isUnit())
                        .thenComparing(VietnameseOrder.by(Recipient::name)))
                .toList();
    }

    /** Every comment of a round (the department's view), in the order they were made. */
    public List<Comment> comments(CurrentUser user, long consultationId) {
        requireAdmin(user);
        return jdbc.sql(COMMENTS + " WHERE c.consultation_id = :c ORDER BY c.id").param("c", consultationId)
                .query(COMMENT).list();
    }

    /** The comments of the recipient {@code user} acts for, in the order they were made; nobody else's. */
    public List<Comment> ownComments(CurrentUser user, long consultationId) {
        visibleTo(user, consultationId);
        Optional<Recipient> mine = recipientFor(user, consultationId);
        if (mine.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COMMENTS + " WHERE c.recipient_id = :r ORDER BY c.id").param("r", mine.get().id())
                .query(COMMENT).list();
    }

    /**
     * The comments of earlier rounds whose disposition names {@code draftId} as the version carrying the change:
     * what this draft answers. Shown with the round on that draft, to the department and to its recipients.
     */
    public List<Comment> answeredBy(String draftId) {
        return jdbc.sql(COMMENTS + " WHERE c.answered_in = :v ORDER BY c.consultation_id, c.id").param("v", draftId)
                .query(COMMENT).list();
    }

    /** How each recipient of a round has answered. */
    public Map<Long, Answer> answers(long consultationId) {
        Set<Long> commented = new java.util.HashSet<>(jdbc.sql(
                        "SELECT DISTINCT recipient_id FROM consultation_comment WHERE consultation_id = :c")
                .param("c", consultationId).query(Long.class).list());
        Map<Long, Answer> answers = new LinkedHashMap<>();
        for (Recipient r : recipients(consultationId)) {
            answers.put(r.id(), commented.contains(r.id()) ? Answer.COMMENTED
                    : r.agreedAt() != null ? Answer.AGREED : Answer.NOT_ANSWERED);
        }
        return answers;
    }

    /** The draft version a round consults on. */
    public CriteriaVersion draftOf(Consultation c) {
        return criteria.find(c.criteriaCode(), c.criteriaVersion())
                .orElseThrow(() -> new IllegalStateException("the draft of round " + c.id() + " is not stored"));
    }

    /**
     * The amendment appendix of a draft: what changed against the version it supersedes, when that version is
     * stored (a draft of a new criteria set has nothing to compare with).
     */
    public Optional<VersionDiff> amendments(CriteriaVersion draft) {
        String superseded = draft.supersedes();
        if (superseded == null || superseded.lastIndexOf('@') <= 0) {
            return Optional.empty();
        }
        int at = superseded.lastIndexOf('@');
        return criteria.find(superseded.substring(0, at), superseded.substring(at + 1))
                .map(old -> VersionDiffs.between(old, draft));
    }

    // ---------------------------------------------------------------- recipients answer

    /** What a recipient writes: the node ({@code appendixId} and {@code nodeKey}, both blank for the whole draft). */
    public record CommentDetails(String appendixId, String nodeKey, String body) {
    }

    /**
     * Adds a comment of the recipient {@code user} acts for. A comment after the deadline is kept and marked late;
     * the same form sent twice (same {@code submissionKey}) stores one comment.
     *
     * @throws ConsultationException when the round is not open, the node does not exist or the text is empty
     */
    @Transactional
    public Comment comment(CurrentUser user, long consultationId, String submissionKey, CommentDetails d) {
        Consultation c = visibleTo(user, consultationId);
        Recipient me = recipientFor(user, consultationId).orElseThrow(() -> new ConsultationException(null,
                "Chỉ nơi được lấy ý kiến mới góp ý được"));
        if (c.status() != ConsultationStatus.SENT) {
            throw new ConsultationException(null, "Đợt lấy ý kiến đã kết thúc, không nhận thêm ý kiến");
        }
        String body = checkedBody(d.body());
        String appendixId = blankToNull(d.appendixId());
        String nodeKey = blankToNull(d.nodeKey());
        String nodeName = null;
        if (appendixId != null || nodeKey != null) {
            CriterionNode node = node(draftOf(c), appendixId, nodeKey);
            nodeName = node.name();
        }
        String key = submissionKey == null || submissionKey.isBlank() ? java.util.UUID.randomUUID().toString()
                : submissionKey.strip();
        if (key.length() > 60) {
            key = key.substring(0, 60);
        }
        boolean late = !c.onTime(today());
        int inserted = jdbc.sql("""
                        INSERT INTO consultation_comment (consultation_id, recipient_id, submission_key, appendix_id,
                            node_key, node_name, body, author, created_at, updated_at, late)
                        VALUES (:c, :r, :key, :appendix, :node, :nodeName, :body, :author, :now, :now, :late)
                        ON CONFLICT DO NOTHING""")
                .param("c", consultationId).param("r", me.id()).param("key", key).param("appendix", appendixId)
                .param("node", nodeKey).param("nodeName", nodeName).param("body", body)
                .param("author", user.username()).param("now", now()).param("late", late)
                .update();
        Comment stored = jdbc.sql(COMMENTS + " WHERE c.recipient_id = :r AND c.submission_key = :key")
                .param("r", me.id()).param("key", key).query(COMMENT).single();
        if (inserted == 1) {
            audit.record(user.username(), "CONSULTATION_COMMENTED", "consultation_comment",
                    String.valueOf(stored.id()), me.unitId(), null, null,
                    stored.target() + (late ? " (sau hạn)" : "") + ": " + abbreviate(body), null);
        }
        return stored;
    }

    /**
     * Changes the text of one of the recipient's own comments, until the deadline.
     *
     * @throws ConsultationException             after the deadline, once the department has answered the comment,
     *                                           or when the text is empty
     * @throws OptimisticLockingFailureException when the comment changed since {@code expectedVersion}
     */
    @Transactional
    public Comment edit(CurrentUser user, long consultationId, long commentId, int expectedVersion, String body) {
        Consultation c = visibleTo(user, consultationId);
        Recipient me = recipientFor(user, consultationId).orElseThrow(() -> new ConsultationNotFoundException(
                consultationId));
        Comment current = jdbc.sql(COMMENTS + " WHERE c.id = :id AND c.recipient_id = :r AND c.consultation_id = :c")
                .param("id", commentId).param("r", me.id()).param("c", consultationId).query(COMMENT).optional()
                .orElseThrow(() -> new ConsultationNotFoundException(consultationId));
        if (!c.onTime(today()) || c.status() != ConsultationStatus.SENT) {
            throw new ConsultationException("body", "Đã hết hạn góp ý (" + c.deadline().format(DAY)
                    + "): ý kiến đã gửi không sửa được nữa");
        }
        if (current.disposed()) {
            throw new ConsultationException("body", "Sở đã trả lời ý kiến này nên không sửa được nữa");
        }
        String text = checkedBody(body);
        int updated = jdbc.sql("""
                        UPDATE consultation_comment SET body = :body, author = :author, updated_at = :now,
                            version = version + 1
                        WHERE id = :id AND version = :version AND disposition IS NULL""")
                .param("body", text).param("author", user.username()).param("now", now()).param("id", commentId)
                .param("version", expectedVersion).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("comment " + commentId + " changed since version "
                    + expectedVersion);
        }
        audit.record(user.username(), "CONSULTATION_COMMENT_EDITED", "consultation_comment",
                String.valueOf(commentId), me.unitId(), null, abbreviate(current.body()), abbreviate(text), null);
        return jdbc.sql(COMMENTS + " WHERE c.id = :id").param("id", commentId).query(COMMENT).single();
    }

    /**
     * Answers "Thống nhất, không có ý kiến" for the recipient {@code user} acts for. Answering again changes nothing;
     * a recipient that has commented has answered with its comments.
     */
    @Transactional
    public void agree(CurrentUser user, long consultationId) {
        Consultation c = visibleTo(user, consultationId);
        Recipient me = recipientFor(user, consultationId).orElseThrow(() -> new ConsultationException(null,
                "Chỉ nơi được lấy ý kiến mới trả lời được"));
        if (c.status() != ConsultationStatus.SENT) {
            throw new ConsultationException(null, "Đợt lấy ý kiến đã kết thúc");
        }
        if (answers(consultationId).get(me.id()) == Answer.COMMENTED) {
            throw new ConsultationException(null, "Đơn vị đã gửi ý kiến góp ý cho dự thảo này");
        }
        boolean late = !c.onTime(today());
        int updated = jdbc.sql("""
                        UPDATE consultation_recipient SET agreed_at = :now, agreed_by = :by, agreed_late = :late
                        WHERE id = :id AND agreed_at IS NULL""")
                .param("now", now()).param("by", user.username()).param("late", late).param("id", me.id()).update();
        if (updated == 1) {
            audit.record(user.username(), "CONSULTATION_AGREED", "consultation_recipient", String.valueOf(me.id()),
                    me.unitId(), null, null, "Thống nhất, không có ý kiến" + (late ? " (sau hạn)" : ""), null);
        }
    }

    /** Records the number and date of the recipient's answering letter, which the synthesis table cites. */
    @Transactional
    public void letterReference(CurrentUser user, long consultationId, String reference) {
        Consultation c = visibleTo(user, consultationId);
        Recipient me = recipientFor(user, consultationId).orElseThrow(() -> new ConsultationNotFoundException(
                consultationId));
        if (c.status() != ConsultationStatus.SENT) {
            throw new ConsultationException("letter", "Đợt lấy ý kiến đã kết thúc");
        }
        String text = blankToNull(reference);
        if (text != null && text.length() > 300) {
            throw new ConsultationException("letter", "Số, ngày văn bản dài tối đa 300 ký tự");
        }
        jdbc.sql("UPDATE consultation_recipient SET letter_reference = :t WHERE id = :id")
                .param("t", text).param("id", me.id()).update();
        audit.record(user.username(), "CONSULTATION_LETTER", "consultation_recipient", String.valueOf(me.id()),
                me.unitId(), null, me.letterReference(), text, null);
    }

    private static String checkedBody(String body) {
        if (body == null || body.isBlank()) {
            throw new ConsultationException("body", "Cần nhập nội dung góp ý");
        }
        String text = body.strip();
        if (text.length() > MAX_COMMENT_LENGTH) {
            throw new ConsultationException("body", "Nội dung góp ý dài tối đa " + MAX_COMMENT_LENGTH + " ký tự");
        }
        return text;
    }

    private static CriterionNode node(CriteriaVersion draft, String appendixId, String nodeKey) {
        Appendix appendix = draft.appendix(nullToEmpty(appendixId)).orElseThrow(() -> new ConsultationException(
                "node", "Phụ lục «" + appendixId + "» không có trong dự thảo"));
        return appendix.node(nullToEmpty(nodeKey)).orElseThrow(() -> new ConsultationException("node",
                "Tiêu chí «" + nodeKey + "» không có trong " + appendix.id()));
    }

    // ---------------------------------------------------------------- the department's dispositions

    /** The department's answer to one comment. */
    public record DispositionDetails(Disposition disposition, String explanation, String resultingChange,
                                     String answeredIn) {
    }

    /**
     * Records (or changes) the disposition of a comment.
     *
     * @throws ConsultationException             when the round was not sent, the reasons are missing where needed,
     *                                           or the named version is not stored
     * @throws OptimisticLockingFailureException when the comment changed since {@code expectedVersion}
     */
    @Transactional
    public Comment dispose(CurrentUser actor, long consultationId, long commentId, int expectedVersion,
                           DispositionDetails d) {
        requireAdmin(actor);
        Consultation c = find(consultationId).orElseThrow(() -> new ConsultationNotFoundException(consultationId));
        Comment current = jdbc.sql(COMMENTS + " WHERE c.id = :id AND c.consultation_id = :c").param("id", commentId)
                .param("c", consultationId).query(COMMENT).optional()
                .orElseThrow(() -> new ConsultationNotFoundException(consultationId));
        if (d.disposition() == null) {
            throw new ConsultationException("disposition", "Chọn tiếp thu, tiếp thu một phần hoặc không tiếp thu");
        }
        String explanation = blankToNull(d.explanation());
        if (d.disposition().needsExplanation() && explanation == null) {
            throw new ConsultationException("explanation", "Cần nhập nội dung giải trình khi "
                    + (d.disposition() == Disposition.PARTLY_ACCEPTED ? "chỉ tiếp thu một phần" : "không tiếp thu"));
        }
        String answeredIn = blankToNull(d.answeredIn());
        if (answeredIn != null) {
            int at = answeredIn.lastIndexOf('@');
            if (at <= 0 || !criteria.exists(answeredIn.substring(0, at), answeredIn.substring(at + 1))) {
                throw new ConsultationException("answeredIn", "Phiên bản «" + answeredIn + "» không có trong hệ thống");
            }
            if (answeredIn.equals(c.draftId())) {
                throw new ConsultationException("answeredIn", "Chọn dự thảo tiếp theo, không phải dự thảo đang lấy ý kiến");
            }
        }
        int updated = jdbc.sql("""
                        UPDATE consultation_comment SET disposition = :d, explanation = :e, resulting_change = :change,
                            answered_in = :in, disposed_by = :by, disposed_at = :now, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("d", d.disposition().name()).param("e", explanation)
                .param("change", blankToNull(d.resultingChange())).param("in", answeredIn)
                .param("by", actor.username()).param("now", now()).param("id", commentId)
                .param("version", expectedVersion).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("comment " + commentId + " changed since version "
                    + expectedVersion);
        }
        audit.record(actor.username(), "CONSULTATION_DISPOSITION", "consultation_comment", String.valueOf(commentId),
                null, null, current.disposition() == null ? null : current.disposition().label(),
                d.disposition().label() + (explanation == null ? "" : ": " + abbreviate(explanation)), null);
        return jdbc.sql(COMMENTS + " WHERE c.id = :id").param("id", commentId).query(COMMENT).single();
    }

    // ---------------------------------------------------------------- reminders

    /**
     * Creates today's in-app reminder for every recipient of an open round that has not answered. A recipient gets
     * at most one reminder a day, whoever (a person or the scheduled job on any instance) asks.
     *
     * @return how many reminders were created now
     */
    @Transactional
    public int remind(String actor, long consultationId) {
        Consultation c = find(consultationId).orElseThrow(() -> new ConsultationNotFoundException(consultationId));
        if (c.status() != ConsultationStatus.SENT) {
            throw new ConsultationException(null, "Chỉ nhắc được khi đợt lấy ý kiến đang mở");
        }
        LocalDate today = today();
        int created = 0;
        for (Map.Entry<Long, Answer> e : answers(consultationId).entrySet()) {
            if (e.getValue() == Answer.NOT_ANSWERED) {
                created += jdbc.sql("""
                                INSERT INTO consultation_reminder (recipient_id, reminder_day, created_at, created_by)
                                VALUES (:r, :day, :now, :by) ON CONFLICT DO NOTHING""")
                        .param("r", e.getKey()).param("day", Date.valueOf(today)).param("now", now())
                        .param("by", actor).update();
            }
        }
        if (created > 0) {
            audit.record(actor, "CONSULTATION_REMINDED", "consultation", String.valueOf(consultationId), null, null,
                    null, created + " nơi chưa trả lời được nhắc ngày " + today.format(DAY), null);
        }
        return created;
    }

    /** The open rounds whose deadline is at most {@code daysBefore} days away (and not passed). */
    public List<Consultation> dueForReminder(int daysBefore) {
        LocalDate today = today();
        return jdbc.sql("SELECT * FROM consultation WHERE status = 'SENT' AND deadline >= :today AND deadline <= :last")
                .param("today", Date.valueOf(today)).param("last", Date.valueOf(today.plusDays(daysBefore)))
                .query(ROW).list();
    }

    /** A reminder as its recipient sees it. */
    public record Reminder(long consultationId, String title, LocalDate deadline, LocalDate day) {
    }

    /** The latest reminder of each open round {@code user} has not answered yet. */
    public List<Reminder> remindersFor(CurrentUser user) {
        Optional<String> mine = recipientCondition(user);
        if (mine.isEmpty()) {
            return List.of();
        }
        String sql = """
                SELECT c.id, c.title, c.deadline, MAX(m.reminder_day) AS reminded_on
                FROM consultation_reminder m
                JOIN consultation_recipient r ON r.id = m.recipient_id
                JOIN consultation c ON c.id = r.consultation_id
                WHERE c.status = 'SENT' AND r.agreed_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM consultation_comment k WHERE k.recipient_id = r.id)
                  AND""" + " " + mine.get() + " GROUP BY c.id, c.title, c.deadline ORDER BY c.deadline";
        return jdbc.sql(sql).param("who", whoParam(user))
                .query((rs, n) -> new Reminder(rs.getLong("id"), rs.getString("title"),
                        rs.getDate("deadline").toLocalDate(), rs.getDate("reminded_on").toLocalDate()))
                .list();
    }

    /** How many reminders a recipient has received in a round (the department's view). */
    public Map<Long, Integer> reminderCounts(long consultationId) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT m.recipient_id, COUNT(*) AS n FROM consultation_reminder m
                        JOIN consultation_recipient r ON r.id = m.recipient_id
                        WHERE r.consultation_id = :c GROUP BY m.recipient_id""")
                .param("c", consultationId)
                .query((rs, n) -> Map.entry(rs.getLong("recipient_id"), rs.getInt("n")))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    // ---------------------------------------------------------------- helpers

    private static void requireAdmin(CurrentUser user) {
        if (user == null || !user.isAdmin()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Chỉ Sở TTTT quản lý đợt lấy ý kiến");
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    /** The nodes of a draft that have comments, with how many, in the draft's order; the whole draft first. */
    public record NodeCount(String appendixId, String nodeKey, String nodeName, int comments) {
    }

    public List<NodeCount> nodeCounts(long consultationId) {
        Consultation c = find(consultationId).orElseThrow(() -> new ConsultationNotFoundException(consultationId));
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT appendix_id, node_key, COUNT(*) AS n FROM consultation_comment
                        WHERE consultation_id = :c GROUP BY appendix_id, node_key""")
                .param("c", consultationId)
                .query((rs, n) -> Map.entry(rs.getString("appendix_id") + "/" + rs.getString("node_key"),
                        rs.getInt("n")))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        List<NodeCount> out = new ArrayList<>();
        Integer whole = counts.get("null/null");
        if (whole != null) {
            out.add(new NodeCount(null, null, null, whole));
        }
        for (Appendix a : draftOf(c).appendices()) {
            for (CriterionNode n : a.allNodes()) {
                Integer count = counts.get(a.id() + "/" + n.key());
                if (count != null) {
                    out.add(new NodeCount(a.id(), n.key(), n.name(), count));
                }
            }
        }
        return out;
    }
}
