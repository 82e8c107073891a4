package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.ictindex.scoring.Decimals.dec;

/**
 * A small appendix built in Java: {@code AppendixFixture.withLeaf(NodeFixture.yesNo("A1", 10, "tslcd")).score(...)}.
 *
 * <p>Defaults: two decimals, half-up, a group is the sum of its rounded parts; ranked and classified on the total; no
 * bands, no adjustments; the appendix total is the sum of the groups' maxima.
 */
final class AppendixFixture {

    private final List<NodeFixture> groups;
    private final Map<String, InputFixture> inputs = new LinkedHashMap<>();
    private final List<InputConstraint> constraints = new ArrayList<>();
    private Rounding rounding = Rounding.DEFAULT;
    private Basis rankingBasis = Basis.TOTAL;
    private List<String> tieBreak = List.of();
    private Basis classificationBasis = Basis.TOTAL;
    private final List<Classification.Band> bands = new ArrayList<>();
    private boolean totalMayExceedMax;
    private final List<Adjustments.Item> adjustments = new ArrayList<>();
    private BigDecimal totalPoints;

    private AppendixFixture(List<NodeFixture> groups) {
        this.groups = groups;
    }

    /** An appendix whose only criterion is this node, at the top of the tree. */
    static AppendixFixture withLeaf(NodeFixture node) {
        return new AppendixFixture(List.of(node));
    }

    static AppendixFixture withGroups(NodeFixture... groups) {
        return new AppendixFixture(List.of(groups));
    }

    /** Declares a figure asked once for the whole appendix, such as the total staff. */
    AppendixFixture input(InputFixture input) {
        inputs.put(input.key(), input);
        return this;
    }

    /** "staff_with_pc <= staff_total", "apps >= 1": an input or a number on each side. */
    AppendixFixture constraint(String text) {
        constraints.add(parseConstraint(text));
        return this;
    }

    AppendixFixture rounding(int decimals, RoundingMode mode, boolean sumOfRounded) {
        this.rounding = new Rounding(decimals, mode, sumOfRounded);
        return this;
    }

    AppendixFixture roundedOnce() {
        return rounding(rounding.decimals(), rounding.mode(), false);
    }

    AppendixFixture rankedBy(Basis basis, String... tieBreakNodes) {
        this.rankingBasis = basis;
        this.tieBreak = List.of(tieBreakNodes);
        return this;
    }

    AppendixFixture classifiedBy(Basis basis) {
        this.classificationBasis = basis;
        return this;
    }

    AppendixFixture band(String label, Interval interval) {
        bands.add(new Classification.Band(label, label, interval));
        return this;
    }

    AppendixFixture penalty(String key, String input, Number pointsEach, Number cap) {
        adjustments.add(new Adjustments.Item(key, "Điểm trừ " + key, Adjustments.Kind.PENALTY, input,
                dec(pointsEach), dec(cap), null));
        return this;
    }

    AppendixFixture bonus(String key, String input, Number pointsEach, Number cap) {
        adjustments.add(new Adjustments.Item(key, "Điểm thưởng " + key, Adjustments.Kind.BONUS, input,
                dec(pointsEach), dec(cap), null));
        return this;
    }

    AppendixFixture totalMayExceedMax() {
        this.totalMayExceedMax = true;
        return this;
    }

    AppendixFixture totalPoints(Number points) {
        this.totalPoints = dec(points);
        return this;
    }

    Appendix build() {
        Set<String> declared = new HashSet<>();
        List<InputDefinition> appendixInputs = new ArrayList<>();
        for (InputFixture input : inputs.values()) {
            declared.add(input.key());
            appendixInputs.add(input.build());
        }
        List<CriterionNode> built = new ArrayList<>();
        for (NodeFixture group : groups) {
            built.add(group.build(declared));
        }
        for (Adjustments.Item item : adjustments) {
            if (declared.add(item.input())) {
                appendixInputs.add(InputFixture.count(item.input()).build());
            }
        }
        BigDecimal total = totalPoints != null ? totalPoints
                : built.stream().map(CriterionNode::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Appendix("PL-TEST", "Phụ lục thử", "Test appendix", new TargetGroup("TEST", "Nhóm thử"), total,
                rounding, new Classification(classificationBasis, bands), new Ranking(rankingBasis, tieBreak),
                appendixInputs, constraints, built, new Adjustments(totalMayExceedMax, adjustments));
    }

    GroupResult score(UnitFixture... units) {
        return ScoringEngine.score(build(), Arrays.stream(units).map(UnitFixture::build).toList());
    }

    GroupResult score(List<UnitInputs> units) {
        return ScoringEngine.score(build(), units);
    }

    static InputConstraint parseConstraint(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 3) {
            throw new IllegalArgumentException("write a constraint as «left op right»: " + text);
        }
        return new InputConstraint(operand(parts[0]), InputConstraint.Comparison.ofSymbol(parts[1]),
                operand(parts[2]));
    }

    private static InputConstraint.Operand operand(String text) {
        return Character.isDigit(text.charAt(0)) || text.charAt(0) == '-'
                ? InputConstraint.Operand.number(new BigDecimal(text))
                : InputConstraint.Operand.input(text);
    }
}
