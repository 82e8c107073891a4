package vn.ictindex.results.web;

import vn.ictindex.results.Rankings;

import java.math.BigDecimal;
import java.util.List;

/** The charts of a group's ranking: percentage per unit as bars, and the distribution of classes. */
record RankingCharts(String bars, String classes) {

    static RankingCharts of(Rankings.GroupRanking ranking, boolean english) {
        List<Rankings.Row> rows = ranking.rows();
        String bars = ChartJson.of("bar", rows.stream().map(r -> (r.rank() == null ? "–" : r.rank()) + ". "
                        + r.shortName()).toList(),
                List.of(new ChartJson.Dataset(english ? "% of applicable maximum" : "% điểm tối đa áp dụng",
                        rows.stream().map(Rankings.Row::percent).toList())));
        String classes = ChartJson.of("doughnut", List.copyOf(ranking.classCounts().keySet()),
                List.of(new ChartJson.Dataset(english ? "Units" : "Số đơn vị", ranking.classCounts().values()
                        .stream().map(BigDecimal::valueOf).toList())));
        return new RankingCharts(bars, classes);
    }
}
