package vn.ictindex.scoring;

import java.util.List;

/**
 * How units are ranked within the target group: by the rounded basis value, highest first, equal values sharing a
 * rank and the next rank skipped (1, 2, 2, 4). When {@code tieBreak} names nodes, equal values are ordered by those
 * nodes' points in turn; units still equal share the rank. No other order (name, insertion) ever breaks a tie.
 */
public record Ranking(Basis basis, List<String> tieBreak) {

    public Ranking {
        tieBreak = List.copyOf(tieBreak);
    }
}
