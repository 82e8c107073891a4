package vn.ictindex.appraisal;

/** A change to a score layer that cannot be made; the message says why, in Vietnamese, for the page. */
public class LayerException extends RuntimeException {

    public LayerException(String message) {
        super(message);
    }
}
