package vn.ictindex.assessment.evidence;

/** An evidence item is an uploaded file or a reference to a document kept elsewhere. */
public enum EvidenceKind {
    FILE("Tệp", "File"),
    REFERENCE("Văn bản tham chiếu", "Document reference");

    private final String label;
    private final String labelEn;

    EvidenceKind(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }
}
