package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rule and the numbers behind a node's points. Kept as numbers and rendered to a sentence only when someone reads
 * it, so that scoring a large group does not format millions of strings.
 */
public record Trace(Kind kind, Object[] args) {

    public enum Language {
        VI, EN
    }

    /** What happened; each kind has its own arguments, documented by {@link #describe}. */
    public enum Kind {
        MANUAL, YES, NO, CHOICE, RATIO, RATIO_TARGET, ZERO_DENOMINATOR, ZERO_DENOMINATOR_NOT_APPLICABLE, NORMALIZED,
        NORMALIZED_RATIO, NORMALIZED_BEST_ZERO, TIER, NO_TIER, PER_ITEM, CHECKLIST, DEDUCTION, FORMULA, SUM, BEST_OF,
        NOT_APPLICABLE, NOT_APPLICABLE_ZERO, MISSING, ERROR
    }

    static Trace of(Kind kind, Object... args) {
        return new Trace(kind, args);
    }

    /** Equal kinds with equal arguments, compared by content (a record would compare the array by identity). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Trace t && kind == t.kind && java.util.Arrays.deepEquals(args, t.args);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + java.util.Arrays.deepHashCode(args);
    }

    @Override
    public String toString() {
        return "Trace[kind=" + kind + ", args=" + java.util.Arrays.deepToString(args) + "]";
    }

    /** The sentence, such as "23/25 máy tính × 15 = 13,80", with Vietnamese number formatting in both languages. */
    public String describe(NodeResult result, Language language) {
        boolean vi = language == Language.VI;
        CriterionNode node = result.node();
        Object[] a = args;
        String p = result.points() == null ? "" : n(result.points());
        String text = switch (kind) {
            case MANUAL -> (vi ? "Hội đồng chấm: " : "Judged: ") + p;
            case YES -> (vi ? "Có → " : "Yes → ") + p;
            case NO -> vi ? "Không → 0" : "No → 0";
            case CHOICE -> (vi ? "Lựa chọn «" : "Option «") + choiceLabel(node, (String) a[0]) + "» → "
                    + award((String) a[1], node, vi) + p;
            case RATIO -> n(a[0]) + "/" + n(a[1]) + unitOf(node, 0) + " × " + n(a[2])
                    + (Boolean.TRUE.equals(a[4]) ? (vi ? " (tỷ lệ tính tối đa 1)" : " (ratio capped at 1)") : "")
                    + " = " + p;
            case RATIO_TARGET -> n(a[0]) + "/" + n(a[1]) + unitOf(node, 0) + " = " + percent((BigDecimal) a[2])
                    + (vi ? "; mục tiêu " : "; target ") + percent((BigDecimal) a[3]) + " → min(1; "
                    + percent((BigDecimal) a[2]) + "/" + percent((BigDecimal) a[3]) + ") × " + n(a[4]) + " = " + p;
            case ZERO_DENOMINATOR -> vi ? "Mẫu số bằng 0 → 0 điểm" : "Zero denominator → 0 points";
            case ZERO_DENOMINATOR_NOT_APPLICABLE -> vi ? "Mẫu số bằng 0 → không áp dụng"
                    : "Zero denominator → not applicable";
            case NORMALIZED -> n(a[0]) + " / " + n(a[1]) + (vi ? " (cao nhất nhóm)" : " (best in group)") + " × "
                    + n(a[2]) + " = " + p;
            case NORMALIZED_RATIO -> n(a[0]) + "/" + n(a[1]) + " = " + n(round4(a[2])) + "; " + n(round4(a[2]))
                    + " / " + n(round4(a[3])) + (vi ? " (cao nhất nhóm)" : " (best in group)") + " × " + n(a[4])
                    + " = " + p;
            case NORMALIZED_BEST_ZERO -> vi ? "Giá trị cao nhất trong nhóm bằng 0 → 0 điểm"
                    : "Best value in the group is 0 → 0 points";
            case TIER -> n(a[0]) + unitOf(node, 0) + (vi ? " thuộc mức " : " is in tier ") + a[1] + " " + a[2]
                    + " → " + p;
            case NO_TIER -> n(a[0]) + unitOf(node, 0) + (vi ? " không thuộc mức nào → 0" : " matches no tier → 0");
            case PER_ITEM -> n(a[0]) + (vi ? " mục × " : " items × ") + n(a[1]) + (vi ? ", tối đa " : ", at most ")
                    + n(a[2]) + " = " + p;
            case CHECKLIST -> checklist(node, (boolean[]) a[0], vi) + " = " + p;
            case DEDUCTION -> n(a[0]) + " − " + n(a[1]) + " × " + n(a[2]) + (vi ? " lần" : " events")
                    + (vi ? ", không dưới " : ", floor ") + n(a[3]) + " = " + p;
            case FORMULA -> formula(node, (Map<?, ?>) a[0], vi) + " = " + p;
            case SUM -> (vi ? "Tổng các tiêu chí con = " : "Sum of sub-criteria = ") + n(a[0])
                    + (a[1] != null ? (vi ? ", tính tối đa " : ", capped at ") + n(a[1]) : "");
            case BEST_OF -> (vi ? "Cao nhất trong các trường hợp: " : "Best alternative: ") + a[0] + " = " + n(a[1]);
            case NOT_APPLICABLE -> vi ? "Không áp dụng: không tính vào điểm tối đa"
                    : "Not applicable: excluded from the maximum";
            case NOT_APPLICABLE_ZERO -> vi ? "Không áp dụng: tính 0 điểm" : "Not applicable: counts as 0";
            case MISSING -> missing((List<?>) a[0], vi);
            case ERROR -> (String) a[0];
        };
        if (result.status() == NodeStatus.SCORED && result.exactPoints() != null && result.points() != null
                && result.node().isLeaf() && result.exactPoints().compareTo(result.points()) != 0) {
            text += vi ? " (làm tròn từ " + n(round4(result.exactPoints())) + ")"
                    : " (rounded from " + n(round4(result.exactPoints())) + ")";
        }
        return text;
    }

