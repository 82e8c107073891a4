package vn.ictindex.criteria;

import java.util.Map;

/** A crosswalk that cannot be confirmed as entered: the problem of each entry, by its index. */
public class CrosswalkException extends RuntimeException {

    private final Map<Integer, String> problems;

    public CrosswalkException(Map<Integer, String> problems) {
        super("Bảng tương ứng còn " + problems.size() + " dòng cần sửa");
        this.problems = Map.copyOf(problems);
    }

    public Map<Integer, String> problems() {
        return problems;
    }
}
