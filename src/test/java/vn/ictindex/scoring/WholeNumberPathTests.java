package vn.ictindex.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine with its whole-number leaves and totals ({@link RoundedLeaf}) says, field for field and scale for scale,
 * what it says with {@link Rules} alone: on the 200 random appendices and groups of the property tests, with their
 * random roundings, modes and sums of rounded or exact parts.
 */
class WholeNumberPathTests {

    @ParameterizedTest(name = "{0}")
    @MethodSource("vn.ictindex.scoring.ScoringPropertiesTests#groups")
    void everyUnitAndNodeIsTheSameWithOrWithoutWholeNumbers(RandomGroups.Case c) {
        GroupResult fast = ScoringEngine.compile(c.appendix()).score(c.units());
        GroupResult byRules = new CompiledAppendix(c.appendix(), false).score(c.units());

        assertThat(lines(fast)).as(c.tree()).containsExactlyElementsOf(lines(byRules));
    }

    private static List<String> lines(GroupResult result) {
        List<String> lines = new ArrayList<>();
        for (UnitResult u : result.units()) {
            lines.add(u.unitId() + " tree=" + u.treeTotal() + " total=" + u.total() + " max=" + u.applicableMax()
                    + " percent=" + u.percent() + " normalized=" + u.normalized() + " class="
                    + u.classificationLabel() + " rank=" + u.rank() + " problems=" + u.problems() + " missing="
                    + u.missingInputs() + " adjustments=" + u.adjustments());
            for (NodeResult n : u.nodes()) {
                lines.add("  " + n.key() + " " + n.status() + " points=" + n.points() + " exact=" + n.exactPoints()
                        + " max=" + n.applicableMax() + " | " + n.explain());
            }
        }
        return lines;
    }
}
