package vn.ictindex.reporting;

import vn.ictindex.appraisal.ScoreLayer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A unit's scores in the layout of the appendix (bảng tự đánh giá, chấm điểm): one row per node of the criteria tree,
 * the points of each layer, the evidence, explanation and notes, and the totals.
 *
 * @param layers the layers shown with points; a layer left out (for an agency, the layers not yet published) is shown
 *               as an empty column
 */
public record UnitScoreTable(int year, String periodTitle, String unitCode, String unitName, String appendixId,
                             String appendixTitle, String criteriaVersion, List<ScoreLayer> layers, List<Row> rows,
                             Map<ScoreLayer, Totals> totals) {

    public UnitScoreTable {
        layers = List.copyOf(layers);
        rows = List.copyOf(rows);
        totals = Map.copyOf(totals);
    }

    /**
     * @param number the STT as printed: I, II for groups, 1, 2 for criteria, 1.1 for sub-criteria
     * @param points by layer; a missing or null value is an empty cell (not applicable, or an error in the figures)
     */
    public record Row(String number, String key, String name, int depth, boolean group, BigDecimal maxPoints,
                      Map<ScoreLayer, BigDecimal> points, String evidence, String explanation, String notes) {

        public BigDecimal points(ScoreLayer layer) {
            return points.get(layer);
        }
    }

    /** The totals of one layer; the total is null when the unit's figures have errors. */
    public record Totals(BigDecimal total, BigDecimal applicableMax, BigDecimal percent, String classification,
                        Integer rank) {
    }

}
