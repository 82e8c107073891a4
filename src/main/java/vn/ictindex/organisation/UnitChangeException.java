package vn.ictindex.organisation;

/**
 * A change to the register that breaks one of its rules. Carries the form field it concerns and a message code so
 * that a screen can show the reason next to the field, in the user's language; the message itself is Vietnamese.
 */
public class UnitChangeException extends RuntimeException {

    private final String field;
    private final String code;

    public UnitChangeException(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    /** The form field the problem concerns, e.g. {@code parentId}. */
    public String field() {
        return field;
    }

    /** The message code, e.g. {@code unit.error.parentSelf}. */
    public String code() {
        return code;
    }
}
