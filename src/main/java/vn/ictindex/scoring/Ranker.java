package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
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
        // keys read once into arrays, a missing tie-break key as zero, so that sorting compares arrays
        BigDecimal[][] values = new BigDecimal[items.size()][];
        Integer[] order = new Integer[items.size()];
        int ranked = 0;
        for (int i = 0; i < items.size(); i++) {
            List<BigDecimal> k = keys.apply(items.get(i));
            values[i] = new BigDecimal[k.size()];
            for (int j = 0; j < k.size(); j++) {
                values[i][j] = k.get(j) == null ? BigDecimal.ZERO : k.get(j);
            }
            if (k.get(0) != null) {
                order[ranked++] = i;
            }
        }
        Arrays.sort(order, 0, ranked, (a, b) -> compare(values[b], values[a]));
        Integer[] ranks = new Integer[items.size()];
        for (int pos = 0; pos < ranked; pos++) {
            int index = order[pos];
            boolean tiedWithPrevious = pos > 0 && compare(values[order[pos - 1]], values[index]) == 0;
            ranks[index] = tiedWithPrevious ? ranks[order[pos - 1]] : pos + 1;
        }
        return Arrays.asList(ranks);
    }

    private static int compare(BigDecimal[] a, BigDecimal[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = a[i].compareTo(b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
