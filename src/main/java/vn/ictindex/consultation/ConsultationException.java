package vn.ictindex.consultation;

/**
 * A request the consultation rules refuse, with a message for the person who made it (Vietnamese).
 *
 * @see #field() the form field the message belongs next to, or null for the whole form
 */
public class ConsultationException extends RuntimeException {

    private final String field;

    public ConsultationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
