package vn.ictindex.criteria;

/** An edit of a draft that cannot be made as asked (an unknown node, a move into itself...), with both languages. */
public class DraftEditException extends RuntimeException {

    private final String messageEn;

    public DraftEditException(String message, String messageEn) {
        super(message);
        this.messageEn = messageEn;
    }

    public String messageEn() {
        return messageEn;
    }
}
