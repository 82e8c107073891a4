package vn.ictindex.appraisal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.account.CurrentUser;
import vn.ictindex.account.Role;
import vn.ictindex.assessment.Periods;
import vn.ictindex.assessment.SelfAssessmentException;
import vn.ictindex.assessment.SelfAssessments;
import vn.ictindex.assessment.evidence.EvidenceItem;
import vn.ictindex.assessment.evidence.EvidenceLibrary;
import vn.ictindex.audit.AuditTrail;
import vn.ictindex.scoring.Appendix;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Clarification threads per node: the department or a council member asks, the unit answers (and may attach evidence
 * from its library), the asker resolves. Comments are only appended. A thread may return the node to the unit: its
 * figures become editable for the unit again while the thread is open, and nothing else does.
 */
@Service
public class Clarifications {

    private final JdbcClient jdbc;
    private final AppraisalAccess access;
    private final NodeAdjustments adjustments;
    private final SelfAssessments assessments;
    private final EvidenceLibrary evidence;
    private final Periods periods;
    private final AuditTrail audit;
    private final Clock clock;

    Clarifications(JdbcClient jdbc, AppraisalAccess access, NodeAdjustments adjustments, SelfAssessments assessments,
                   EvidenceLibrary evidence, Periods periods, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.adjustments = adjustments;
        this.assessments = assessments;
        this.evidence = evidence;
        this.periods = periods;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Asks a question on a node of a unit.
     *
     * @param returnForCorrection whether the unit may correct the node's figures until the thread is resolved
     * @throws AppraisalException  when the question is empty or the user is not the department or an assigned member
     * @throws NotVisibleException when the user does not see the node
     */
    @Transactional
    public ClarificationThread ask(CurrentUser user, long periodId, long unitId, String nodeKey, String question,
                                   boolean returnForCorrection) {
        if (user.role() != Role.ADMIN && user.role() != Role.COUNCIL) {
            throw new AppraisalException("Chỉ Sở TTTT hoặc thành viên Hội đồng yêu cầu giải trình");
        }
        Appendix appendix = adjustments.appendixOf(periodId, unitId);
        if (appendix.node(nodeKey).isEmpty() || !access.seesNode(user, periodId, unitId, appendix, nodeKey)) {
            throw new NotVisibleException();
        }
        if (question == null || question.isBlank()) {
            throw new AppraisalException("Hãy ghi nội dung cần đơn vị giải trình");
        }
        // a double submit finds the thread the first one opened
        Optional<ClarificationThread> same = threads("t.period_id = :p AND t.unit_id = :u AND t.node_key = :n "
                + "AND t.asked_by = :by AND t.resolved_at IS NULL", Map.of("p", periodId, "u", unitId, "n", nodeKey,
                "by", user.username())).stream().filter(t -> t.question().equals(question.strip())).findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        jdbc.sql("""
                        INSERT INTO clarification_thread (period_id, unit_id, node_key, asked_by, asked_role, asked_at,
                            returned, version) VALUES (:p, :u, :n, :by, :role, :at, :r, 0)""")
                .param("p", periodId).param("u", unitId).param("n", nodeKey).param("by", user.username())
                .param("role", user.role().name()).param("at", Timestamp.from(clock.instant()))
                .param("r", returnForCorrection).update();
        long id = jdbc.sql("SELECT MAX(id) FROM clarification_thread WHERE unit_id = :u AND asked_by = :by")
                .param("u", unitId).param("by", user.username()).query(Long.class).single();
        addComment(id, user, question.strip(), null);
        audit.record(user.username(), returnForCorrection ? "CLARIFICATION_ASKED_RETURNED" : "CLARIFICATION_ASKED",
                "clarification_thread", String.valueOf(id), unitId, periodId, null, nodeKey, question.strip());
        return find(id);
    }

    /**
     * Adds a comment: the unit answers (with an item of its library, if any), the asker's side follows up.
     *
     * @throws NotVisibleException when the user may not see the thread
     * @throws AppraisalException  when the thread is resolved, the text is empty, or the evidence is not the unit's
     */
    @Transactional
    public ClarificationThread comment(CurrentUser user, long threadId, String body, Long evidenceId) {
        ClarificationThread thread = visible(user, threadId);
        if (!thread.open()) {
            throw new AppraisalException("Yêu cầu giải trình đã kết thúc; không thêm ý kiến được nữa");
        }
        if (user.role() == Role.VIEWER) {
            throw new NotVisibleException();
        }
        if (body == null || body.isBlank()) {
            throw new AppraisalException("Hãy ghi nội dung ý kiến");
        }
        if (evidenceId != null) {
            boolean own = user.belongsTo(thread.unitId()) && evidence.library(thread.unitId()).stream()
                    .anyMatch(i -> i.id() == evidenceId);
            if (!own) {
                throw new AppraisalException("Chỉ đính kèm được tài liệu trong thư viện của đơn vị");
            }
        }
        ClarificationThread.Comment last = thread.comments().get(thread.comments().size() - 1);
        if (last.author().equals(user.username()) && last.body().equals(body.strip())
                && Objects.equals(last.evidenceId(), evidenceId)) {
            return thread; // the same comment sent twice
        }
        addComment(threadId, user, body.strip(), evidenceId);
        audit.record(user.username(), "CLARIFICATION_COMMENTED", "clarification_thread", String.valueOf(threadId),
                thread.unitId(), thread.periodId(), null, body.strip(),
                evidenceId == null ? null : "Tài liệu kiểm chứng " + evidenceId);
        return find(threadId);
    }

    /**
     * The asker closes the thread; a returned node is locked again.
     *
     * @throws StaleLayerException when someone else changed the thread since the user loaded it
     */
    @Transactional
    public ClarificationThread resolve(CurrentUser user, long threadId, int expectedVersion, String note) {
        ClarificationThread thread = visible(user, threadId);
        if (!thread.askedBy().equals(user.username())) {
            throw new AppraisalException("Chỉ người đã hỏi mới kết thúc được yêu cầu giải trình");
        }
        if (!thread.open()) {
            throw new AppraisalException("Yêu cầu giải trình đã kết thúc");
        }
        if (note != null && !note.isBlank()) {
            addComment(threadId, user, note.strip(), null);
        }
        int rows = jdbc.sql("""
                        UPDATE clarification_thread SET resolved_at = :at, resolved_by = :by, version = version + 1
                        WHERE id = :id AND version = :v AND resolved_at IS NULL""")
                .param("at", Timestamp.from(clock.instant())).param("by", user.username()).param("id", threadId)
                .param("v", expectedVersion).update();
        if (rows == 0) {
            throw new StaleLayerException(null, null);
        }
        audit.record(user.username(), "CLARIFICATION_RESOLVED", "clarification_thread", String.valueOf(threadId),
                thread.unitId(), thread.periodId(), "OPEN", "RESOLVED", note);
        return find(threadId);
    }

    /**
     * The unit corrects the figures of a returned node; the change is written into its self-assessment (audited there)
     * and noted in the thread.
     *
     * @throws AppraisalException when the thread is resolved or not returned, or the assessment refuses the change
     */
    @Transactional
    public ClarificationThread correct(CurrentUser user, long threadId, Map<String, String> values, String reason) {
        ClarificationThread thread = visible(user, threadId);
        if (!user.belongsTo(thread.unitId())) {
            throw new AppraisalException("Chỉ đơn vị được hỏi mới sửa số liệu");
        }
        if (!thread.open() || !thread.returned()) {
            throw new AppraisalException("Tiêu chí này không được trả lại để sửa, hoặc yêu cầu đã kết thúc");
        }
        Map<String, String> before = assessments.find(thread.periodId(), thread.unitId()).orElseThrow().values();
        Set<String> changed;
        try {
            changed = assessments.correctReturnedInputs(user, thread.periodId(), thread.unitId(),
                    returnedNodes(thread.periodId(), thread.unitId()), values, reason);
        } catch (SelfAssessmentException e) {
            throw new AppraisalException(e.getMessage());
        }
        if (!changed.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (String key : changed) {
                lines.add(key + ": «" + before.getOrDefault(key, "") + "» → «" + values.get(key).strip() + "»");
            }
            addComment(threadId, user, "Đã sửa số liệu (" + reason.strip() + "): " + String.join("; ", lines), null);
        }
        return find(threadId);
    }

    /** The nodes of the unit under an open, returned thread: the only ones the unit may correct. */
    public Set<String> returnedNodes(long periodId, long unitId) {
        return new LinkedHashSet<>(jdbc.sql("""
                        SELECT DISTINCT node_key FROM clarification_thread WHERE period_id = :p AND unit_id = :u
                        AND returned = TRUE AND resolved_at IS NULL""")
                .param("p", periodId).param("u", unitId).query(String.class).list());
    }

    /** The unit's threads the user may see, oldest first; a council member sees those on its assigned groups. */
    public List<ClarificationThread> ofUnit(CurrentUser user, long periodId, long unitId) {
        Appendix appendix = adjustments.appendixOf(periodId, unitId);
        Optional<Set<String>> groups = access.visibleGroups(user, periodId, unitId, appendix);
        if (groups.isEmpty()) {
            throw new NotVisibleException();
        }
        return threads("t.period_id = :p AND t.unit_id = :u", Map.of("p", periodId, "u", unitId)).stream()
                .filter(t -> groups.get().contains(AppraisalAccess.groupOf(appendix, t.nodeKey()))).toList();
    }

    /** Open questions to the user's unit in every period: what the agency's screens remind it of. */
    public int openForUnit(long unitId) {
        return jdbc.sql("SELECT COUNT(*) FROM clarification_thread WHERE unit_id = :u AND resolved_at IS NULL")
                .param("u", unitId).query(Integer.class).single();
    }

    /** All threads of the user's own unit, newest first. */
    public List<ClarificationThread> ofOwnUnit(CurrentUser user) {
        if (user.unitId() == null) {
            return List.of();
        }
        List<ClarificationThread> all = new ArrayList<>(threads("t.unit_id = :u", Map.of("u", user.unitId())));
        java.util.Collections.reverse(all);
        return all;
    }

    /** A thread the user may see. */
    public ClarificationThread visible(CurrentUser user, long threadId) {
        ClarificationThread thread = findOptional(threadId).orElseThrow(NotVisibleException::new);
        Appendix appendix = adjustments.appendixOf(thread.periodId(), thread.unitId());
        if (!access.seesNode(user, thread.periodId(), thread.unitId(), appendix, thread.nodeKey())) {
            throw new NotVisibleException();
        }
        return thread;
    }

    /** The evidence items of the unit's library, for an answer. */
    public List<EvidenceItem> libraryFor(CurrentUser user, ClarificationThread thread) {
        return user.belongsTo(thread.unitId()) ? evidence.library(thread.unitId()) : List.of();
    }

    private void addComment(long threadId, CurrentUser user, String body, Long evidenceId) {
        jdbc.sql("""
                        INSERT INTO clarification_comment (thread_id, author, author_name, author_role, body,
                            evidence_id, written_at) VALUES (:t, :a, :n, :r, :b, :e, :at)""")
                .param("t", threadId).param("a", user.username()).param("n", user.fullName())
                .param("r", user.role().name()).param("b", body).param("e", evidenceId)
                .param("at", Timestamp.from(clock.instant())).update();
    }

    private ClarificationThread find(long id) {
        return findOptional(id).orElseThrow();
    }

    private Optional<ClarificationThread> findOptional(long id) {
        return threads("t.id = :id", Map.of("id", id)).stream().findFirst();
    }

    private List<ClarificationThread> threads(String where, Map<String, Object> params) {
        var query = jdbc.sql("SELECT t.* FROM clarification_thread t WHERE " + where + " ORDER BY t.id");
        for (Map.Entry<String, Object> p : params.entrySet()) {
            query = query.param(p.getKey(), p.getValue());
        }
        List<Map<String, Object>> rows = query.query().listOfRows();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ClarificationThread.Comment>> comments = new LinkedHashMap<>();
        List<Long> ids = rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
        jdbc.sql("""
                        SELECT c.*, e.title AS evidence_title FROM clarification_comment c
                        LEFT JOIN evidence e ON e.id = c.evidence_id WHERE c.thread_id IN (:ids) ORDER BY c.id""")
                .param("ids", ids).query().listOfRows().forEach(r -> comments.computeIfAbsent(
                        ((Number) r.get("thread_id")).longValue(), k -> new ArrayList<>()).add(
                        new ClarificationThread.Comment(((Number) r.get("id")).longValue(), (String) r.get("author"),
                                (String) r.get("author_name"), Role.valueOf((String) r.get("author_role")),
                                (String) r.get("body"), r.get("evidence_id") == null ? null
                                : ((Number) r.get("evidence_id")).longValue(), (String) r.get("evidence_title"),
                                UnitStages.instant(r.get("written_at")))));
        return rows.stream().map(r -> {
            long id = ((Number) r.get("id")).longValue();
            return new ClarificationThread(id, ((Number) r.get("period_id")).longValue(),
                    ((Number) r.get("unit_id")).longValue(), (String) r.get("node_key"), (String) r.get("asked_by"),
                    Role.valueOf((String) r.get("asked_role")), UnitStages.instant(r.get("asked_at")),
                    Boolean.TRUE.equals(r.get("returned")), UnitStages.instant(r.get("resolved_at")),
                    (String) r.get("resolved_by"), ((Number) r.get("version")).intValue(),
                    comments.getOrDefault(id, List.of()));
        }).toList();
    }
}
