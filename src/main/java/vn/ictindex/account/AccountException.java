package vn.ictindex.account;

/** An account request that cannot be carried out; the message says why, in Vietnamese, for the form. */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
