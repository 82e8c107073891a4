package vn.ictindex.assessment.evidence.web;

/** The document-reference form as typed; the date as the browser sent it. */
record EvidenceReferenceForm(String title, String docNumber, String docDate, String issuer, String summary,
                             String link) {

    static EvidenceReferenceForm empty() {
        return new EvidenceReferenceForm("", "", "", "", "", "");
    }
}
