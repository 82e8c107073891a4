package vn.ictindex.criteria;

import java.util.List;

/** A criteria file that cannot be loaded, with every problem found in it. Nothing of it was loaded. */
public class CriteriaFileException extends RuntimeException {

    private final List<CriteriaProblem> problems;

    public CriteriaFileException(List<CriteriaProblem> problems) {
        super(problems.size() + " problem(s) in criteria file; first: " + problems.get(0).describe(true));
        this.problems = List.copyOf(problems);
    }

    public List<CriteriaProblem> problems() {
        return problems;
    }
}
