package vn.ictindex.criteria;

/**
 * One problem in a criteria file, located so that a person can find and fix it.
 *
 * @param line     1-based, or 0 when the problem has no place in a file (a version edited in the browser)
 * @param column   1-based, or 0
 * @param nodePath where in the criteria: {@code PL-I / C / C3.2}, or the top-level field
 */
public record CriteriaProblem(String file, int line, int column, String nodePath, String message, String messageEn) {

    /** "reference.yaml:12:5: PL-I / C / C3.2: Tổng điểm ..." as a compiler would print it. */
    public String describe(boolean english) {
        StringBuilder out = new StringBuilder();
        if (file != null) {
            out.append(file);
            if (line > 0) {
                out.append(':').append(line).append(':').append(column);
            }
            out.append(": ");
        }
        if (nodePath != null && !nodePath.isEmpty()) {
            out.append(nodePath).append(": ");
        }
        return out.append(english ? messageEn : message).toString();
    }
}
