package vn.ictindex.reporting;

/** A report that does not exist, or that this user may not see (the same answer, so nothing is revealed). */
public class ReportNotFoundException extends RuntimeException {

    public ReportNotFoundException(String message) {
        super(message);
    }
}
