package vn.ictindex.criteria;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ictindex.audit.AuditTrail;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drafts of a criteria version: started from a stored version, edited step by step (each step validated, locked
 * against concurrent edits and audited), and finally issued by a decision, after which the version never changes.
 */
@Service
public class CriteriaDrafts {

    public static final String STARTED = "CRITERIA_DRAFT_STARTED";
    public static final String EDITED = "CRITERIA_DRAFT_EDITED";
    public static final String ISSUED = "CRITERIA_VERSION_ISSUED";

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]{0,39}");

    private final CriteriaVersions versions;
    private final AuditTrail audit;

    CriteriaDrafts(CriteriaVersions versions, AuditTrail audit) {
        this.versions = versions;
        this.audit = audit;
    }

    /**
     * A draft as the editor shows it.
     *
     * @param lockVersion what an edit must name to be applied (optimistic locking)
     * @param problems    what the validator finds now; empty when the draft could be issued
     */
    public record Draft(CriteriaVersion version, int lockVersion, List<CriteriaProblem> problems) {
        public boolean editable() {
            return version.status() == VersionStatus.DRAFT;
        }
    }

    public Draft load(String code, String version) {
        CriteriaVersion found = versions.find(code, version)
                .orElseThrow(() -> new DraftEditException("Không có phiên bản " + code + "@" + version,
                        "No version " + code + "@" + version));
        int lock = versions.state(code, version).orElseThrow().lockVersion();
        return new Draft(found, lock, CriteriaFormat.problemsOf(found));
    }

    /**
     * Starts a draft as a copy of a stored version: same criteria, a new version label, status draft, superseding
     * the source.
     *
     * @throws DraftEditException when the label is not usable or already taken
     */
    @Transactional
    public CriteriaVersion start(String code, String sourceVersion, String newLabel, String actor) {
        String label = newLabel == null ? "" : newLabel.strip();
        if (!LABEL.matcher(label).matches()) {
            throw new DraftEditException("Nhãn phiên bản chỉ gồm chữ không dấu, số, «.», «_», «-» (tối đa 40 ký tự),"
                    + " ví dụ 2020 hoặc 2020-du-thao", "A version label has letters, digits, «.», «_», «-» only");
        }
        CriteriaVersion source = versions.find(code, sourceVersion)
                .orElseThrow(() -> new DraftEditException("Không có phiên bản " + code + "@" + sourceVersion,
                        "No version " + code + "@" + sourceVersion));
        if (versions.exists(code, label)) {
            throw new DraftEditException("Đã có phiên bản " + code + "@" + label + "; chọn nhãn khác",
                    code + "@" + label + " exists; choose another label");
        }
        CriteriaVersion draft = new CriteriaVersion(code, label, source.title(), source.titleEn(), VersionStatus.DRAFT,
                null, null, source.status() == VersionStatus.ISSUED ? source.id() : source.supersedes(),
                source.note(), source.appendices());
        try {
            versions.store(draft, "dự thảo từ " + source.id());
        } catch (DuplicateKeyException e) {
            throw new DraftEditException("Đã có phiên bản " + draft.id() + "; chọn nhãn khác",
                    draft.id() + " exists; choose another label");
        }
        audit.record(actor, STARTED, "criteria_version", draft.id(), null, null, null,
                "Dự thảo " + draft.id() + " từ " + source.id(), null);
        return draft;
    }

    /**
     * Applies one edit to a draft and stores it, with an audit entry listing what changed.
     *
     * @param expectedLock the lock version the editor was showing
     * @param what         the edit in words, recorded when it changes nothing the amendment appendix lists (an order)
     * @throws VersionNotEditableException for an issued version, whatever the edit
     * @throws StaleDraftException         when the draft changed since the editor read it
     * @throws DraftEditException          when the edit cannot be made as asked
     */
    @Transactional
    public Draft edit(String code, String version, int expectedLock, UnaryOperator<CriteriaVersion> edit,
                      String what, String actor) {
        CriteriaVersion before = versions.find(code, version)
                .orElseThrow(() -> new DraftEditException("Không có phiên bản " + code + "@" + version,
                        "No version " + code + "@" + version));
        if (before.status() != VersionStatus.DRAFT) {
            throw new VersionNotEditableException(before.id());
        }
        CriteriaVersion after = edit.apply(before);
        if (!after.id().equals(before.id()) || after.status() != VersionStatus.DRAFT) {
            throw new IllegalArgumentException("an edit keeps the version's id and draft status");
        }
        int lock = versions.replaceDraft(after, expectedLock);
        String changes = VersionDiffs.between(before, after).allChanges().stream()
                .map(VersionDiff.Change::description).collect(Collectors.joining("\n"));
        audit.record(actor, EDITED, "criteria_version", after.id(), null, null, null,
                changes.isEmpty() ? what : changes, what);
        return new Draft(after, lock, CriteriaFormat.problemsOf(after));
    }

    /**
     * Issues a draft by a decision: from then on it never changes, and the version it supersedes is marked as
     * replaced.
     *
     * @throws DraftEditException when the draft still has problems or the decision is incomplete
     */
    @Transactional
    public CriteriaVersion issue(String code, String version, int expectedLock, Decision decision, int effectiveFrom,
                                 String actor) {
        CriteriaVersion draft = versions.find(code, version)
                .orElseThrow(() -> new DraftEditException("Không có phiên bản " + code + "@" + version,
                        "No version " + code + "@" + version));
        if (draft.status() != VersionStatus.DRAFT) {
            throw new VersionNotEditableException(draft.id());
        }
        List<CriteriaProblem> problems = CriteriaFormat.problemsOf(draft);
        if (!problems.isEmpty()) {
            throw new DraftEditException("Dự thảo còn " + problems.size() + " lỗi; sửa hết trước khi ban hành",
                    "The draft still has " + problems.size() + " problems");
        }
        CriteriaVersion issued = new CriteriaVersion(draft.code(), draft.version(), draft.title(), draft.titleEn(),
                VersionStatus.ISSUED, decision, effectiveFrom, draft.supersedes(), draft.note(), draft.appendices());
        List<CriteriaProblem> decisionProblems = CriteriaFormat.problemsOf(issued);
        if (!decisionProblems.isEmpty()) {
            throw new DraftEditException(decisionProblems.get(0).message(), decisionProblems.get(0).messageEn());
        }
        versions.replaceDraft(issued, expectedLock);
        if (issued.supersedes() != null) {
            versions.markSuperseded(issued.supersedes(), issued.id());
        }
        audit.record(actor, ISSUED, "criteria_version", issued.id(), null, null, "dự thảo",
                "Ban hành theo Quyết định số " + decision.number() + " ngày " + decision.date().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " ("
                        + decision.signer() + "), áp dụng từ năm " + effectiveFrom
                        + (issued.supersedes() == null ? "" : ", thay thế " + issued.supersedes()), null);
        return issued;
    }
}
