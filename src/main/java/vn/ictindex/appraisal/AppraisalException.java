package vn.ictindex.appraisal;

/** A step of compilation, appraisal or clarification that cannot be taken; the message says why, in Vietnamese. */
public class AppraisalException extends RuntimeException {

    public AppraisalException(String message) {
        super(message);
    }
}
