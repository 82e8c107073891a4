package vn.ictindex.criteria;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.Basis;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.GroupResult;
import vn.ictindex.scoring.InputConstraint;
import vn.ictindex.scoring.NodeResult;
import vn.ictindex.scoring.NodeStatus;
import vn.ictindex.scoring.NotApplicablePolicy;
import vn.ictindex.scoring.Rule;
import vn.ictindex.scoring.ScoringEngine;
import vn.ictindex.scoring.UnitInputs;
import vn.ictindex.scoring.UnitResult;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconstructed Bình Thuận 2019 criteria set shipped as the default ({@code criteria-sets/bt-udcntt-2019.yaml}): it
 * loads cleanly, keeps every criterion of the reference reconstruction, and scores a realistic target group sensibly.
 */
class ReferenceCriteriaSetTests {

    private static final String FILE = "criteria-sets/bt-udcntt-2019.yaml";
    private static final List<String> APPENDICES = List.of("PL-I", "PL-II", "PL-III", "PL-IV");
    private static final List<String> GROUPS = List.of("A", "B", "C", "D", "E", "F");
    private static final BigDecimal FIVE_HUNDRED = BigDecimal.valueOf(500);
    private static final int GROUP_SIZE = 30;
    private static final long SEED = 2019;

    /** The criteria of each appendix in the reference reconstruction, in order. */
    private static final Map<String, List<String>> CRITERIA = Map.of(
            "PL-I", List.of("A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4", "B5", "B6",
                    "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9",
                    "D1", "D2", "D3", "D4", "D5", "D6", "E1", "E2", "E3", "E4", "F1", "F2", "F3", "F4", "F5"),
            "PL-II", List.of("A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4", "B5", "B6",
                    "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10",
                    "D1", "D2", "D3", "D4", "D5", "D6", "E1", "E2", "E3", "E4", "F1", "F2", "F3", "F4", "F5", "F6"),
            "PL-III", List.of("A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4", "B5", "B6",
                    "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9",
                    "D1", "D2", "D3", "D4", "D5", "D6", "E1", "E2", "E3", "E4", "F1", "F2", "F3", "F4", "F5"),
            "PL-IV", List.of("A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4", "B5", "B6",
                    "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8",
                    "D1", "D2", "D3", "D4", "E1", "E2", "E3", "E4", "F1", "F2", "F3", "F4", "F5", "F6"));

    /** Criteria that the reference marks not applicable in some units (no administrative procedures…). */
    private static final Map<String, List<String>> MAY_NOT_APPLY = Map.of(
            "PL-I", List.of("D3", "D4", "D5"),
            "PL-II", List.of("D3", "D4", "D5"),
            "PL-III", List.of("D3", "D4"),
            "PL-IV", List.of());

    private static CriteriaVersion version;

