package vn.ictindex.consultation;

/** No such round, or not one the user may see: the two are not told apart, so nobody learns what exists. */
public class ConsultationNotFoundException extends RuntimeException {

    public ConsultationNotFoundException(long id) {
        super("consultation " + id);
    }
}
