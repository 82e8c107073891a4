package vn.ictindex.account;

/**
 * An account request that cannot be carried out; the message says why, in Vietnamese, for the form. A screen that
 * speaks another language uses {@link #code()} and {@link #args()} with its message bundle, and shows the problem next
 * to {@link #field()} when there is one.
 */
public class AccountException extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] args;

    public AccountException(String message) {
        this(null, null, message);
    }

    /**
     * @param field the form field concerned (e.g. {@code username}), or null when the problem is the whole request
     * @param code  the message code, e.g. {@code account.error.usernameTaken}
     */
    public AccountException(String field, String code, String message, Object... args) {
        super(message);
        this.field = field;
        this.code = code;
        this.args = args.clone();
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
