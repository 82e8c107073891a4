package vn.ictindex.criteria;

import org.junit.jupiter.api.Test;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.Bound;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.EvidenceRequirement;
import vn.ictindex.scoring.Interval;
import vn.ictindex.scoring.NotApplicablePolicy;
import vn.ictindex.scoring.Rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule type of the test set with one criterion per rule type, in the words a council member reads. */
class RuleDescriptionsTests {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final Locale EN = Locale.ENGLISH;

    private final Appendix appendix = CriteriaFixtures.everyRuleVersion().appendix("PL-T").orElseThrow();

    private String vi(String key) {
        return describe(key, VI).text();
    }

    private String en(String key) {
        return describe(key, EN).text();
    }

    private RuleDescriptions.Description describe(String key, Locale locale) {
        return RuleDescriptions.of(appendix, locale).describe(appendix.node(key).orElseThrow());
    }

    @Test
    void aRatioTimesMaxNamesNumeratorAndDenominatorByTheirLabels() {
        assertThat(vi("A1")).isEqualTo("Điểm = điểm tối đa × «Số CBCCVC có máy tính» / «Tổng số CBCCVC»"
                + " (tỷ lệ tối đa 1); mẫu số bằng 0: 0 điểm");
        assertThat(en("A1")).isEqualTo("Points = maximum × “Số CBCCVC có máy tính” / “Tổng số CBCCVC”"
                + " (ratio at most 1); zero denominator: 0 points");
    }

    @Test
    void aRatioAgainstATargetSaysWhenFullPointsAreReached() {
        assertThat(vi("A2")).isEqualTo("Điểm = điểm tối đa × («Văn bản điện tử» / «Tổng văn bản») / 90%"
                + " (tỷ lệ đạt 90% trở lên: đủ điểm tối đa); mẫu số bằng 0: 0 điểm");
        assertThat(en("A2")).isEqualTo("Points = maximum × (“Văn bản điện tử” / “Tổng văn bản”) / 90%"
                + " (full points once the ratio reaches 90%); zero denominator: 0 points");
    }

    @Test
    void aNormalisedRatioComparesWithTheBestOfTheTargetGroup() {
        assertThat(vi("A3")).isEqualTo("Điểm = điểm tối đa × tỷ lệ «Băng thông (Mbps)» / «Tổng số CBCCVC» của đơn vị"
                + " / tỷ lệ cao nhất trong nhóm đối tượng; mẫu số bằng 0: không áp dụng;"
                + " giá trị cao nhất bằng 0: 0 điểm");
        assertThat(en("A3")).startsWith("Points = maximum × the unit's ratio “Băng thông (Mbps)” / “Tổng số CBCCVC”")
                .contains("zero denominator: not applicable");
    }

    @Test
    void aNormalisedValueWithoutDenominatorComparesTheValueItself() {
        CriterionNode node = leaf(new Rule.NormalizedToBest("staff_with_pc", null, Rule.ZeroDenominator.ZERO));

        assertThat(RuleDescriptions.of(appendix, VI).describe(node).text()).isEqualTo(
                "Điểm = điểm tối đa × «Số CBCCVC có máy tính» / giá trị cao nhất trong nhóm đối tượng;"
                        + " giá trị cao nhất bằng 0: 0 điểm");
    }

    @Test
    void aYesNoGivesTheMaximumOrNothing() {
        assertThat(vi("A4")).isEqualTo("Nếu «Có kết nối TSLCD»: 10 điểm; nếu không: 0 điểm");
        assertThat(en("A4")).isEqualTo("If “Có kết nối TSLCD”: 10 points; otherwise: 0 points");
    }

