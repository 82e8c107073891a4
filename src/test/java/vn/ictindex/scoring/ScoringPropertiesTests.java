package vn.ictindex.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ictindex.criteria.CriteriaFormat;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.VersionStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties that must hold for any appendix and any group: 200 random cases from a fixed seed, so a failure names a
 * seed that reproduces it ({@link RandomGroups#generate}).
 */
class ScoringPropertiesTests {

    private static final long FIRST_SEED = 20_240_501L;
    private static final int CASES = 200;

    static Stream<RandomGroups.Case> groups() {
        return LongStream.range(FIRST_SEED, FIRST_SEED + CASES).mapToObj(RandomGroups::generate);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void generatedAppendicesAreOnesTheCriteriaValidatorAccepts(RandomGroups.Case c) {
        CriteriaVersion version = new CriteriaVersion("TEST", "1", "Thử", "Test", VersionStatus.DRAFT, null, null, null,
                null, List.of(c.appendix()));

        assertThat(CriteriaFormat.problemsOf(version)).as(c + " " + c.tree()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void pointsStayBetweenZeroAndTheNodesMaximumUnlessAFloorBelowZeroIsConfigured(RandomGroups.Case c) {
        GroupResult result = ScoringEngine.score(c.appendix(), c.units());

        for (UnitResult unit : result.units()) {
            for (NodeResult node : unit.nodes()) {
                if (node.points() == null) {
                    assertThat(node.status()).isEqualTo(NodeStatus.ERROR);
                    continue;
                }
                Supplier<String> where = () -> c + " " + unit.unitId() + " " + node.key() + " " + node.explain();
                assertThat(node.points()).as(where).isLessThanOrEqualTo(node.node().maxPoints());
                assertThat(node.exactPoints()).as(where).isLessThanOrEqualTo(node.node().maxPoints());
                if (!mayGoBelowZero(node.node())) {
                    assertThat(node.points()).as(where).isGreaterThanOrEqualTo(BigDecimal.ZERO);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void parentNeverExceedsItsMaximumOrWhatItsChildrenCanGive(RandomGroups.Case c) {
        GroupResult result = ScoringEngine.score(c.appendix(), c.units());

        for (UnitResult unit : result.units()) {
            for (NodeResult node : unit.nodes()) {
                if (node.node().isLeaf() || node.points() == null) {
                    continue;
                }
                Supplier<String> where = () -> c + " " + unit.unitId() + " " + node.key() + " " + node.explain();
                assertThat(node.points()).as(where).isLessThanOrEqualTo(node.node().maxPoints());
                assertThat(node.applicableMax()).as(where).isLessThanOrEqualTo(node.node().maxPoints());
                if (node.status() == NodeStatus.SCORED) {
                    assertThat(node.points()).as(where).isLessThanOrEqualTo(node.applicableMax());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void totalStaysBetweenZeroAndTheApplicableMaximumUnlessBonusesMayExceedIt(RandomGroups.Case c) {
        GroupResult result = ScoringEngine.score(c.appendix(), c.units());

        for (UnitResult unit : result.units()) {
            if (unit.total() == null) {
                assertThat(unit.hasErrors()).as(c + " " + unit.unitId()).isTrue();
                continue;
            }
            assertThat(unit.total()).as(c + " " + unit.unitId()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            if (!c.appendix().adjustments().totalMayExceedMax()) {
                assertThat(unit.total()).as(c + " " + unit.unitId()).isLessThanOrEqualTo(unit.applicableMax());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void ranksAgreeWithTheRankingValueTiesShareARankAndTheNextIsSkipped(RandomGroups.Case c) {
        GroupResult result = ScoringEngine.score(c.appendix(), c.units());
        Ranking ranking = c.appendix().ranking();

        List<UnitResult> ranked = new ArrayList<>();
        for (UnitResult unit : result.units()) {
            boolean rankable = !unit.hasErrors() && unit.value(ranking.basis()) != null;
            assertThat(unit.rank() != null).as(c + " " + unit.unitId() + " ranked").isEqualTo(rankable);
            if (rankable) {
                ranked.add(unit);
            }
        }
        for (UnitResult a : ranked) {
            int strictlyBetter = 0;
            for (UnitResult b : ranked) {
                int comparison = compare(rankingKey(b, ranking), rankingKey(a, ranking));
                if (comparison > 0) {
                    strictlyBetter++;
                    assertThat(b.rank()).as(c + " " + b.unitId() + " ahead of " + a.unitId()).isLessThan(a.rank());
                } else if (comparison == 0) {
                    assertThat(b.rank()).as(c + " " + b.unitId() + " tied with " + a.unitId()).isEqualTo(a.rank());
                }
            }
            assertThat(a.rank()).as(c + " " + a.unitId()).isEqualTo(1 + strictlyBetter);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void excludingACriterionChangesNoOtherCriterionsPoints(RandomGroups.Case c) {
        List<CriterionNode> excludable = c.appendix().allNodes().stream()
                .filter(n -> n.notApplicable() == NotApplicablePolicy.EXCLUDE).toList();
        if (excludable.isEmpty()) {
            return;
        }
        Random random = new Random(c.seed());
        CriterionNode claimed = excludable.get(random.nextInt(excludable.size()));
        int who = random.nextInt(c.units().size());
        List<UnitInputs> withClaim = new ArrayList<>(c.units());
        UnitInputs unit = withClaim.get(who);
        Set<String> claims = new LinkedHashSet<>(unit.notApplicable());
        claims.add(claimed.key());
        withClaim.set(who, new UnitInputs(unit.unitId(), unit.inputs(), claims, unit.manualPoints()));

        GroupResult before = ScoringEngine.score(c.appendix(), c.units());
        GroupResult after = ScoringEngine.score(c.appendix(), withClaim);

        Set<String> claimedSubtree = new HashSet<>();
        claimed.visit(n -> claimedSubtree.add(n.key()));
        for (CriterionNode node : c.appendix().allNodes()) {
            if (!node.isLeaf() || claimedSubtree.contains(node.key()) || isGroupRelative(node)) {
                continue;
            }
            for (int u = 0; u < c.units().size(); u++) {
                NodeResult was = Scored.node(before.units().get(u), node.key());
                NodeResult is = Scored.node(after.units().get(u), node.key());
                String other = before.units().get(u).unitId();
                Supplier<String> where = () -> c + " claim " + claimed.key() + " by " + unit.unitId() + ": "
                        + other + " " + node.key();
                assertThat(is.status()).as(where).isEqualTo(was.status());
                assertThat(is.points()).as(where).isEqualTo(was.points());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void sameInputsTwiceGiveEqualResults(RandomGroups.Case c) {
        GroupResult first = ScoringEngine.score(c.appendix(), c.units());
        GroupResult second = ScoringEngine.score(c.appendix(), c.units());

        assertThat(second).as(c.toString()).isEqualTo(first);
        for (int u = 0; u < first.units().size(); u++) {
            for (int n = 0; n < first.units().get(u).nodes().size(); n++) {
                assertThat(second.units().get(u).nodes().get(n).explain())
                        .isEqualTo(first.units().get(u).nodes().get(n).explain());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void shufflingTheUnitsChangesNoUnitsPointsOrRank(RandomGroups.Case c) {
        List<UnitInputs> shuffled = new ArrayList<>(c.units());
        Collections.shuffle(shuffled, new Random(c.seed()));

        GroupResult given = ScoringEngine.score(c.appendix(), c.units());
        GroupResult reordered = ScoringEngine.score(c.appendix(), shuffled);

        assertThat(reordered.units()).extracting(UnitResult::unitId)
                .containsExactlyElementsOf(shuffled.stream().map(UnitInputs::unitId).toList());
        for (UnitResult unit : given.units()) {
            assertThat(Scored.unit(reordered, unit.unitId())).as(c + " " + unit.unitId()).isEqualTo(unit);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void theOrderAUnitsEntriesArriveInChangesNothing(RandomGroups.Case c) {
        Random random = new Random(c.seed());
        List<UnitInputs> reordered = c.units().stream().map(u -> shuffledEntries(u, random)).toList();

        GroupResult given = ScoringEngine.score(c.appendix(), c.units());
        GroupResult fromReordered = ScoringEngine.score(c.appendix(), reordered);

        assertThat(fromReordered).as(c.toString()).isEqualTo(given);
    }

    // ------------------------------------------------------------------ helpers

    private static boolean mayGoBelowZero(CriterionNode node) {
        boolean[] negative = {false};
        node.visit(n -> {
            BigDecimal floor = n.rule() instanceof Rule.DeductionFromMax d ? d.floor()
                    : n.rule() instanceof Rule.Formula f ? f.floor() : null;
            if (floor != null && floor.signum() < 0) {
                negative[0] = true;
            }
        });
        return negative[0];
    }

    /** A rule whose points depend on other units: normalised to the best, or a formula over a group aggregate. */
    private static boolean isGroupRelative(CriterionNode node) {
        return node.rule() instanceof Rule.NormalizedToBest
                || node.rule() instanceof Rule.Formula f && !Formulas.check(f.expression()).aggregates().isEmpty();
    }

    private static List<BigDecimal> rankingKey(UnitResult unit, Ranking ranking) {
        List<BigDecimal> key = new ArrayList<>();
        key.add(unit.value(ranking.basis()));
        for (String node : ranking.tieBreak()) {
            BigDecimal points = Scored.node(unit, node).points();
            key.add(points == null ? BigDecimal.ZERO : points);
        }
        return key;
    }

    private static int compare(List<BigDecimal> a, List<BigDecimal> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static UnitInputs shuffledEntries(UnitInputs unit, Random random) {
        return new UnitInputs(unit.unitId(), shuffled(unit.inputs(), random),
                new LinkedHashSet<>(shuffled(new ArrayList<>(unit.notApplicable()), random)),
                shuffled(unit.manualPoints(), random));
    }

    private static <V> Map<String, V> shuffled(Map<String, V> map, Random random) {
        Map<String, V> out = new LinkedHashMap<>();
        shuffled(new ArrayList<>(map.entrySet()), random).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        Collections.shuffle(list, random);
        return list;
    }
}
