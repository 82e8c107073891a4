package vn.ictindex.assessment;

/** A self-assessment request that cannot be carried out; the message says why, in Vietnamese, for the page. */
public class SelfAssessmentException extends RuntimeException {

    public SelfAssessmentException(String message) {
        super(message);
    }
}
