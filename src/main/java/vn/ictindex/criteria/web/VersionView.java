package vn.ictindex.criteria.web;

import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.RuleDescriptions;
import vn.ictindex.criteria.VersionStatus;
import vn.ictindex.scoring.Adjustments;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.Basis;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.EvidenceRequirement;
import vn.ictindex.scoring.InputConstraint;
import vn.ictindex.scoring.InputDefinition;
import vn.ictindex.scoring.InputType;
import vn.ictindex.scoring.NotApplicablePolicy;
import vn.ictindex.scoring.Rounding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A criteria version as its page shows it: texts in the reader's language where the file has them, numbers and
 * intervals already written out, each rule as a sentence. Enumerations stay enumerations; the template names them.
 */
public record VersionView(CriteriaVersion version, String title, List<AppendixView> appendices) {

    public boolean draft() {
        return version.status() == VersionStatus.DRAFT;
    }

    static VersionView of(CriteriaVersion version, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        return new VersionView(version, en && version.titleEn() != null ? version.titleEn() : version.title(),
                version.appendices().stream().map(a -> AppendixView.of(a, locale)).toList());
    }

    public record AppendixView(String id, String anchor, String title, String targetGroupCode,
                               String targetGroupName, String totalPoints, Rounding rounding, Basis classificationBasis,
                               List<BandView> bands, Basis rankingBasis, List<String> tieBreak,
                               List<InputView> inputs, List<String> constraints, List<AdjustmentView> adjustments,
                               boolean totalMayExceedMax, List<NodeView> groups) {

        static AppendixView of(Appendix a, Locale locale) {
            boolean en = "en".equals(locale.getLanguage());
            RuleDescriptions rules = RuleDescriptions.of(a, locale);
            return new AppendixView(a.id(), "appendix-" + a.id().replaceAll("[^A-Za-z0-9_-]", "_"),
                    en && a.titleEn() != null ? a.titleEn() : a.title(), a.targetGroup().code(),
                    a.targetGroup().name(), RuleDescriptions.number(a.totalPoints(), locale), a.rounding(),
                    a.classification().basis(),
                    a.classification().bands().stream().map(b -> new BandView(
                            en && b.labelEn() != null ? b.labelEn() : b.label(),
                            RuleDescriptions.interval(b.interval(), locale))).toList(),
                    a.ranking().basis(), a.ranking().tieBreak(),
                    a.inputs().stream().map(i -> InputView.of(i, locale)).toList(),
                    a.constraints().stream().map(InputConstraint::toString).toList(),
                    a.adjustments().items().stream().map(i -> AdjustmentView.of(i, locale)).toList(),
                    a.adjustments().totalMayExceedMax(),
                    a.groups().stream().map(g -> NodeView.of(g, 0, rules, locale)).toList());
        }
    }

    public record BandView(String label, String range) {
    }

    public record NodeView(String key, String name, int depth, String maxPoints, String guide,
                           EvidenceRequirement evidence, List<String> evidenceItems, NotApplicablePolicy notApplicable,
                           List<InputView> inputs, List<String> constraints, String rule, String formula, String note,
                           List<NodeView> children) {

        public boolean leaf() {
            return children.isEmpty();
        }

        static NodeView of(CriterionNode n, int depth, RuleDescriptions rules, Locale locale) {
            boolean en = "en".equals(locale.getLanguage());
            RuleDescriptions.Description rule = rules.describe(n);
            return new NodeView(n.key(), en && n.nameEn() != null ? n.nameEn() : n.name(), depth,
                    RuleDescriptions.number(n.maxPoints(), locale), n.guide(), n.evidence(), n.evidenceItems(),
                    n.notApplicable(), n.inputs().stream().map(i -> InputView.of(i, locale)).toList(),
                    n.constraints().stream().map(InputConstraint::toString).toList(), rule.text(), rule.formula(),
                    n.note(), n.children().stream().map(c -> of(c, depth + 1, rules, locale)).toList());
        }
    }

    /** @param bounds the inclusive bounds written out ("0 – 100", "≥ 0"), or empty */
    public record InputView(String key, String label, InputType type, String unit, String bounds,
                            List<String> options, String help) {

        static InputView of(InputDefinition i, Locale locale) {
            boolean en = "en".equals(locale.getLanguage());
            BigDecimal min = i.min();
            BigDecimal max = i.max();
            if (i.type() == InputType.PERCENTAGE && min == null && max == null) {
                min = BigDecimal.ZERO;
                max = BigDecimal.valueOf(100);
            }
            String bounds = "";
            if (i.type() != InputType.DATE) {
                if (min != null && max != null) {
                    bounds = RuleDescriptions.number(min, locale) + " – " + RuleDescriptions.number(max, locale);
                } else if (min != null) {
                    bounds = "≥ " + RuleDescriptions.number(min, locale);
                } else if (max != null) {
                    bounds = "≤ " + RuleDescriptions.number(max, locale);
                }
            }
            return new InputView(i.key(), en && i.labelEn() != null ? i.labelEn() : i.label(), i.type(), i.unit(),
                    bounds, i.options().stream().map(o -> o.label() + " (" + o.value() + ")").toList(), i.help());
        }
    }

    public record AdjustmentView(String key, String name, Adjustments.Kind kind, String input, String points,
                                 String cap, String note) {

        static AdjustmentView of(Adjustments.Item i, Locale locale) {
            return new AdjustmentView(i.key(), i.name(), i.kind(), i.input(),
                    RuleDescriptions.number(i.pointsPerUnit(), locale),
                    i.cap() == null ? null : RuleDescriptions.number(i.cap(), locale), i.note());
        }
    }
}
