package vn.ictindex.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.scoring.Awards.points;
import static vn.ictindex.scoring.NodeFixture.checklist;
import static vn.ictindex.scoring.NodeFixture.item;
import static vn.ictindex.scoring.UnitFixture.unit;

/** The engine is a pure function: the same appendix and inputs give the same result, however they are handed over. */
class DeterminismTests {

    /** Twenty yes/no questions, each answered with a number: twenty errors on one node. */
    private static AppendixFixture twentyQuestions() {
        Rule.ChecklistItem[] items = new Rule.ChecklistItem[20];
        for (int i = 0; i < items.length; i++) {
            items[i] = item("q" + i, points(0.5));
        }
        return AppendixFixture.withLeaf(checklist("B3", 10, items));
    }

    @Test
    void problemsComeInTheSameOrderWhateverOrderTheEntriesWereGivenIn() {
        UnitFixture forwards = unit("U1");
        UnitFixture backwards = unit("U1");
        for (int i = 0; i < 20; i++) {
            forwards.with("q" + i, i);
            backwards.with("q" + (19 - i), 19 - i);
        }

        UnitResult fromForwards = Scored.unit(twentyQuestions().score(forwards), "U1");
        UnitResult fromBackwards = Scored.unit(twentyQuestions().score(backwards), "U1");

        assertThat(fromBackwards.problems()).hasSize(20).containsExactlyElementsOf(fromForwards.problems());
        assertThat(Scored.node(fromBackwards, "B3").explain()).isEqualTo(Scored.node(fromForwards, "B3").explain());
        assertThat(fromBackwards).isEqualTo(fromForwards);
    }

    @Test
    void scoringTheSameInputsTwiceGivesEqualResults() {
        UnitFixture u1 = unit("U1");
        for (int i = 0; i < 20; i++) {
            u1.with("q" + i, i % 3 == 0);
        }

        assertThat(twentyQuestions().score(u1)).isEqualTo(twentyQuestions().score(u1));
        assertThat(twentyQuestions().score(u1).hashCode()).isEqualTo(twentyQuestions().score(u1).hashCode());
    }

    @Test
    void unitInputsAreEqualWhateverOrderTheyWereGivenIn() {
        UnitInputs one = unit("U1").with("b", 1).with("a", 2).claimingNotApplicable("Y", "X").build();
        UnitInputs other = unit("U1").with("a", 2).with("b", 1).claimingNotApplicable("X", "Y").build();

        assertThat(one).isEqualTo(other);
        assertThat(one.inputs().keySet()).containsExactlyInAnyOrder("a", "b");
        assertThat(one.notApplicable()).containsExactlyInAnyOrder("X", "Y");
    }
}
