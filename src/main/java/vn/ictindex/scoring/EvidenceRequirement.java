package vn.ictindex.scoring;

/** What a unit must attach to claim the points of a node (tài liệu kiểm chứng). */
public enum EvidenceRequirement {
    /** Nothing to attach. */
    NONE,
    /** At least one evidence item is required. */
    REQUIRED,
    /** Evidence, or else a written explanation (giải trình). */
    EVIDENCE_OR_EXPLANATION
}
