package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * A node of the criteria tree: a criteria group, a criterion or a sub-criterion, at any depth.
 *
 * <p>The {@code key} is stable across versions of a criteria set (comments, crosswalks and year-over-year comparison
 * point at it) and unique within its appendix. A node with children is scored by its rule over the children
 * ({@link Rule.CompositeSum} or {@link Rule.BestCaseOfAlternatives}); a leaf by its rule over the unit's inputs.
 */
public record CriterionNode(
        String key,
        String name,
        String nameEn,
        BigDecimal maxPoints,
        String guide,
        EvidenceRequirement evidence,
        List<String> evidenceItems,
        NotApplicablePolicy notApplicable,
        List<InputDefinition> inputs,
        List<InputConstraint> constraints,
        Rule rule,
        List<CriterionNode> children,
        String note) {

    public CriterionNode {
        evidenceItems = List.copyOf(evidenceItems);
        inputs = List.copyOf(inputs);
        constraints = List.copyOf(constraints);
        children = List.copyOf(children);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** Visits this node and then its descendants, in document order. */
    public void visit(Consumer<CriterionNode> visitor) {
        visitor.accept(this);
        children.forEach(c -> c.visit(visitor));
    }
}
