package vn.ictindex.criteria.format;

import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.scoring.Adjustments;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.Award;
import vn.ictindex.scoring.Basis;
import vn.ictindex.scoring.Classification;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.EvidenceRequirement;
import vn.ictindex.scoring.InputConstraint;
import vn.ictindex.scoring.InputDefinition;
import vn.ictindex.scoring.Interval;
import vn.ictindex.scoring.NotApplicablePolicy;
import vn.ictindex.scoring.Rounding;
import vn.ictindex.scoring.Rule;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link CriteriaVersion} in the criteria file format, in a canonical layout: fields in a fixed order,
 * defaults left out, long texts as literal blocks. Reading the output gives back an equal version.
 */
public final class CriteriaWriter {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}(][^\\n#:\\[\\]{}]*[^\\s:]|[\\p{L}\\p{N}]");
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null",
            "~");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?[0-9][0-9_.,:eE+\\-]*|\\.[0-9]+|0x.*|0o.*");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final StringBuilder out = new StringBuilder();

    private CriteriaWriter() {
    }

    public static String write(CriteriaVersion version) {
        CriteriaWriter w = new CriteriaWriter();
        w.version(version);
        return w.out.toString();
    }

    /**
     * A node's inputs, constraints and rule in the file format at indent 0: the part of a node a department edits as
     * text in the browser. {@link vn.ictindex.criteria.CriteriaFormat#readScoring} reads it back.
     */
    public static String writeScoring(CriterionNode node) {
        CriteriaWriter w = new CriteriaWriter();
        w.inputs(0, node.inputs());
        w.constraints(0, node.constraints());
        if (node.rule() != null) {
            w.rule(0, node.rule());
        }
        return w.out.toString();
    }

    private void version(CriteriaVersion v) {
        field(0, "format", CriteriaReader.FORMAT);
        field(0, "code", v.code());
        field(0, "version", v.version());
        field(0, "title", v.title());
        field(0, "title_en", v.titleEn());
        field(0, "status", key(CriteriaReader.STATUSES, v.status()));
        if (v.decision() != null) {
            line(0, "decision:");
            field(2, "number", v.decision().number());
            field(2, "date", v.decision().date() == null ? null : v.decision().date().format(DATE));
            field(2, "signer", v.decision().signer());
        }
        if (v.effectiveFrom() != null) {
            line(0, "effective_from: " + v.effectiveFrom());
        }
        field(0, "supersedes", v.supersedes());
        field(0, "note", v.note());
        line(0, "appendices:");
        for (Appendix a : v.appendices()) {
            appendix(a);
        }
    }

    private void appendix(Appendix a) {
        out.append('\n');
        item(2, "id", a.id());
        field(4, "title", a.title());
        field(4, "title_en", a.titleEn());
        line(4, "target_group:");
        field(6, "code", a.targetGroup().code());
        field(6, "name", a.targetGroup().name());
        field(4, "total_points", a.totalPoints());
        if (!a.rounding().equals(Rounding.DEFAULT)) {
            line(4, "rounding:");
            line(6, "decimals: " + a.rounding().decimals());
            field(6, "mode", key(CriteriaReader.ROUNDING_MODES, a.rounding().mode()));
            line(6, "sum_of_rounded: " + a.rounding().sumOfRounded());
        }
        line(4, "classification:");
        field(6, "basis", key(CriteriaReader.BASES, a.classification().basis()));
        line(6, "bands:");
        for (Classification.Band b : a.classification().bands()) {
            item(8, "label", b.label());
            field(10, "label_en", b.labelEn());
            interval(10, b.interval());
        }
        if (a.ranking().basis() != Basis.TOTAL || !a.ranking().tieBreak().isEmpty()) {
            line(4, "ranking:");
            field(6, "basis", key(CriteriaReader.BASES, a.ranking().basis()));
            texts(6, "tie_break", a.ranking().tieBreak());
        }
        inputs(4, a.inputs());
        constraints(4, a.constraints());
        if (!a.adjustments().items().isEmpty() || a.adjustments().totalMayExceedMax()) {
            line(4, "adjustments:");
            line(6, "total_may_exceed_max: " + a.adjustments().totalMayExceedMax());
            line(6, "items:");
            for (Adjustments.Item i : a.adjustments().items()) {
                item(8, "key", i.key());
                field(10, "name", i.name());
                field(10, "kind", key(CriteriaReader.ADJUSTMENT_KINDS, i.kind()));
                field(10, "input", i.input());
                field(10, "points", i.pointsPerUnit());
                field(10, "cap", i.cap());
                field(10, "note", i.note());
            }
        }
        line(4, "groups:");
        for (CriterionNode group : a.groups()) {
            node(6, group);
        }
    }

    private void node(int indent, CriterionNode n) {
        item(indent, "key", n.key());
        int in = indent + 2;
        field(in, "name", n.name());
        field(in, "name_en", n.nameEn());
        field(in, "max", n.maxPoints());
        field(in, "guide", n.guide());
        EvidenceRequirement defaultEvidence = n.evidenceItems().isEmpty() ? EvidenceRequirement.NONE
                : EvidenceRequirement.REQUIRED;
        if (n.evidence() != defaultEvidence) {
            field(in, "evidence", key(CriteriaReader.EVIDENCE, n.evidence()));
        }
        texts(in, "evidence_items", n.evidenceItems());
        if (n.notApplicable() != NotApplicablePolicy.NOT_ALLOWED) {
            field(in, "not_applicable", key(CriteriaReader.NOT_APPLICABLE, n.notApplicable()));
        }
        inputs(in, n.inputs());
        constraints(in, n.constraints());
        if (!(n.rule() instanceof Rule.CompositeSum sum && sum.cap() == null && !n.isLeaf())) {
            rule(in, n.rule());
        }
        field(in, "note", n.note());
        if (!n.isLeaf()) {
            line(in, "children:");
            for (CriterionNode child : n.children()) {
                node(in + 2, child);
            }
        }
    }

    private void rule(int indent, Rule rule) {
        line(indent, "rule:");
        int in = indent + 2;
        field(in, "type", rule.typeName());
        if (rule instanceof Rule.YesNo r) {
            field(in, "input", r.input());
        } else if (rule instanceof Rule.PartialCredit r) {
            field(in, "input", r.input());
            line(in, "awards:");
            r.awards().forEach((option, award) -> line(in + 2, scalar(option) + ": " + award));
        } else if (rule instanceof Rule.RatioTimesMax r) {
            field(in, "numerator", r.numerator());
            field(in, "denominator", r.denominator());
            zero(in, r.onZeroDenominator());
        } else if (rule instanceof Rule.RatioVsTarget r) {
            field(in, "numerator", r.numerator());
            field(in, "denominator", r.denominator());
            field(in, "target", r.target());
            zero(in, r.onZeroDenominator());
        } else if (rule instanceof Rule.NormalizedToBest r) {
            field(in, "value", r.input());
            field(in, "denominator", r.denominator());
            zero(in, r.onZeroDenominator());
        } else if (rule instanceof Rule.Tiers r) {
            field(in, "input", r.input());
            line(in, "tiers:");
            for (Rule.Tier t : r.tiers()) {
                List<String> fields = new java.util.ArrayList<>(bounds(t.interval()));
                fields.add("points: " + t.award());
                line(in + 2, "- " + fields.get(0));
                fields.subList(1, fields.size()).forEach(f -> line(in + 4, f));
            }
        } else if (rule instanceof Rule.PerItemCapped r) {
            field(in, "input", r.input());
            field(in, "points_per_item", r.pointsPerItem());
            field(in, "cap", r.cap());
        } else if (rule instanceof Rule.Checklist r) {
            line(in, "items:");
            for (Rule.ChecklistItem i : r.items()) {
                item(in + 2, "input", i.input());
                line(in + 4, "points: " + i.award());
            }
        } else if (rule instanceof Rule.CompositeSum r) {
            field(in, "cap", r.cap());
        } else if (rule instanceof Rule.DeductionFromMax r) {
            field(in, "input", r.input());
            field(in, "per_event", r.perEvent());
            field(in, "floor", r.floor());
            field(in, "start", r.start());
        } else if (rule instanceof Rule.Formula r) {
            field(in, "expression", r.expression());
            field(in, "floor", r.floor());
        }
    }

    private void zero(int indent, Rule.ZeroDenominator onZero) {
        if (onZero != Rule.ZeroDenominator.ZERO) {
            field(indent, "on_zero_denominator", key(CriteriaReader.ZERO_DENOMINATOR, onZero));
        }
    }

    private void inputs(int indent, List<InputDefinition> inputs) {
        if (inputs.isEmpty()) {
            return;
        }
        line(indent, "inputs:");
        for (InputDefinition i : inputs) {
            item(indent + 2, "key", i.key());
            int in = indent + 4;
            field(in, "label", i.label());
            field(in, "label_en", i.labelEn());
            field(in, "type", i.type().name().toLowerCase(Locale.ROOT));
            field(in, "min", i.min());
            field(in, "max", i.max());
            field(in, "unit", i.unit());
            if (!i.options().isEmpty()) {
                line(in, "options:");
                for (InputDefinition.ChoiceOption o : i.options()) {
                    item(in + 2, "value", o.value());
                    field(in + 4, "label", o.label());
                }
            }
            field(in, "help", i.help());
        }
    }

    private void constraints(int indent, List<InputConstraint> constraints) {
        texts(indent, "constraints", constraints.stream().map(InputConstraint::toString).toList());
    }

    private void interval(int indent, Interval interval) {
        if (interval.lower() != null) {
            field(indent, interval.lower().inclusive() ? "min" : "above", interval.lower().value());
        }
        if (interval.upper() != null) {
            field(indent, interval.upper().inclusive() ? "max" : "below", interval.upper().value());
        }
    }

    private static List<String> bounds(Interval interval) {
        List<String> fields = new java.util.ArrayList<>();
        if (interval.lower() != null) {
            fields.add((interval.lower().inclusive() ? "min: " : "above: ") + interval.lower().value().toPlainString());
        }
        if (interval.upper() != null) {
            fields.add((interval.upper().inclusive() ? "max: " : "below: ") + interval.upper().value().toPlainString());
        }
        return fields;
    }

    private void texts(int indent, String name, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        line(indent, name + ":");
        values.forEach(v -> line(indent + 2, "- " + scalar(v)));
    }

    private void item(int indent, String name, String value) {
        line(indent, "- " + name + ": " + scalar(value));
    }

    private void field(int indent, String name, BigDecimal value) {
        if (value != null) {
            line(indent, name + ": " + value.toPlainString());
        }
    }

    private void field(int indent, String name, String value) {
        if (value == null) {
            return;
        }
        if (value.contains("\n")) {
            line(indent, name + ": |" + (value.startsWith(" ") ? "2" : "") + (value.endsWith("\n") ? "" : "-"));
            for (String l : value.split("\n", -1)) {
                if (!(l.isEmpty() && value.endsWith("\n"))) {
                    out.append(l.isEmpty() ? "" : " ".repeat(indent + 2) + l).append('\n');
                }
            }
            return;
        }
        line(indent, name + ": " + scalar(value));
    }

    private void line(int indent, String text) {
        out.append(" ".repeat(indent)).append(text).append('\n');
    }

    /** A scalar as plain text when YAML reads it back unchanged, else double-quoted. */
    static String scalar(String value) {
        if (PLAIN.matcher(value).matches() && !RESERVED.contains(value.toLowerCase(Locale.ROOT))
                && !NUMBER_LIKE.matcher(value).matches() && !value.contains(" #") && !value.contains(": ")) {
            return value;
        }
        StringBuilder q = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> q.append(c);
            }
        }
        return q.append('"').toString();
    }

    private static <V> String key(Map<String, V> names, V value) {
        return names.entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
    }
}
