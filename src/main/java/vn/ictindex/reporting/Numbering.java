package vn.ictindex.reporting;

import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The STT column of an appendix table: Roman numerals for criteria groups (I, II…), then 1, 2… for criteria, counted
 * through the whole appendix as the published tables do, and 1.1, 1.2… below them.
 */
final class Numbering {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
            "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};

    private Numbering() {
    }

    /** The number of every node by key, in document order. */
    static Map<String, String> of(Appendix appendix) {
        Map<String, String> numbers = new LinkedHashMap<>();
        List<CriterionNode> groups = appendix.groups();
        int criterion = 0;
        for (int g = 0; g < groups.size(); g++) {
            numbers.put(groups.get(g).key(), g < ROMAN.length ? ROMAN[g] : String.valueOf(g + 1));
            for (CriterionNode child : groups.get(g).children()) {
                criterion++;
                number(child, String.valueOf(criterion), numbers);
            }
        }
        return numbers;
    }

    private static void number(CriterionNode node, String number, Map<String, String> numbers) {
        numbers.put(node.key(), number);
        List<CriterionNode> children = node.children();
        for (int i = 0; i < children.size(); i++) {
            number(children.get(i), number + "." + (i + 1), numbers);
        }
    }
}
