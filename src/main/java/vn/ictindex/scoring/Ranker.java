package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Standard competition ranking ("1224"): a unit's rank is one more than the number of units strictly ahead of it, so
 * equal values share a rank and the next rank is skipped.
 */
public final class Ranker {

    private Ranker() {
    }

    /**
     * Ranks by a list of keys compared in turn, highest first. Items with a null first key get no rank (null).
     *
     * @return the rank of each item, in the order given
     */
    public static <T> List<Integer> rank(List<T> items, Function<T, List<BigDecimal>> keys) {
        List<List<BigDecimal>> values = items.stream().map(keys).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (values.get(i).get(0) != null) {
                order.add(i);
            }
        }
        Comparator<Integer> best = (a, b) -> compare(values.get(b), values.get(a));
        order.sort(best);
        Integer[] ranks = new Integer[items.size()];
        for (int pos = 0; pos < order.size(); pos++) {
            int index = order.get(pos);
            boolean tiedWithPrevious = pos > 0 && compare(values.get(order.get(pos - 1)), values.get(index)) == 0;
            ranks[index] = tiedWithPrevious ? ranks[order.get(pos - 1)] : pos + 1;
        }
        return java.util.Arrays.asList(ranks);
    }

    private static int compare(List<BigDecimal> a, List<BigDecimal> b) {
        for (int i = 0; i < a.size(); i++) {
            BigDecimal x = a.get(i) == null ? BigDecimal.ZERO : a.get(i);
            BigDecimal y = b.get(i) == null ? BigDecimal.ZERO : b.get(i);
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
