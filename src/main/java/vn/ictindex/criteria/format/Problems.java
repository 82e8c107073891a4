package vn.ictindex.criteria.format;

import vn.ictindex.criteria.CriteriaProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one criteria file, and knows where each field was written so that a problem found later
 * (by the validator, on the loaded model) still points at a line and column.
 */
public final class Problems {

    private final String file;
    private final Map<String, int[]> positions = new HashMap<>();
    private final List<CriteriaProblem> list = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    /** Remembers where {@code field} of the thing at {@code path} was written (1-based line and column). */
    void place(String path, String field, int line, int column) {
        positions.putIfAbsent(path + "#" + field, new int[]{line, column});
    }

    /** Reports a problem at the field's place, or the place of the thing itself when the field was not written. */
    public void add(String path, String field, String message, String messageEn) {
        int[] at = positions.get(path + "#" + field);
        if (at == null) {
            at = positions.get(path + "#");
        }
        at(path, at == null ? 0 : at[0], at == null ? 0 : at[1], message, messageEn);
    }

    void at(String path, int line, int column, String message, String messageEn) {
        list.add(new CriteriaProblem(file, line, column, path, message, messageEn));
    }

    public List<CriteriaProblem> list() {
        return List.copyOf(list);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }
}
