package vn.ictindex.reporting;

import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.GroupResult;
import vn.ictindex.scoring.NodeResult;
import vn.ictindex.scoring.NodeStatus;
import vn.ictindex.scoring.UnitResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The scores of one target group as rows for a spreadsheet: one column per node of the appendix, one row per unit in
 * ranking order. Points are kept as {@code double} (what a spreadsheet cell holds), so that a group of thousands of
 * units fits in a few megabytes; a source that streams rows (stored result snapshots) implements {@link #forEach}
 * without holding them at all.
 */
public interface GroupScores {

    Columns columns();

    int size();

    /** Every unit, ranked units first by rank. */
    void forEach(Consumer<UnitScores> row);

    /** Where the scores come from (a stored result snapshot, or the engine now), to say so in the sheet; or null. */
    default String source() {
        return null;
    }

    /** The same rows, saying where they come from. */
    default GroupScores from(String source) {
        GroupScores rows = this;
        return new GroupScores() {
            public Columns columns() {
                return rows.columns();
            }

            public int size() {
                return rows.size();
            }

            public void forEach(Consumer<UnitScores> row) {
                rows.forEach(row);
            }

            public String source() {
                return source;
            }
        };
    }

    /**
     * @param number the STT of the node (I, 1, 1.1), shown above its name
     */
    record Column(String key, String number, String name, BigDecimal maxPoints, boolean group) {
    }

    record Columns(String appendixId, String title, String targetGroup, BigDecimal totalPoints,
                   List<Column> columns) {

        public Columns {
            columns = List.copyOf(columns);
        }

        public static Columns of(Appendix appendix) {
            Map<String, String> numbers = Numbering.of(appendix);
            List<Column> columns = new ArrayList<>();
            for (CriterionNode node : appendix.allNodes()) {
                columns.add(new Column(node.key(), numbers.get(node.key()), node.name(), node.maxPoints(),
                        !node.isLeaf()));
            }
            return new Columns(appendix.id(), appendix.title(), appendix.targetGroup().name(),
                    appendix.totalPoints(), columns);
        }
    }

    /**
     * @param points by column; {@link Double#NaN} for an empty cell (not applicable, or an error)
     * @param total  null when the unit's figures have errors
     */
    record UnitScores(String unitCode, String unitName, double[] points, BigDecimal total, BigDecimal applicableMax,
                      BigDecimal percent, String classification, Integer rank) {
    }

    /** A unit's code and name, for the rows. */
    record UnitLabel(String code, String name) {
    }

    /**
     * The rows of an engine result, in ranking order; the units are named by {@code labels} (by the engine's unit id),
     * or by their id when unknown.
     */
    static GroupScores of(Appendix appendix, GroupResult result, Map<String, UnitLabel> labels) {
        Columns columns = Columns.of(appendix);
        List<UnitScores> rows = new ArrayList<>(result.units().size());
        for (UnitResult unit : result.ranking()) {
            double[] points = new double[columns.columns().size()];
            for (int c = 0; c < points.length; c++) {
                NodeResult node = unit.nodes().get(unit.nodeIndex().get(columns.columns().get(c).key()));
                points[c] = node.points() == null || node.status() == NodeStatus.NOT_APPLICABLE ? Double.NaN
                        : node.points().doubleValue();
            }
            UnitLabel label = labels.getOrDefault(unit.unitId(), new UnitLabel(unit.unitId(), unit.unitId()));
            rows.add(new UnitScores(label.code(), label.name(), points, unit.total(), unit.applicableMax(),
                    unit.percent(), unit.classificationLabel(), unit.rank()));
        }
        return new GroupScores() {
            public Columns columns() {
                return columns;
            }

            public int size() {
                return rows.size();
            }

            public void forEach(Consumer<UnitScores> row) {
                rows.forEach(row);
            }
        };
    }
}
