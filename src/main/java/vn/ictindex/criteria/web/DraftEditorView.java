package vn.ictindex.criteria.web;

import vn.ictindex.criteria.CriteriaDrafts;
import vn.ictindex.criteria.CriteriaProblem;
import vn.ictindex.criteria.RuleDescriptions;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.Rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A draft as its editor shows it: each node with its display number (from its position; the key stays whatever the
 * position), its children's points against its own, and the validator's messages that concern it.
 *
 * @param versionProblems problems of the version as a whole (decision, labels...)
 */
public record DraftEditorView(CriteriaDrafts.Draft draft, List<AppendixEditor> appendices,
                              List<String> versionProblems, int problemCount) {

    public record AppendixEditor(String id, String title, String targetGroupName, String totalPoints,
                                 String groupsSum, boolean sumMatches, List<String> problems, List<NodeEditor> nodes) {
    }

    /**
     * @param number      the display number, such as {@code 2.3}: renumbered from the position after every move
     * @param childrenSum the children's maxima added up, or null for a leaf
     */
    public record NodeEditor(String appendixId, String key, String number, String name, String maxPoints, int depth,
                             boolean leaf, boolean first, boolean last, String childrenSum, boolean sumMatches,
                             String rule, List<String> problems) {
    }

    static DraftEditorView of(CriteriaDrafts.Draft draft, Locale locale) {
        Map<String, List<String>> byPath = new LinkedHashMap<>();
        List<String> versionProblems = new ArrayList<>();
        boolean en = "en".equals(locale.getLanguage());
        for (CriteriaProblem p : draft.problems()) {
            String message = en ? p.messageEn() : p.message();
            String path = p.nodePath() == null ? "" : p.nodePath();
            int input = path.indexOf(" › ");
            if (input >= 0) {
                message = path.substring(input + 3) + ": " + message;
                path = path.substring(0, input);
            }
            String[] parts = path.split(" / ");
            String target = parts.length == 0 || parts[0].isEmpty() ? ""
                    : parts.length == 1 ? parts[0] : parts[0] + "#" + parts[parts.length - 1];
            if (target.isEmpty()) {
                versionProblems.add(message);
            } else {
                byPath.computeIfAbsent(target, k -> new ArrayList<>()).add(message);
            }
        }
        List<AppendixEditor> appendices = new ArrayList<>();
        for (Appendix a : draft.version().appendices()) {
            RuleDescriptions rules = RuleDescriptions.of(a, locale);
            List<NodeEditor> nodes = new ArrayList<>();
            List<CriterionNode> groups = a.groups();
            for (int i = 0; i < groups.size(); i++) {
                add(a, groups.get(i), String.valueOf(i + 1), 0, i == 0, i == groups.size() - 1, rules, byPath,
                        locale, nodes);
            }
            BigDecimal sum = groups.stream().map(CriterionNode::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
            appendices.add(new AppendixEditor(a.id(), a.title(), a.targetGroup().name(),
                    RuleDescriptions.number(a.totalPoints(), locale), RuleDescriptions.number(sum, locale),
                    sum.compareTo(a.totalPoints()) == 0, byPath.getOrDefault(a.id(), List.of()), nodes));
        }
        // A problem whose node path names no node of the draft still has to be seen.
        byPath.forEach((path, messages) -> {
            String[] parts = path.split("#");
            boolean shown = parts.length == 1 ? draft.version().appendix(parts[0]).isPresent()
                    : draft.version().appendix(parts[0]).flatMap(x -> x.node(parts[1])).isPresent();
            if (!shown) {
                messages.forEach(m -> versionProblems.add(path.replace('#', ' ') + ": " + m));
            }
        });
        return new DraftEditorView(draft, appendices, versionProblems, draft.problems().size());
    }

    private static void add(Appendix a, CriterionNode n, String number, int depth, boolean first, boolean last,
                            RuleDescriptions rules, Map<String, List<String>> problems, Locale locale,
                            List<NodeEditor> out) {
        String childrenSum = null;
        boolean matches = true;
        if (!n.isLeaf()) {
            BigDecimal sum = n.children().stream().map(CriterionNode::maxPoints).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            childrenSum = RuleDescriptions.number(sum, locale);
            BigDecimal cap = n.rule() instanceof Rule.CompositeSum s ? s.cap() : null;
            matches = n.rule() instanceof Rule.BestCaseOfAlternatives || cap != null
                    || sum.compareTo(n.maxPoints()) == 0;
        }
        out.add(new NodeEditor(a.id(), n.key(), number, n.name(), RuleDescriptions.number(n.maxPoints(), locale),
                depth, n.isLeaf(), first, last, childrenSum, matches,
                n.rule() == null ? "" : rules.describe(n).text(),
                problems.getOrDefault(a.id() + "#" + n.key(), List.of())));
        List<CriterionNode> children = n.children();
        for (int i = 0; i < children.size(); i++) {
            add(a, children.get(i), number + "." + (i + 1), depth + 1, i == 0, i == children.size() - 1, rules,
                    problems, locale, out);
        }
    }
}
