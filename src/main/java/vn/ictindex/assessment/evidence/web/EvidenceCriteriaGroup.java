package vn.ictindex.assessment.evidence.web;

import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A criteria group (nhóm tiêu chí) of the unit's appendix with the criteria under it, as the link form's select
 * offers them: the group is the heading, each criterion an option labelled with its key and name, sub-criteria
 * indented.
 */
record EvidenceCriteriaGroup(String label, List<Option> options) {

    record Option(String key, String label) {
    }

    static List<EvidenceCriteriaGroup> of(Appendix appendix, Locale locale) {
        if (appendix == null) {
            return List.of();
        }
        List<EvidenceCriteriaGroup> groups = new ArrayList<>();
        for (CriterionNode group : appendix.groups()) {
            List<Option> options = new ArrayList<>();
            group.children().forEach(child -> addWithChildren(child, 0, options, locale));
            groups.add(new EvidenceCriteriaGroup(label(group, locale), options));
        }
        return groups;
    }

    static String name(CriterionNode node, Locale locale) {
        return "en".equals(locale.getLanguage()) && node.nameEn() != null && !node.nameEn().isBlank()
                ? node.nameEn() : node.name();
    }

    private static void addWithChildren(CriterionNode node, int depth, List<Option> options, Locale locale) {
        options.add(new Option(node.key(), "\u00A0\u00A0\u00A0".repeat(depth) + label(node, locale)));
        node.children().forEach(child -> addWithChildren(child, depth + 1, options, locale));
    }

    private static String label(CriterionNode node, Locale locale) {
        return node.key() + " – " + name(node, locale);
    }
}
