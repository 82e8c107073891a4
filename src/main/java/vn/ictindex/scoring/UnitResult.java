package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the engine says about one unit.
 *
 * @param nodes          every node, parents before children, in document order
 * @param treeTotal      the sum of the criteria groups' points, before adjustments; null when the unit has errors
 * @param total          after adjustments (floored at zero, capped unless the appendix allows more)
 * @param applicableMax  the maximum the unit could reach, not-applicable nodes excluded
 * @param percent        total / applicable maximum × 100, rounded
 * @param normalized     total / applicable maximum × the appendix's total points, rounded
 * @param classification the band label, or null when not classified
 * @param rank           standard competition rank within the group, or null when not ranked
 * @param missingInputs  the keys of inputs some rule needed but the unit did not enter
 */
public record UnitResult(String unitId, List<NodeResult> nodes, Map<String, Integer> nodeIndex,
                         BigDecimal treeTotal, List<AdjustmentResult> adjustments, BigDecimal total,
                         BigDecimal applicableMax, BigDecimal percent, BigDecimal normalized,
                         Classification.Band classification, Integer rank, List<ScoringProblem> problems,
                         List<String> missingInputs) {

    public Optional<NodeResult> node(String key) {
        Integer i = nodeIndex.get(key);
        return i == null ? Optional.empty() : Optional.of(nodes.get(i));
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ScoringProblem::isError);
    }

    public boolean isComplete() {
        return missingInputs.isEmpty();
    }

    /** The value the appendix ranks on. */
    public BigDecimal value(Basis basis) {
        return switch (basis) {
            case TOTAL -> total;
            case PERCENT -> percent;
            case NORMALIZED -> normalized;
        };
    }

    public String classificationLabel() {
        return classification == null ? null : classification.label();
    }

    UnitResult withRank(Integer newRank) {
        return new UnitResult(unitId, nodes, nodeIndex, treeTotal, adjustments, total, applicableMax, percent,
                normalized, classification, newRank, problems, missingInputs);
    }
}