    @BeforeAll
    static void loadTheShippedFile() throws IOException {
        try (InputStream in = ReferenceCriteriaSetTests.class.getClassLoader().getResourceAsStream(FILE)) {
            assertThat(in).as("%s on the classpath", FILE).isNotNull();
            version = CriteriaFormat.read(FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theReconstructionIsIssuedUnderDecision1867AndSaysItIsAReconstruction() {
        assertThat(version.id()).isEqualTo("BT-UDCNTT@2019");
        assertThat(version.status()).isEqualTo(VersionStatus.ISSUED);
        assertThat(version.decision().number()).isEqualTo("1867/QĐ-UBND");
        assertThat(version.decision().date()).isEqualTo(LocalDate.of(2019, 7, 23));
        assertThat(version.effectiveFrom()).isEqualTo(2019);
        assertThat(version.supersedes()).isEqualTo("BT-UDCNTT@2017");
        assertThat(version.title()).contains("(áp dụng từ năm 2019)").endsWith("BẢN TÁI DỰNG");
        assertThat(version.titleEn()).isNotBlank();
        assertThat(version.note()).contains("TÁI DỰNG", "văn bản chính thức", "không cần sửa mã");
    }

    @Test
    void everyAppendixAddsUpToFiveHundredPoints() {
        assertThat(version.appendices()).extracting(Appendix::id).containsExactlyElementsOf(APPENDICES);
        for (Appendix appendix : version.appendices()) {
            assertThat(appendix.totalPoints()).as(appendix.id()).isEqualByComparingTo(FIVE_HUNDRED);
            assertThat(appendix.groups()).as(appendix.id()).extracting(CriterionNode::key)
                    .containsExactlyElementsOf(GROUPS);
            assertThat(appendix.groups().stream().map(CriterionNode::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(appendix.id()).isEqualByComparingTo(FIVE_HUNDRED);
            assertThat(appendix.targetGroup().code()).as(appendix.id()).isNotBlank();
        }
    }

    @Test
    void everyCriterionOfTheReferenceIsPresent() {
        for (String id : APPENDICES) {
            List<String> criteria = leaves(appendix(id)).stream().map(CriterionNode::key).toList();
            assertThat(criteria).as(id).containsExactlyElementsOf(CRITERIA.get(id));
        }
        assertThat(leaves(appendix("PL-I"))).hasSize(35);
        assertThat(leaves(appendix("PL-II"))).hasSize(37);
        assertThat(leaves(appendix("PL-III"))).hasSize(35);
        assertThat(leaves(appendix("PL-IV"))).hasSize(33);
    }

    @Test
    void everyCriterionTellsHowItIsScoredWhatEvidenceItNeedsAndWhereItComesFrom() {
        for (Appendix appendix : version.appendices()) {
            for (CriterionNode criterion : leaves(appendix)) {
                String where = appendix.id() + " / " + criterion.key();
                assertThat(criterion.name()).as(where).isNotBlank();
                assertThat(criterion.nameEn()).as(where).isNotBlank();
                assertThat(criterion.guide()).as(where).isNotBlank();
                assertThat(criterion.evidenceItems()).as(where).isNotEmpty();
                assertThat(criterion.note()).as(where).startsWith("Nguồn:");
                assertThat(criterion.rule()).as(where).isNotInstanceOf(Rule.Manual.class);
            }
        }
    }

    @Test
    void onlyCriteriaWithAnApplicabilityConditionMayBeNotApplicable() {
        for (Appendix appendix : version.appendices()) {
            List<String> excludable = appendix.allNodes().stream()
                    .filter(n -> n.notApplicable() == NotApplicablePolicy.EXCLUDE).map(CriterionNode::key).toList();
            assertThat(excludable).as(appendix.id()).containsExactlyElementsOf(MAY_NOT_APPLY.get(appendix.id()));
            assertThat(appendix.allNodes()).as(appendix.id())
                    .noneMatch(n -> n.notApplicable() == NotApplicablePolicy.ZERO);
        }
    }

    @Test
    void everyRatioNumeratorIsCheckedAgainstItsDenominator() {
        for (Appendix appendix : version.appendices()) {
            List<InputConstraint> constraints = new ArrayList<>(appendix.constraints());
            appendix.visit(n -> constraints.addAll(n.constraints()));
            for (CriterionNode criterion : leaves(appendix)) {
                String numerator = null;
                String denominator = null;
                if (criterion.rule() instanceof Rule.RatioTimesMax r) {
                    numerator = r.numerator();
                    denominator = r.denominator();
                } else if (criterion.rule() instanceof Rule.RatioVsTarget r) {
                    numerator = r.numerator();
                    denominator = r.denominator();
                }
                if (numerator != null) {
                    String expected = numerator + " <= " + denominator;
                    assertThat(constraints).as(appendix.id() + " / " + criterion.key())
                            .anyMatch(c -> c.toString().equals(expected));
                }
            }
        }
    }

    @Test
    void classificationUsesTheNormalizedScoreAndRankingThePercentage() {
        for (Appendix appendix : version.appendices()) {
            assertThat(appendix.classification().basis()).isEqualTo(Basis.NORMALIZED);
            assertThat(appendix.classification().bands()).extracting(b -> b.label())
                    .containsExactly("Tốt", "Khá", "Trung bình", "Yếu");
            assertThat(appendix.classification().bandFor(new BigDecimal("430")).orElseThrow().label()).isEqualTo("Tốt");
            assertThat(appendix.classification().bandFor(new BigDecimal("429.99")).orElseThrow().label())
                    .isEqualTo("Khá");
            assertThat(appendix.classification().bandFor(new BigDecimal("249.99")).orElseThrow().label())
                    .isEqualTo("Yếu");
            assertThat(appendix.ranking().basis()).isEqualTo(Basis.PERCENT);
            assertThat(appendix.ranking().tieBreak()).isEmpty();
            assertThat(appendix.adjustments().items()).isEmpty();
            assertThat(appendix.rounding().decimals()).isEqualTo(2);
            assertThat(appendix.rounding().sumOfRounded()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PL-I", "PL-II", "PL-III", "PL-IV"})
    void aRealisticGroupIsScoredWithoutErrorsAndWithinFiveHundredPoints(String id) {
        GroupResult result = scoreGroup(id);

        assertThat(result.units()).hasSize(GROUP_SIZE + 2);
        for (UnitResult unit : result.units()) {
            assertThat(unit.problems()).as(unit.unitId()).isEmpty();
            assertThat(unit.missingInputs()).as(unit.unitId()).isEmpty();
            assertThat(unit.total()).as(unit.unitId()).isBetween(BigDecimal.ZERO, FIVE_HUNDRED);
            assertThat(unit.normalized()).as(unit.unitId()).isBetween(BigDecimal.ZERO, FIVE_HUNDRED);
            assertThat(unit.classification()).as(unit.unitId()).isNotNull();
            assertThat(unit.rank()).as(unit.unitId()).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PL-I", "PL-II", "PL-III", "PL-IV"})
    void aUnitWithTheBestFiguresGetsFiveHundredPointsAndIsGood(String id) {
        UnitResult best = scoreGroup(id).unit(ReferenceUnitsFixture.BEST_UNIT).orElseThrow();

        assertThat(best.total()).isEqualByComparingTo(FIVE_HUNDRED);
        assertThat(best.percent()).isEqualByComparingTo("100");
        assertThat(best.classificationLabel()).isEqualTo("Tốt");
        assertThat(best.rank()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PL-I", "PL-II", "PL-III", "PL-IV"})
    void aUnitWithTheWorstFiguresEarnsNothingAndIsWeak(String id) {
        GroupResult result = scoreGroup(id);
        UnitResult worst = result.unit(ReferenceUnitsFixture.WORST_UNIT).orElseThrow();

        assertThat(worst.applicableMax()).isEqualByComparingTo(FIVE_HUNDRED);
        assertThat(worst.total()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(worst.classificationLabel()).isEqualTo("Yếu");
        assertThat(worst.rank()).isEqualTo(result.units().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PL-I", "PL-II", "PL-III"})
    void aUnitWithoutAdministrativeProceduresIsJudgedOnItsApplicableMaximum(String id) {
        Appendix appendix = appendix(id);
        List<UnitInputs> units = new ArrayList<>(ReferenceUnitsFixture.realisticUnits(appendix, GROUP_SIZE, SEED));
        units.add(ReferenceUnitsFixture.bestUnit(appendix));
        UnitInputs withoutProcedures = ReferenceUnitsFixture.bestUnitWithoutAdministrativeProcedures(appendix);
        units.add(withoutProcedures);

        UnitResult unit = ScoringEngine.score(appendix, units).unit(withoutProcedures.unitId()).orElseThrow();

        BigDecimal excluded = MAY_NOT_APPLY.get(id).stream().map(key -> appendix.node(key).orElseThrow().maxPoints())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(MAY_NOT_APPLY.get(id)).allSatisfy(key ->
                assertThat(unit.node(key).orElseThrow().status()).isEqualTo(NodeStatus.NOT_APPLICABLE));
        assertThat(unit.applicableMax()).isEqualByComparingTo(FIVE_HUNDRED.subtract(excluded));
        assertThat(unit.total()).isEqualByComparingTo(FIVE_HUNDRED.subtract(excluded));
        assertThat(unit.percent()).isEqualByComparingTo("100");
        assertThat(unit.normalized()).isEqualByComparingTo(FIVE_HUNDRED);
        assertThat(unit.classificationLabel()).isEqualTo("Tốt");
        assertThat(unit.rank()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PL-I", "PL-II", "PL-III", "PL-IV"})
    void aHigherPercentageNeverRanksBelowALowerOne(String id) {
        List<UnitResult> units = scoreGroup(id).units();

        for (UnitResult a : units) {
            for (UnitResult b : units) {
                int byPercent = a.percent().compareTo(b.percent());
                if (byPercent > 0) {
                    assertThat(a.rank()).as("%s (%s%%) vs %s (%s%%)", a.unitId(), a.percent(), b.unitId(),
                            b.percent()).isLessThan(b.rank());
                } else if (byPercent == 0) {
                    assertThat(a.rank()).as("%s vs %s", a.unitId(), b.unitId()).isEqualTo(b.rank());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PL-I", "PL-II", "PL-III", "PL-IV"})
    void everyScoredCriterionExplainsItsPoints(String id) {
        for (UnitResult unit : scoreGroup(id).units()) {
            for (NodeResult node : unit.nodes()) {
                if (node.node().isLeaf() && node.status() == NodeStatus.SCORED) {
                    assertThat(node.explain()).as("%s / %s", unit.unitId(), node.key()).isNotBlank();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PL-I", "PL-II", "PL-III", "PL-IV"})
    void theRealisticGroupSpreadsOverSeveralClasses(String id) {
        List<UnitResult> realistic = scoreGroup(id).units().stream()
                .filter(u -> !u.unitId().equals(ReferenceUnitsFixture.BEST_UNIT)
                        && !u.unitId().equals(ReferenceUnitsFixture.WORST_UNIT))
                .toList();

        assertThat(realistic.stream().map(UnitResult::classificationLabel).distinct().count()).isGreaterThanOrEqualTo(2);
        assertThat(realistic).allSatisfy(u -> assertThat(u.percent()).isGreaterThan(BigDecimal.valueOf(30)));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static GroupResult scoreGroup(String id) {
        Appendix appendix = appendix(id);
        List<UnitInputs> units = new ArrayList<>(ReferenceUnitsFixture.realisticUnits(appendix, GROUP_SIZE, SEED));
        units.add(ReferenceUnitsFixture.bestUnit(appendix));
        units.add(ReferenceUnitsFixture.worstUnit(appendix));
        return ScoringEngine.score(appendix, units);
    }

    private static Appendix appendix(String id) {
        return version.appendix(id).orElseThrow();
    }

    private static List<CriterionNode> leaves(Appendix appendix) {
        return appendix.allNodes().stream().filter(CriterionNode::isLeaf).toList();
    }
}