    @Test
    void tiersAreListedTopDownWithTheirBoundsWrittenPlainly() {
        assertThat(vi("B1")).isEqualTo("Theo «Số cuộc họp trực tuyến» (cuộc họp): từ 4 trở lên: 10 điểm;"
                + " từ 2 đến dưới 4: 1/2 điểm tối đa; từ 1 đến dưới 2: 2 điểm; từ 0 trở xuống: 0 điểm");
        assertThat(en("B1")).isEqualTo("By “Số cuộc họp trực tuyến” (cuộc họp): 4 or more: 10 points;"
                + " from 2 to below 4: 1/2 of the maximum; from 1 to below 2: 2 points; 0 or less: 0 points");
    }

    @Test
    void tiersThatDoNotCoverEveryValueSayWhatTheRestScores() {
        CriterionNode node = leaf(new Rule.Tiers("staff_with_pc", List.of(new Rule.Tier(
                new Interval(Bound.inclusive(BigDecimal.ONE), null), new vn.ictindex.scoring.Award.Points(
                BigDecimal.TEN)))));

        assertThat(RuleDescriptions.of(appendix, VI).describe(node).text())
                .endsWith("từ 1 trở lên: 10 điểm; giá trị khác: 0 điểm");
    }

    @Test
    void perItemPointsCountTheItemsOfAList() {
        assertThat(vi("B2")).isEqualTo("Điểm = 4 × số mục trong «Danh sách phần mềm», tối đa 10 điểm");
        assertThat(en("B2")).isEqualTo("Points = 4 × the number of items in “Danh sách phần mềm”, at most 10 points");
    }

    @Test
    void aChecklistAddsTheItemsMet() {
        assertThat(vi("B3")).isEqualTo("Cộng điểm các mục đạt: «Có quy chế văn bản»: 5 điểm;"
                + " «Có quy chế an toàn thông tin»: 5 điểm; tối đa 10 điểm");
        assertThat(en("B3")).startsWith("Sum of the items met: “Có quy chế văn bản”: 5 points;");
    }

    @Test
    void partialCreditListsEveryOptionWithItsAward() {
        assertThat(vi("B4")).isEqualTo("Theo lựa chọn «Trưởng ban là»: Chủ tịch: điểm tối đa;"
                + " Phó Chủ tịch: 1/2 điểm tối đa; Chưa có: 0 điểm");
        assertThat(en("B4")).isEqualTo("By the option chosen for “Trưởng ban là”: Chủ tịch: full points;"
                + " Phó Chủ tịch: 1/2 of the maximum; Chưa có: 0 points");
    }

    @Test
    void aDeductionStartsFromTheMaximumAndStopsAtTheFloor() {
        assertThat(vi("C1")).isEqualTo("Điểm = điểm tối đa − 2 × «Số sự cố», không dưới 0 điểm");
        assertThat(en("C1")).isEqualTo("Points = maximum − 2 × “Số sự cố”, not below 0 points");
    }

    @Test
    void manualPointsAreJudgedByTheCouncil() {
        assertThat(vi("C2")).isEqualTo("Hội đồng thẩm định chấm điểm, từ 0 đến 5 điểm");
        assertThat(en("C2")).isEqualTo("Judged by the appraisal council, from 0 to 5 points");
    }

    @Test
    void theBestAlternativeNamesTheAlternatives() {
        assertThat(vi("C3")).isEqualTo("Điểm của trường hợp có điểm cao nhất trong các tiêu chí con: C3a, C3b");
        assertThat(en("C3")).isEqualTo("The points of the best alternative among the sub-criteria: C3a, C3b");
    }

    @Test
    void aFormulaIsGivenAsCodeWithTheNamesItUsesExplained() {
        RuleDescriptions.Description description = describe("C4", VI);

        assertThat(description.formula()).isEqualTo("IF(plan_issued, IF(days_late <= 0, max_points,"
                + " IF(days_late <= 30, max_points / 2, 0)), 0)");
        assertThat(description.text()).isEqualTo("Điểm tính theo công thức dưới đây, giữ trong khoảng từ 0 đến 5 điểm;"
                + " trong đó plan_issued: «Đã ban hành kế hoạch»; days_late: «Số ngày chậm so với hạn»;"
                + " max_points: điểm tối đa, 5");
        assertThat(describe("C4", EN).text()).startsWith("Points by the formula below, kept between 0 and 5 points;"
                + " where plan_issued: “Đã ban hành kế hoạch”");
    }

