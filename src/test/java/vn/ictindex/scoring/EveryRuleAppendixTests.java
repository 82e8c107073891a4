package vn.ictindex.scoring;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ictindex.criteria.CriteriaFormat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ictindex.scoring.UnitFixture.unit;

/** The example appendix of {@code criteria/every-rule.yaml}, scored by hand for one unit, criterion by criterion. */
class EveryRuleAppendixTests {

    private static Appendix appendix;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = EveryRuleAppendixTests.class.getResourceAsStream("/criteria/every-rule.yaml")) {
            appendix = CriteriaFormat.read("every-rule.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .appendix("PL-T").orElseThrow();
        }
    }

    /** A unit that uses every rule, with figures whose points are easy to work out. */
    private static UnitFixture agency(String id, int bandwidth) {
        return unit(id).with("staff_total", 25).with("staff_with_pc", 23)     // A1 23/25 × 10 = 9,20
                .with("edocs", 60).with("docs_total", 100)                     // A2 60%/90% × 10 = 6,67
                .with("bandwidth", bandwidth)                                  // A3 per staff, to the best
                .with("tslcd", true)                                           // A4 10
                .with("meetings", 3)                                           // B1 1/2 × 10 = 5
                .listing("apps", "iOffice", "Một cửa")                         // B2 2 × 4 = 8
                .with("rule_docs", true).with("rule_security", false)          // B3 5
                .choosing("head_role", "vice")                                 // B4 1/2 × 10 = 5
                .with("incidents", 1)                                          // C1 5 − 2 = 3
                .judged("C2", 4)                                               // C2 4
                .with("server_room", false).with("rented_dc", true)            // C3 best of 0 and 3 = 3
                .with("plan_issued", true).with("days_late", 10)               // C4 5 / 2 = 2,5
                .with("late_submissions", 1);                                  // penalty −5
    }

    @Test
    void everyCriterionScoresWhatTheGuideSays() {
        GroupResult result = ScoringEngine.score(appendix, List.of(
                agency("U1", 100).build(), agency("U2", 50).build()));

        UnitResult u1 = Scored.unit(result, "U1");
        assertThat(u1.problems()).isEmpty();
        String[][] expected = {
                {"A1", "9.20"}, {"A2", "6.67"}, {"A3", "10.00"}, {"A4", "10.00"}, {"A", "35.87"},
                {"B1", "5.00"}, {"B2", "8.00"}, {"B3", "5.00"}, {"B4", "5.00"}, {"B", "23.00"},
                {"C1", "3.00"}, {"C2", "4.00"}, {"C3", "3.00"}, {"C4", "2.50"}, {"C", "12.50"}};
        for (String[] node : expected) {
            assertThat(Scored.node(u1, node[0]).points()).as(node[0]).isEqualByComparingTo(node[1]);
        }
        assertThat(Scored.node(result, "U2", "A3").points()).isEqualByComparingTo("5.00");
    }

    @Test
    void totalPenaltyClassAndRank() {
        GroupResult result = ScoringEngine.score(appendix, List.of(
                agency("U1", 100).build(), agency("U2", 50).build()));

        UnitResult u1 = Scored.unit(result, "U1");
        assertThat(u1.treeTotal()).isEqualByComparingTo("71.37");
        assertThat(u1.total()).isEqualByComparingTo("66.37");
        assertThat(u1.percent()).isEqualByComparingTo("66.37");
        assertThat(u1.classificationLabel()).isEqualTo("Khá");
        assertThat(u1.rank()).isEqualTo(1);
        assertThat(Scored.unit(result, "U2").total()).isEqualByComparingTo("61.37");
        assertThat(Scored.unit(result, "U2").rank()).isEqualTo(2);
    }
}
