package vn.ictindex.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.scoring.Awards.fullMarks;
import static vn.ictindex.scoring.Awards.half;
import static vn.ictindex.scoring.Awards.points;
import static vn.ictindex.scoring.NodeFixture.manual;
import static vn.ictindex.scoring.NodeFixture.option;
import static vn.ictindex.scoring.NodeFixture.partialCredit;
import static vn.ictindex.scoring.NodeFixture.yesNo;
import static vn.ictindex.scoring.UnitFixture.unit;

class ManualAndChoiceTests {

    /** "Trưởng ban là Chủ tịch: điểm tối đa; Phó Chủ tịch: 1/2 điểm tối đa; chưa có: 0". */
    private static AppendixFixture headOfSteeringCommittee() {
        return AppendixFixture.withLeaf(partialCredit("B4", 10, "head_role",
                        option("chairman", fullMarks()), option("vice", half()), option("none", points(0)))
                .declares(InputFixture.choice("head_role")
                        .option("chairman", "Chủ tịch").option("vice", "Phó Chủ tịch").option("none", "Chưa có")
                        .option("acting", "Quyền Chủ tịch")));
    }

    private static NodeResult b4(String role) {
        return Scored.only(headOfSteeringCommittee().score(unit("U1").choosing("head_role", role)), "B4");
    }

    @Test
    void councilPointsAreTakenAsJudged() {
        GroupResult result = AppendixFixture.withLeaf(manual("C2", 5)).score(unit("U1").judged("C2", 3.5));

        NodeResult c2 = Scored.only(result, "C2");
        assertThat(c2.points()).isEqualByComparingTo("3.5");
        assertThat(c2.explain()).isEqualTo("Hội đồng chấm: 3,50");
    }

    @Test
    void notYetJudgedCountsZeroAndSaysSo() {
        GroupResult result = AppendixFixture.withLeaf(manual("C2", 5)).score(unit("U1"));

        NodeResult c2 = Scored.only(result, "C2");
        assertThat(c2.status()).isEqualTo(NodeStatus.MISSING_INPUT);
        assertThat(c2.points()).isEqualByComparingTo("0");
        assertThat(c2.explain()).isEqualTo("Chưa chấm điểm");
    }

    @Test
    void councilPointsAboveTheMaximumOrBelowZeroAreAnError() {
        GroupResult above = AppendixFixture.withLeaf(manual("C2", 5)).score(unit("U1").judged("C2", 6));
        GroupResult below = AppendixFixture.withLeaf(manual("C2", 5)).score(unit("U1").judged("C2", -1));

        assertThat(Scored.only(above, "C2").status()).isEqualTo(NodeStatus.ERROR);
        assertThat(Scored.only(above, "C2").explain()).isEqualTo("Điểm chấm tay 6 của tiêu chí C2 phải từ 0 đến 5");
        assertThat(Scored.only(below, "C2").status()).isEqualTo(NodeStatus.ERROR);
        assertThat(Scored.unit(above, "U1").total()).isNull();
    }

    @Test
    void councilPointsOnARuleScoredNodeAreAnError() {
        GroupResult result = AppendixFixture.withLeaf(yesNo("A4", 10, "tslcd"))
                .score(unit("U1").with("tslcd", true).judged("A4", 10));

        assertThat(Scored.only(result, "A4").status()).isEqualTo(NodeStatus.ERROR);
        assertThat(Scored.unit(result, "U1").hasErrors()).isTrue();
    }

    @Test
    void councilPointsOnAnUnknownNodeAreAnErrorOfTheUnit() {
        GroupResult result = AppendixFixture.withLeaf(manual("C2", 5))
                .score(unit("U1").judged("C2", 5).judged("Z9", 1));

        UnitResult u1 = Scored.unit(result, "U1");
        assertThat(Scored.only(result, "C2").points()).isEqualByComparingTo("5");
        assertThat(u1.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.nodeKey()).isNull();
        });
        assertThat(u1.total()).isNull();
    }

    @Test
    void yesEarnsTheMaximumAndNoEarnsZero() {
        AppendixFixture appendix = AppendixFixture.withLeaf(yesNo("A4", 10, "tslcd"));

        NodeResult yes = Scored.only(appendix.score(unit("U1").with("tslcd", true)), "A4");
        NodeResult no = Scored.only(appendix.score(unit("U1").with("tslcd", false)), "A4");
        assertThat(yes.points()).isEqualByComparingTo("10");
        assertThat(yes.explain()).isEqualTo("Có → 10,00");
        assertThat(no.points()).isEqualByComparingTo("0");
        assertThat(no.explain()).isEqualTo("Không → 0");
    }

    @Test
    void eachOptionEarnsItsShareOfTheMaximum() {
        assertThat(b4("chairman").points()).isEqualByComparingTo("10");
        assertThat(b4("vice").points()).isEqualByComparingTo("5");
        assertThat(b4("none").points()).isEqualByComparingTo("0");
    }

    @Test
    void choiceTraceNamesTheOptionByItsLabel() {
        assertThat(b4("vice").explain()).isEqualTo("Lựa chọn «Phó Chủ tịch» → 1/2 × điểm tối đa 10 = 5,00");
        assertThat(b4("none").explain()).isEqualTo("Lựa chọn «Chưa có» → 0,00");
    }

    @Test
    void optionWithoutAnAwardEarnsZero() {
        NodeResult acting = b4("acting");

        assertThat(acting.status()).isEqualTo(NodeStatus.SCORED);
        assertThat(acting.points()).isEqualByComparingTo("0");
    }

    @Test
    void optionNotOfferedIsAnError() {
        NodeResult unknown = b4("secretary");

        assertThat(unknown.status()).isEqualTo(NodeStatus.ERROR);
        assertThat(unknown.explain()).isEqualTo("«Số liệu head_role»: «secretary» không có trong danh sách lựa chọn");
    }
}
