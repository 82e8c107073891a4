package vn.ictindex.assessment.evidence.web;

/** The upload form as typed (the file comes separately and is never echoed back); the date as the browser sent it. */
record EvidenceUploadForm(String title, String docNumber, String docDate, String issuer, String summary) {

    static EvidenceUploadForm empty() {
        return new EvidenceUploadForm("", "", "", "", "");
    }
}
