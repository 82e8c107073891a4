package vn.ictindex.assessment;

/** A period request that cannot be carried out; the message says why, in Vietnamese. */
public class PeriodException extends RuntimeException {

    public PeriodException(String message) {
        super(message);
    }
}
