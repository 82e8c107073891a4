package vn.ictindex.criteria;

import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.Rule;

import java.math.BigDecimal;

/** The shipped 2019 set and drafts made from it, for the tests of drafts, differences and crosswalks. */
public final class CriteriaDraftFixtures {

    private CriteriaDraftFixtures() {
    }

    public static CriteriaVersion reference2019() {
        return CriteriaFormat.read("bt-udcntt-2019.yaml", CriteriaFixtures.text("criteria-sets/bt-udcntt-2019.yaml"));
    }

    /** An unchanged draft of {@code issued} labelled {@code label}, superseding it. */
    public static CriteriaVersion draftOf(CriteriaVersion issued, String label) {
        return new CriteriaVersion(issued.code(), label, issued.title(), issued.titleEn(), VersionStatus.DRAFT, null,
                null, issued.id(), issued.note(), issued.appendices());
    }

    public static CriterionNode renamed(CriterionNode n, String name) {
        return new CriterionNode(n.key(), name, n.nameEn(), n.maxPoints(), n.guide(), n.evidence(), n.evidenceItems(),
                n.notApplicable(), n.inputs(), n.constraints(), n.rule(), n.children(), n.note());
    }

    public static CriterionNode withMax(CriterionNode n, String max) {
        return new CriterionNode(n.key(), n.name(), n.nameEn(), new BigDecimal(max), n.guide(), n.evidence(),
                n.evidenceItems(), n.notApplicable(), n.inputs(), n.constraints(), n.rule(), n.children(), n.note());
    }

    public static CriterionNode withRule(CriterionNode n, Rule rule) {
        return new CriterionNode(n.key(), n.name(), n.nameEn(), n.maxPoints(), n.guide(), n.evidence(),
                n.evidenceItems(), n.notApplicable(), n.inputs(), n.constraints(), rule, n.children(), n.note());
    }
}
