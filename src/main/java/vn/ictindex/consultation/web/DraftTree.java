package vn.ictindex.consultation.web;

import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.RuleDescriptions;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A draft as recipients read it: per appendix, every node in document order with its depth, points, rule in words,
 * guide and evidence, so that a comment can be written against any of them.
 */
record DraftTree(List<AppendixNodes> appendices) {

    record AppendixNodes(String id, String anchor, String title, String targetGroup, String totalPoints,
                         List<Node> nodes) {
    }

    /** @param ref the value of the node in the comment form's select: {@code APPENDIX|KEY} */
    record Node(String appendixId, String key, String ref, String anchor, String name, int depth, String maxPoints,
                String rule, String guide, List<String> evidenceItems) {
    }

    static DraftTree of(CriteriaVersion version, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        List<AppendixNodes> appendices = new ArrayList<>();
        for (Appendix a : version.appendices()) {
            RuleDescriptions rules = RuleDescriptions.of(a, locale);
            List<Node> nodes = new ArrayList<>();
            for (CriterionNode g : a.groups()) {
                add(nodes, a, g, 0, rules, locale, en);
            }
            appendices.add(new AppendixNodes(a.id(), anchor(a.id(), null),
                    en && a.titleEn() != null ? a.titleEn() : a.title(), a.targetGroup().name(),
                    RuleDescriptions.number(a.totalPoints(), locale), nodes));
        }
        return new DraftTree(appendices);
    }

    private static void add(List<Node> nodes, Appendix a, CriterionNode n, int depth, RuleDescriptions rules,
                            Locale locale, boolean en) {
        nodes.add(new Node(a.id(), n.key(), a.id() + "|" + n.key(), anchor(a.id(), n.key()),
                en && n.nameEn() != null ? n.nameEn() : n.name(), depth,
                RuleDescriptions.number(n.maxPoints(), locale), rules.describe(n).text(), n.guide(),
                n.evidenceItems()));
        for (CriterionNode c : n.children()) {
            add(nodes, a, c, depth + 1, rules, locale, en);
        }
    }

    /** An HTML id for an appendix or one of its nodes. */
    static String anchor(String appendixId, String key) {
        return ("node-" + appendixId + (key == null ? "" : "-" + key)).replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
