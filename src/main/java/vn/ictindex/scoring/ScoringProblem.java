package vn.ictindex.scoring;

/**
 * Something wrong with a unit's inputs. An {@code ERROR} leaves the node (and the unit's total) without a score; a
 * {@code WARNING} is reported but changes nothing.
 *
 * @param nodeKey  the node it concerns, or null for the unit as a whole
 * @param inputKey the input it concerns, or null
 */
public record ScoringProblem(Severity severity, String nodeKey, String inputKey, String message) {

    public enum Severity {
        ERROR, WARNING
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
