package vn.ictindex.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.scoring.Awards.half;
import static vn.ictindex.scoring.Awards.points;
import static vn.ictindex.scoring.NodeFixture.checklist;
import static vn.ictindex.scoring.NodeFixture.item;
import static vn.ictindex.scoring.NodeFixture.perItem;
import static vn.ictindex.scoring.UnitFixture.unit;

class PerItemAndChecklistTests {

    /** "Mỗi phần mềm dùng chung: 4 điểm, tối đa 10 điểm". */
    private static AppendixFixture sharedApps() {
        return AppendixFixture.withLeaf(perItem("B2", 10, "apps", 4, 10));
    }

    /** "Có quy chế văn bản: 5 điểm; có quy chế an toàn thông tin: 5 điểm". */
    private static AppendixFixture internalRules() {
        return AppendixFixture.withLeaf(checklist("B3", 10,
                item("rule_docs", points(5)), item("rule_security", points(5))));
    }

    @Test
    void eachItemEarnsItsPointsBelowTheCap() {
        GroupResult result = sharedApps().score(unit("U1").listing("apps", "iOffice", "Một cửa"));

        assertThat(Scored.only(result, "B2").points()).isEqualByComparingTo("8");
        assertThat(Scored.only(result, "B2").explain()).isEqualTo("2 mục × 4, tối đa 10 = 8,00");
    }

    @Test
    void itemsBeyondTheCapEarnNothingMore() {
        GroupResult result = sharedApps().score(unit("U1").listing("apps", "iOffice", "Một cửa", "Email", "Họp"));

        assertThat(Scored.only(result, "B2").points()).isEqualByComparingTo("10");
    }

    @Test
    void emptyListScoresZero() {
        GroupResult result = sharedApps().score(unit("U1").listing("apps"));

        NodeResult b2 = Scored.only(result, "B2");
        assertThat(b2.status()).isEqualTo(NodeStatus.SCORED);
        assertThat(b2.points()).isEqualByComparingTo("0");
    }

    @Test
    void capAboveTheMaximumStopsAtTheMaximum() {
        GroupResult result = AppendixFixture.withLeaf(perItem("B2", 5, "apps", 1, 8))
                .score(unit("U1").listing("apps", "a", "b", "c", "d", "e", "f", "g"));

        assertThat(Scored.only(result, "B2").points()).isEqualByComparingTo("5");
    }

    @Test
    void noCapMeansTheMaximum() {
        GroupResult result = AppendixFixture.withLeaf(perItem("B2", 5, "apps", 2, null))
                .score(unit("U1").listing("apps", "a", "b", "c"));

        assertThat(Scored.only(result, "B2").points()).isEqualByComparingTo("5");
    }

    @Test
    void countEnteredAsANumberIsCountedLikeAList() {
        GroupResult result = AppendixFixture.withLeaf(perItem("B2", 10, "apps", 4, 10)
                        .declares(InputFixture.count("apps")))
                .score(unit("U1").with("apps", 2));

        assertThat(Scored.only(result, "B2").points()).isEqualByComparingTo("8");
    }

    @Test
    void itemWithABlankNameIsAnError() {
        GroupResult result = sharedApps().score(unit("U1").listing("apps", "iOffice", " "));

        assertThat(Scored.only(result, "B2").status()).isEqualTo(NodeStatus.ERROR);
    }

    @Test
    void moreItemsThanTheInputAllowsIsAnError() {
        GroupResult result = AppendixFixture.withLeaf(perItem("B2", 10, "apps", 4, 10)
                        .declares(InputFixture.items("apps").max(3)))
                .score(unit("U1").listing("apps", "a", "b", "c", "d"));

        assertThat(Scored.only(result, "B2").status()).isEqualTo(NodeStatus.ERROR);
        assertThat(Scored.unit(result, "U1").problems()).extracting(ScoringProblem::message)
                .containsExactly("«Số liệu apps» có 4 mục, nhiều hơn mức tối đa 3");
    }

    @Test
    void fewerItemsThanTheInputRequiresIsAnError() {
        GroupResult result = AppendixFixture.withLeaf(perItem("B2", 10, "apps", 4, 10)
                        .declares(InputFixture.items("apps").min(1)))
                .score(unit("U1").listing("apps"));

        assertThat(Scored.only(result, "B2").status()).isEqualTo(NodeStatus.ERROR);
        assertThat(Scored.unit(result, "U1").total()).isNull();
    }

    @Test
    void checklistAddsThePointsOfTheItemsMet() {
        GroupResult all = internalRules().score(unit("U1").with("rule_docs", true).with("rule_security", true));
        GroupResult one = internalRules().score(unit("U1").with("rule_docs", false).with("rule_security", true));
        GroupResult none = internalRules().score(unit("U1").with("rule_docs", false).with("rule_security", false));

        assertThat(Scored.only(all, "B3").points()).isEqualByComparingTo("10");
        assertThat(Scored.only(one, "B3").points()).isEqualByComparingTo("5");
        assertThat(Scored.only(one, "B3").explain()).isEqualTo("Đạt 1/2 mục: 5 = 5,00");
        assertThat(Scored.only(none, "B3").points()).isEqualByComparingTo("0");
        assertThat(Scored.only(none, "B3").explain()).isEqualTo("Đạt 0/2 mục = 0,00");
    }

    @Test
    void checklistItemsWorthHalfTheMaximumEach() {
        GroupResult result = AppendixFixture.withLeaf(checklist("B3", 6, item("joined", half()), item("chaired", half())))
                .score(unit("U1").with("joined", true).with("chaired", false));

        assertThat(Scored.only(result, "B3").points()).isEqualByComparingTo("3");
    }

    @Test
    void checklistWorthMoreThanTheMaximumStopsAtTheMaximum() {
        GroupResult result = AppendixFixture.withLeaf(checklist("B3", 8,
                        item("a", points(5)), item("b", points(5))))
                .score(unit("U1").with("a", true).with("b", true));

        assertThat(Scored.only(result, "B3").points()).isEqualByComparingTo("8");
    }

    @Test
    void emptyChecklistScoresZero() {
        GroupResult result = AppendixFixture.withLeaf(checklist("B3", 5)).score(unit("U1"));

        NodeResult b3 = Scored.only(result, "B3");
        assertThat(b3.status()).isEqualTo(NodeStatus.SCORED);
        assertThat(b3.points()).isEqualByComparingTo("0");
        assertThat(b3.explain()).isEqualTo("Đạt 0/0 mục = 0,00");
    }

    @Test
    void checklistItemNotAnsweredIsMissingNotNo() {
        GroupResult result = internalRules().score(unit("U1").with("rule_docs", true));

        assertThat(Scored.only(result, "B3").status()).isEqualTo(NodeStatus.MISSING_INPUT);
        assertThat(Scored.unit(result, "U1").missingInputs()).containsExactly("rule_security");
    }
}