    private static String n(Object value) {
        if (value instanceof BigDecimal d) {
            if (d.scale() > 4) {
                return Numbers.plain(round4(d));
            }
            return d.scale() > 0 ? Numbers.fixed(d, d.scale()) : Numbers.plain(d);
        }
        return String.valueOf(value);
    }

    private static BigDecimal round4(Object value) {
        BigDecimal d = (BigDecimal) value;
        return d.scale() > 4 ? d.setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros() : d;
    }

    private static String percent(BigDecimal share) {
        return Numbers.plain(share.multiply(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()) + "%";
    }

    private static String unitOf(CriterionNode node, int inputPosition) {
        List<String> read = node.rule().inputsRead();
        if (read.size() <= inputPosition) {
            return "";
        }
        String key = read.get(inputPosition);
        return node.inputs().stream().filter(i -> i.key().equals(key) && i.unit() != null)
                .map(i -> " " + i.unit()).findFirst().orElse("");
    }

    private static String choiceLabel(CriterionNode node, String value) {
        return node.inputs().stream().flatMap(i -> i.options().stream()).filter(o -> o.value().equals(value))
                .map(InputDefinition.ChoiceOption::label).findFirst().orElse(value);
    }

    private static String award(String award, CriterionNode node, boolean vi) {
        return award.contains("/") ? award + (vi ? " × điểm tối đa " : " × maximum ") + n(node.maxPoints()) + " = "
                : "";
    }

    private static String checklist(CriterionNode node, boolean[] met, boolean vi) {
        Rule.Checklist rule = (Rule.Checklist) node.rule();
        int count = 0;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < met.length; i++) {
            if (met[i]) {
                count++;
                parts.add(n(rule.items().get(i).award().of(node.maxPoints()).stripTrailingZeros()));
            }
        }
        return (vi ? "Đạt " : "Met ") + count + "/" + met.length + (vi ? " mục" : " items")
                + (parts.isEmpty() ? "" : ": " + String.join(" + ", parts));
    }

    private static String formula(CriterionNode node, Map<?, ?> variables, boolean vi) {
        Rule.Formula rule = (Rule.Formula) node.rule();
        List<String> bindings = new ArrayList<>();
        variables.forEach((k, v) -> {
            String name = String.valueOf(k);
            if (!name.startsWith("groupagg_") && !name.equals(Formulas.MAX_POINTS)) {
                bindings.add(name + " = " + (v instanceof Boolean b ? (b ? (vi ? "Có" : "Yes") : (vi ? "Không" : "No"))
                        : n(v)));
            }
        });
        for (Formulas.GroupAggregate aggregate : Formulas.check(rule.expression()).aggregates()) {
            Object value = variables.get(aggregate.variable());
            bindings.add("GROUP_" + aggregate.function() + "(" + aggregate.input() + ") = " + n(value));
        }
        return rule.expression() + (bindings.isEmpty() ? "" : (vi ? " với " : " with ") + String.join("; ", bindings));
    }

    private static String missing(List<?> keys, boolean vi) {
        if (keys.isEmpty()) {
            return vi ? "Chưa chấm điểm" : "Not yet judged";
        }
        return (vi ? "Chưa có số liệu: " : "Missing: ") + String.join(", ", keys.stream().map(String::valueOf).toList());
    }
}