    @Test
    void aFormulaWithAGroupAggregateExplainsIt() {
        CriterionNode node = leaf(new Rule.Formula("max_points * staff_with_pc / GROUP_MAX(staff_with_pc)", null));

        assertThat(RuleDescriptions.of(appendix, VI).describe(node).text())
                .contains("GROUP_MAX(staff_with_pc): giá trị cao nhất của «Số CBCCVC có máy tính» trong nhóm đối tượng");
    }

    @Test
    void aSumOfSubCriteriaMentionsItsCap() {
        assertThat(vi("A")).isEqualTo("Tổng điểm các tiêu chí con");
        assertThat(en("A")).isEqualTo("Sum of the sub-criteria's points");
        CriterionNode capped = leaf(new Rule.CompositeSum(new BigDecimal("25")));
        assertThat(RuleDescriptions.of(appendix, VI).describe(capped).text())
                .isEqualTo("Tổng điểm các tiêu chí con, tính tối đa 25 điểm");
    }

    @Test
    void everyRuleTypeHasASentenceInBothLanguages() {
        Set<String> described = new TreeSet<>();
        appendix.visit(node -> {
            assertThat(describe(node.key(), VI).text()).isNotBlank().doesNotContain("null");
            assertThat(describe(node.key(), EN).text()).isNotBlank().doesNotContain("null");
            described.add(node.rule().typeName());
        });

        assertThat(described).containsExactlyInAnyOrderElementsOf(Rule.typeNames());
    }

    @Test
    void intervalsSayWhichEndIsIncluded() {
        BigDecimal b350 = BigDecimal.valueOf(350);
        BigDecimal b430 = BigDecimal.valueOf(430);

        assertThat(RuleDescriptions.interval(new Interval(Bound.inclusive(b350), Bound.exclusive(b430)), VI))
                .isEqualTo("từ 350 đến dưới 430");
        assertThat(RuleDescriptions.interval(new Interval(Bound.inclusive(b350), Bound.exclusive(b430)), EN))
                .isEqualTo("from 350 to below 430");
        assertThat(RuleDescriptions.interval(new Interval(Bound.inclusive(b430), Bound.inclusive(b430)), VI))
                .isEqualTo("bằng 430");
        assertThat(RuleDescriptions.interval(new Interval(Bound.exclusive(new BigDecimal("2.5")), null), VI))
                .isEqualTo("trên 2,5");
        assertThat(RuleDescriptions.interval(new Interval(Bound.exclusive(new BigDecimal("2.5")), null), EN))
                .isEqualTo("more than 2.5");
        assertThat(RuleDescriptions.interval(new Interval(null, Bound.exclusive(b350)), VI)).isEqualTo("dưới 350");
        assertThat(RuleDescriptions.interval(new Interval(Bound.exclusive(b350), Bound.inclusive(b430)), VI))
                .isEqualTo("trên 350 đến 430");
        assertThat(RuleDescriptions.interval(new Interval(null, null), VI)).isEqualTo("mọi giá trị");
    }

    @Test
    void numbersFollowTheLanguage() {
        assertThat(RuleDescriptions.number(new BigDecimal("1250.50"), VI)).isEqualTo("1.250,5");
        assertThat(RuleDescriptions.number(new BigDecimal("1250.50"), EN)).isEqualTo("1,250.5");
        assertThat(RuleDescriptions.number(new BigDecimal("1E+2"), EN)).isEqualTo("100");
    }

    private static CriterionNode leaf(Rule rule) {
        return new CriterionNode("X1", "Thử", null, BigDecimal.TEN, null, EvidenceRequirement.NONE, List.of(),
                NotApplicablePolicy.NOT_ALLOWED, List.of(), List.of(), rule, List.of(), null);
    }
}
