package vn.ictindex.results;

/** The user may not see these results (yet); pages answer 404 so that nothing about them leaks. */
public class ResultsAccessDeniedException extends RuntimeException {

    public ResultsAccessDeniedException(String message) {
        super(message);
    }
}
