package vn.ictindex.appraisal;

/**
 * The user may not see this unit, node or thread (not assigned, another agency's, not yet submitted). Screens answer
 * as if it did not exist, so that nothing is learnt about other units.
 */
public class NotVisibleException extends RuntimeException {

    public NotVisibleException() {
        super("Không tìm thấy hoặc bạn không có quyền xem");
    }
}
