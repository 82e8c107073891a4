package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One appendix (phụ lục) of a criteria version: the criteria tree, inputs and rules for one target group, with the
 * rules for rounding, classification, ranking and adjustments that the version sets for that group.
 *
 * @param inputs    figures asked once for the whole appendix (for example the unit's total staff), readable by any rule
 * @param groups    the top-level criteria groups; their maxima add up to {@code totalPoints}
 */
public record Appendix(
        String id,
        String title,
        String titleEn,
        TargetGroup targetGroup,
        BigDecimal totalPoints,
        Rounding rounding,
        Classification classification,
        Ranking ranking,
        List<InputDefinition> inputs,
        List<InputConstraint> constraints,
        List<CriterionNode> groups,
        Adjustments adjustments) {

    public Appendix {
        inputs = List.copyOf(inputs);
        constraints = List.copyOf(constraints);
        groups = List.copyOf(groups);
    }

    /** Every node of the tree, parents before their children, in document order. */
    public List<CriterionNode> allNodes() {
        List<CriterionNode> all = new ArrayList<>();
        groups.forEach(g -> g.visit(all::add));
        return all;
    }

    /** The criteria that are scored from inputs (nodes without children), in document order. */
    public List<CriterionNode> leaves() {
        return allNodes().stream().filter(CriterionNode::isLeaf).toList();
    }

    /** Every input of the appendix: the appendix-level ones first, then each node's in document order. */
    public List<InputDefinition> allInputs() {
        List<InputDefinition> all = new ArrayList<>(inputs);
        groups.forEach(g -> g.visit(n -> all.addAll(n.inputs())));
        return all;
    }

    public Optional<CriterionNode> node(String key) {
        return allNodes().stream().filter(n -> n.key().equals(key)).findFirst();
    }

    public Optional<InputDefinition> input(String key) {
        return allInputs().stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** Visits every node, parents first. */
    public void visit(Consumer<CriterionNode> visitor) {
        groups.forEach(g -> g.visit(visitor));
    }
}
