package vn.ictindex.results;

/** A results action that cannot be done; the message says why, in Vietnamese, for the page. */
public class ResultsException extends RuntimeException {

    public ResultsException(String message) {
        super(message);
    }
}
