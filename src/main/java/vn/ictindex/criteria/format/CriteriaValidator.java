package vn.ictindex.criteria.format;

import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.VersionStatus;
import vn.ictindex.scoring.Adjustments;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.Award;
import vn.ictindex.scoring.Basis;
import vn.ictindex.scoring.Bound;
import vn.ictindex.scoring.Classification;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.Formulas;
import vn.ictindex.scoring.InputConstraint;
import vn.ictindex.scoring.InputDefinition;
import vn.ictindex.scoring.InputType;
import vn.ictindex.scoring.Interval;
import vn.ictindex.scoring.NotApplicablePolicy;
import vn.ictindex.scoring.Numbers;
import vn.ictindex.scoring.Rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that a criteria version means something the engine can score: keys unique, children adding up to their
 * parent, rules reading inputs that exist and have the right type, tiers and bands that neither overlap nor leave gaps,
 * formulas that parse. Null fields (already reported by the reader) are skipped, so that one run reports every
 * independent problem.
 */
public final class CriteriaValidator {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]*");
    private static final Pattern INPUT_KEY = Pattern.compile("[a-z][a-z0-9_]*");

    private final Problems problems;

    private CriteriaValidator(Problems problems) {
        this.problems = problems;
    }

    public static void validate(CriteriaVersion version, Problems problems) {
        new CriteriaValidator(problems).version(version);
    }

    private void version(CriteriaVersion v) {
        if (v.code() != null && !KEY.matcher(v.code()).matches()) {
            problems.add("", "code", "Mã bộ tiêu chí «" + v.code() + "» chỉ được gồm chữ không dấu, số, «.», «_», «-»",
                    "Criteria set code «" + v.code() + "» may contain only letters, digits, «.», «_», «-»");
        }
        if (v.status() == VersionStatus.ISSUED && (v.decision() == null || v.decision().number() == null
                || v.decision().date() == null)) {
            problems.add("", "decision", "Bộ tiêu chí đã ban hành phải ghi số và ngày của quyết định ban hành",
                    "An issued version needs the number and date of its decision");
        }
        if (v.supersedes() != null && !Pattern.matches("[A-Za-z0-9][A-Za-z0-9._\\-]*@[^\\s@]+", v.supersedes())) {
            problems.add("", "supersedes", "«supersedes» phải có dạng MÃ@PHIÊN_BẢN, ví dụ BT-UDCNTT@2017",
                    "«supersedes» must look like CODE@VERSION, e.g. BT-UDCNTT@2017");
        }
        if (v.effectiveFrom() != null && (v.effectiveFrom() < 2000 || v.effectiveFrom() > 2100)) {
            problems.add("", "effective_from", "Năm áp dụng " + v.effectiveFrom() + " không hợp lý",
                    "Effective-from year " + v.effectiveFrom() + " is not plausible");
        }
        if (v.appendices().isEmpty()) {
            problems.add("", "appendices", "Bộ tiêu chí phải có ít nhất một phụ lục",
                    "A criteria version needs at least one appendix");
        }
        Set<String> ids = new HashSet<>();
        for (Appendix a : v.appendices()) {
            if (a.id() != null && !ids.add(a.id())) {
                problems.add(a.id(), "id", "Mã phụ lục «" + a.id() + "» bị trùng", "Duplicate appendix id «" + a.id() + "»");
            }
            appendix(a);
        }
    }

    private void appendix(Appendix a) {
        String path = a.id() == null ? "phụ lục ?" : a.id();
        if (a.rounding().decimals() < 0 || a.rounding().decimals() > 4) {
            problems.add(path, "rounding", "Số chữ số thập phân phải từ 0 đến 4, không phải " + a.rounding().decimals(),
                    "Decimals must be 0–4, not " + a.rounding().decimals());
        }
        Map<String, InputDefinition> inputs = inputs(a, path);
        a.groups().forEach(g -> maximaFitRounding(g, path, a.rounding().decimals()));
        Set<String> keys = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        for (CriterionNode group : a.groups()) {
            node(group, path, inputs, keys);
            if (group.maxPoints() == null) {
                complete = false;
            } else {
                sum = sum.add(group.maxPoints());
            }
        }
        if (a.totalPoints() != null) {
            if (a.totalPoints().signum() <= 0) {
                problems.add(path, "total_points", "Tổng điểm của phụ lục phải lớn hơn 0",
                        "Total points must be above 0");
            } else if (complete && sum.compareTo(a.totalPoints()) != 0) {
                problems.add(path, "total_points", "Điểm tối đa của các nhóm tiêu chí cộng lại là " + Numbers.plain(sum)
                                + ", không bằng tổng điểm " + Numbers.plain(a.totalPoints()) + " của phụ lục",
                        "The groups' maxima add up to " + sum.toPlainString() + ", not the appendix total "
                                + a.totalPoints().toPlainString());
            }
        }
        constraints(a.constraints(), path, inputs);
        if (a.classification() != null) {
            BigDecimal top = a.classification().basis() == Basis.PERCENT ? BigDecimal.valueOf(100) : a.totalPoints();
            bands(a.classification(), path, top);
        }
        for (String key : a.ranking().tieBreak()) {
            if (!keys.contains(key)) {
                problems.add(path, "ranking", "Tiêu chí phân định thứ hạng «" + key + "» không có trong phụ lục",
                        "Tie-break node «" + key + "» is not in the appendix");
            }
        }
        Set<String> adjustmentKeys = new HashSet<>();
        for (Adjustments.Item item : a.adjustments().items()) {
            String at = path + " › " + item.key();
            if (item.key() != null && !adjustmentKeys.add(item.key())) {
                problems.add(at, "key", "Mã điểm thưởng/trừ «" + item.key() + "» bị trùng",
                        "Duplicate adjustment key «" + item.key() + "»");
            }
            numericInput(item.input(), at, "input", inputs);
            if (item.pointsPerUnit() != null && item.pointsPerUnit().signum() <= 0) {
                problems.add(at, "points", "Điểm mỗi lần phải lớn hơn 0", "Points per unit must be above 0");
            }
            if (item.cap() != null && item.cap().signum() < 0) {
                problems.add(at, "cap", "Mức trần không được âm", "Cap must not be negative");
            }
        }
    }

    private Map<String, InputDefinition> inputs(Appendix a, String path) {
        Map<String, InputDefinition> byKey = new HashMap<>();
        List<InputDefinition> all = new ArrayList<>(a.inputs());
        Map<InputDefinition, String> where = new HashMap<>();
        a.inputs().forEach(i -> where.put(i, path));
        for (CriterionNode group : a.groups()) {
            collectInputs(group, path, all, where);
        }
        for (InputDefinition input : all) {
            if (input.key() == null) {
                continue;
            }
            String at = where.get(input) + " › " + input.key();
            if (!INPUT_KEY.matcher(input.key()).matches() || input.key().equals(Formulas.MAX_POINTS)
                    || input.key().startsWith("groupagg_")) {
                problems.add(at, "key", "Mã số liệu «" + input.key() + "» phải bắt đầu bằng chữ thường và chỉ gồm chữ "
                                + "thường không dấu, số và «_» (và không trùng tên dành riêng max_points)",
                        "Input key «" + input.key() + "» must be lower-case letters, digits and «_», starting with a "
                                + "letter (and not the reserved max_points)");
            }
            if (byKey.putIfAbsent(input.key(), input) != null) {
                problems.add(at, "key", "Mã số liệu «" + input.key() + "» đã được khai báo ở chỗ khác trong phụ lục",
                        "Input key «" + input.key() + "» is declared elsewhere in the appendix");
            }
            if ((input.min() != null || input.max() != null) && input.type() != null && !input.type().isNumeric()
                    && input.type() != InputType.ITEMS) {
                problems.add(at, input.min() != null ? "min" : "max", "«min»/«max» chỉ dùng cho số liệu dạng số hoặc "
                        + "danh sách, không dùng cho kiểu " + input.type().name().toLowerCase(),
                        "«min»/«max» apply only to numeric and list inputs");
            }
            if (input.min() != null && input.max() != null && input.min().compareTo(input.max()) > 0) {
                problems.add(at, "min", "Giá trị tối thiểu " + Numbers.plain(input.min()) + " lớn hơn tối đa "
                        + Numbers.plain(input.max()), "min is greater than max");
            }
            if (input.type() == InputType.CHOICE) {
                if (input.options().isEmpty()) {
                    problems.add(at, "options", "Số liệu dạng lựa chọn phải có danh sách «options»",
                            "A choice input needs «options»");
                }
                Set<String> values = new HashSet<>();
                input.options().forEach(o -> {
                    if (o.value() != null && !values.add(o.value())) {
                        problems.add(at, "options", "Lựa chọn «" + o.value() + "» bị trùng",
                                "Duplicate option «" + o.value() + "»");
                    }
                });
            } else if (!input.options().isEmpty() && input.type() != null) {
                problems.add(at, "options", "Chỉ số liệu dạng «choice» mới có «options»",
                        "Only a «choice» input has «options»");
            }
        }
        return byKey;
    }

    /** A maximum of 7,5 cannot be shown or summed when points are rounded to whole numbers. */
    private void maximaFitRounding(CriterionNode node, String parentPath, int decimals) {
        String path = parentPath + " / " + (node.key() == null ? "?" : node.key());
        if (node.maxPoints() != null && node.maxPoints().stripTrailingZeros().scale() > decimals) {
            problems.add(path, "max", "Điểm tối đa " + Numbers.plain(node.maxPoints()) + " có nhiều chữ số thập phân "
                            + "hơn quy tắc làm tròn (" + decimals + " chữ số) của phụ lục",
                    "The maximum has more decimals than the appendix rounds to (" + decimals + ")");
        }
        node.children().forEach(c -> maximaFitRounding(c, path, decimals));
    }

    private static void collectInputs(CriterionNode node, String parentPath, List<InputDefinition> all,
                                      Map<InputDefinition, String> where) {
        String path = parentPath + " / " + (node.key() == null ? "?" : node.key());
        node.inputs().forEach(i -> {
            all.add(i);
            where.put(i, path);
        });
        node.children().forEach(c -> collectInputs(c, path, all, where));
    }

    private void node(CriterionNode node, String parentPath, Map<String, InputDefinition> inputs, Set<String> keys) {
        String path = parentPath + " / " + (node.key() == null ? "?" : node.key());
        if (node.key() != null) {
            if (!KEY.matcher(node.key()).matches()) {
                problems.add(path, "key", "Mã tiêu chí «" + node.key() + "» chỉ được gồm chữ không dấu, số, «.», «_», «-»",
                        "Node key «" + node.key() + "» may contain only letters, digits, «.», «_», «-»");
            }
            if (!keys.add(node.key())) {
                problems.add(path, "key", "Mã tiêu chí «" + node.key() + "» bị trùng trong phụ lục",
                        "Duplicate node key «" + node.key() + "» in the appendix");
            }
        }
        BigDecimal max = node.maxPoints();
        if (max != null && max.signum() < 0) {
            problems.add(path, "max", "Điểm tối đa không được âm (" + Numbers.plain(max) + ")",
                    "Maximum points must not be negative");
            max = null;
        }
        for (CriterionNode child : node.children()) {
            node(child, path, inputs, keys);
        }
        constraints(node.constraints(), path, inputs);
        Rule rule = node.rule();
        if (rule == null) {
            return;
        }
        if (rule.aggregatesChildren() && node.isLeaf()) {
            problems.add(path, "rule", "Quy tắc «" + rule.typeName() + "» tính từ các tiêu chí con, nhưng tiêu chí này "
                    + "không có tiêu chí con", "Rule «" + rule.typeName() + "» needs children");
            return;
        }
        if (!rule.aggregatesChildren() && !node.isLeaf()) {
            problems.add(path, "rule", "Tiêu chí có tiêu chí con phải dùng quy tắc composite_sum hoặc "
                            + "best_case_of_alternatives, không phải «" + rule.typeName() + "»",
                    "A node with children must use composite_sum or best_case_of_alternatives");
            return;
        }
        if (max != null) {
            children(node, path, max);
            rule(node, path, max, inputs);
        }
    }

    private void children(CriterionNode node, String path, BigDecimal max) {
        if (node.isLeaf() || node.children().stream().anyMatch(c -> c.maxPoints() == null)) {
            return;
        }
        if (node.rule() instanceof Rule.CompositeSum sum) {
            BigDecimal total = node.children().stream().map(CriterionNode::maxPoints)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.cap() == null && total.compareTo(max) != 0) {
                problems.add(path, "max", "Điểm tối đa của các tiêu chí con cộng lại là " + Numbers.plain(total)
                                + ", không bằng điểm tối đa " + Numbers.plain(max) + " của tiêu chí này",
                        "The children's maxima add up to " + total.toPlainString() + ", not this node's maximum "
                                + max.toPlainString());
            } else if (sum.cap() != null && (sum.cap().compareTo(max) != 0 || total.compareTo(max) < 0)) {
                problems.add(path, "rule", "Mức trần " + Numbers.plain(sum.cap()) + " phải bằng điểm tối đa "
                                + Numbers.plain(max) + " và các tiêu chí con (cộng lại " + Numbers.plain(total)
                                + ") phải đạt được mức đó; nếu các tiêu chí con cộng lại đúng bằng điểm tối đa thì bỏ "
                                + "«cap»", "The cap must equal the maximum, and the children must be able to reach it");
            }
        } else {
            BigDecimal best = BigDecimal.ZERO;
            for (CriterionNode child : node.children()) {
                if (child.maxPoints().compareTo(max) > 0) {
                    problems.add(path + " / " + child.key(), "max", "Trường hợp " + child.key() + " có điểm tối đa "
                                    + Numbers.plain(child.maxPoints()) + ", lớn hơn điểm tối đa " + Numbers.plain(max)
                                    + " của tiêu chí cha", "An alternative's maximum exceeds its parent's");
                }
                best = best.max(child.maxPoints());
            }
            if (best.compareTo(max) < 0) {
                problems.add(path, "max", "Không trường hợp nào đạt được điểm tối đa " + Numbers.plain(max),
                        "No alternative can reach the maximum " + max.toPlainString());
            }
        }
    }

    private void rule(CriterionNode node, String path, BigDecimal max, Map<String, InputDefinition> inputs) {
        Rule rule = node.rule();
        if (rule instanceof Rule.YesNo r) {
            typedInput(r.input(), path, "input", inputs, Set.of(InputType.BOOLEAN), "Có/Không");
        } else if (rule instanceof Rule.PartialCredit r) {
            InputDefinition input = typedInput(r.input(), path, "input", inputs, Set.of(InputType.CHOICE), "lựa chọn");
            if (input != null) {
                r.awards().keySet().stream().filter(o -> input.option(o).isEmpty()).forEach(o -> problems.add(path,
                        "awards." + o, "«" + o + "» không phải là một lựa chọn của số liệu «" + input.key() + "»",
                        "«" + o + "» is not an option of input «" + input.key() + "»"));
            }
            awards(r.awards().values().stream().toList(), path, "awards", max, true);
        } else if (rule instanceof Rule.RatioTimesMax r) {
            numericInput(r.numerator(), path, "numerator", inputs);
            numericInput(r.denominator(), path, "denominator", inputs);
            zeroDenominator(node, path, r.onZeroDenominator());
        } else if (rule instanceof Rule.RatioVsTarget r) {
            numericInput(r.numerator(), path, "numerator", inputs);
            numericInput(r.denominator(), path, "denominator", inputs);
            zeroDenominator(node, path, r.onZeroDenominator());
            if (r.target() != null && (r.target().signum() <= 0 || r.target().compareTo(BigDecimal.ONE) > 0)) {
                problems.add(path, "target", "Mục tiêu phải là tỷ lệ lớn hơn 0 và không quá 1 (100%)",
                        "The target must be a share above 0 and at most 1 (100%)");
            }
        } else if (rule instanceof Rule.NormalizedToBest r) {
            numericInput(r.input(), path, "value", inputs);
            if (r.isRatio()) {
                numericInput(r.denominator(), path, "denominator", inputs);
            }
            zeroDenominator(node, path, r.onZeroDenominator());
        } else if (rule instanceof Rule.Tiers r) {
            numericInput(r.input(), path, "input", inputs);
            InputDefinition input = inputs.get(r.input());
            tiers(r, path, max, input != null && (input.type() == InputType.INTEGER || input.type() == InputType.ITEMS));
        } else if (rule instanceof Rule.PerItemCapped r) {
            typedInput(r.input(), path, "input", inputs, Set.of(InputType.ITEMS, InputType.INTEGER),
                    "danh sách hoặc số nguyên");
            if (r.pointsPerItem() != null && r.pointsPerItem().signum() <= 0) {
                problems.add(path, "points_per_item", "Điểm mỗi mục phải lớn hơn 0", "Points per item must be above 0");
            }
            if (r.cap() != null && r.cap().compareTo(max) > 0) {
                problems.add(path, "cap", "Mức trần " + Numbers.plain(r.cap()) + " lớn hơn điểm tối đa "
                        + Numbers.plain(max), "The cap exceeds the maximum");
            }
        } else if (rule instanceof Rule.Checklist r) {
            if (r.items().isEmpty()) {
                problems.add(path, "rule", "Danh mục kiểm tra phải có ít nhất một mục", "A checklist needs items");
            }
            r.items().forEach(i -> typedInput(i.input(), path, "items", inputs, Set.of(InputType.BOOLEAN), "Có/Không"));
            List<Award> awards = r.items().stream().map(Rule.ChecklistItem::award).toList();
            awards(awards, path, "items", max, false);
            if (awards.stream().noneMatch(java.util.Objects::isNull)) {
                BigDecimal total = awards.stream().map(aw -> aw.of(max)).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (total.compareTo(max) < 0) {
                    problems.add(path, "items", "Các mục cộng lại chỉ được " + Numbers.plain(total.stripTrailingZeros())
                                    + " điểm, không đạt điểm tối đa " + Numbers.plain(max),
                            "The items add up to less than the maximum");
                }
            }
        } else if (rule instanceof Rule.DeductionFromMax r) {
            typedInput(r.input(), path, "input", inputs, Set.of(InputType.INTEGER, InputType.NUMBER), "số");
            if (r.perEvent() != null && r.perEvent().signum() <= 0) {
                problems.add(path, "per_event", "Điểm trừ mỗi lần phải lớn hơn 0", "Points per event must be above 0");
            }
            BigDecimal start = r.start() == null ? max : r.start();
            if (start.compareTo(max) > 0) {
                problems.add(path, "start", "Điểm xuất phát lớn hơn điểm tối đa", "The start exceeds the maximum");
            }
            if (r.floor() != null && r.floor().compareTo(start) > 0) {
                problems.add(path, "floor", "Mức sàn " + Numbers.plain(r.floor()) + " lớn hơn điểm xuất phát "
                        + Numbers.plain(start), "The floor is above the start");
            }
        } else if (rule instanceof Rule.Formula r) {
            formula(r, path, inputs, max);
        }
    }

    private void formula(Rule.Formula r, String path, Map<String, InputDefinition> inputs, BigDecimal max) {
        if (r.expression() == null) {
            return;
        }
        Formulas.Check check = Formulas.check(r.expression());
        if (!check.ok()) {
            problems.add(path, "expression", "Công thức «" + r.expression() + "»: " + check.error(),
                    "Formula «" + r.expression() + "» does not parse: " + check.error());
            return;
        }
        for (String variable : check.allInputs()) {
            InputDefinition input = inputs.get(variable);
            if (input == null) {
                problems.add(path, "expression", "Công thức dùng «" + variable + "», không phải là số liệu nào của phụ "
                                + "lục (các số liệu dùng được: " + String.join(", ", inputs.keySet().stream().sorted()
                                .toList()) + ")",
                        "The formula names «" + variable + "», which is not an input of the appendix");
            } else if (input.type() == InputType.CHOICE && check.aggregates().stream()
                    .anyMatch(ag -> ag.input().equals(variable))) {
                problems.add(path, "expression", "Không tính GROUP_… trên số liệu dạng lựa chọn «" + variable + "»",
                        "Group aggregates need a numeric input, not choice «" + variable + "»");
            }
        }
        if (r.floor() != null && r.floor().compareTo(max) > 0) {
            problems.add(path, "floor", "Mức sàn lớn hơn điểm tối đa", "The floor exceeds the maximum");
        }
    }

    private void zeroDenominator(CriterionNode node, String path, Rule.ZeroDenominator onZero) {
        if (onZero == Rule.ZeroDenominator.NOT_APPLICABLE && node.notApplicable() == NotApplicablePolicy.NOT_ALLOWED) {
            problems.add(path, "not_applicable", "Quy tắc coi mẫu số bằng 0 là «không áp dụng», nên tiêu chí phải khai "
                            + "báo not_applicable: exclude hoặc zero",
                    "The rule treats a zero denominator as not applicable, so the node needs not_applicable: exclude "
                            + "or zero");
        }
    }

    private void tiers(Rule.Tiers r, String path, BigDecimal max, boolean wholeNumbers) {
        if (r.tiers().isEmpty()) {
            problems.add(path, "tiers", "Quy tắc theo mức phải có ít nhất một mức", "Tiers need at least one tier");
            return;
        }
        List<Interval> intervals = r.tiers().stream().map(Rule.Tier::interval).toList();
        intervalsOverlapOrGap(intervals, path, "tiers", "mức điểm", null, null, wholeNumbers);
        awards(r.tiers().stream().map(Rule.Tier::award).toList(), path, "tiers", max, true);
    }

    private void bands(Classification c, String path, BigDecimal top) {
        if (c.bands().isEmpty()) {
            problems.add(path, "classification", "Phải có ít nhất một mức xếp loại", "At least one band is needed");
            return;
        }
        Set<String> labels = new HashSet<>();
        c.bands().forEach(b -> {
            if (b.label() != null && !labels.add(b.label())) {
                problems.add(path, "classification", "Mức xếp loại «" + b.label() + "» bị trùng",
                        "Duplicate band «" + b.label() + "»");
            }
        });
        intervalsOverlapOrGap(c.bands().stream().map(Classification.Band::interval).toList(), path, "classification",
                "mức xếp loại", BigDecimal.ZERO, top, false);
    }

    /**
     * Reports intervals that overlap or leave a gap between them; with {@code from} and {@code to}, also a range not
     * covered at either end. With {@code wholeNumbers}, a gap that holds no whole number (between "≤ 0" and "≥ 1")
     * is no gap.
     */
    private void intervalsOverlapOrGap(List<Interval> intervals, String path, String field, String what,
                                       BigDecimal from, BigDecimal to, boolean wholeNumbers) {
        if (intervals.stream().anyMatch(i -> (i.lower() != null && i.lower().value() == null)
                || (i.upper() != null && i.upper().value() == null))) {
            return;
        }
        for (Interval i : intervals) {
            if (i.lower() != null && i.upper() != null && (i.lower().value().compareTo(i.upper().value()) > 0
                    || (i.lower().value().compareTo(i.upper().value()) == 0
                    && !(i.lower().inclusive() && i.upper().inclusive())))) {
                problems.add(path, field, "Khoảng " + i.describe() + " của " + what + " không chứa giá trị nào",
                        "Interval " + i.describe() + " is empty");
                return;
            }
        }
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing((Interval i) -> i.lower() == null ? null : i.lower().value(),
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(i -> i.lower() != null
                && !i.lower().inclusive()));
        for (int k = 1; k < sorted.size(); k++) {
            Interval previous = sorted.get(k - 1);
            Interval next = sorted.get(k);
            Bound end = previous.upper();
            Bound start = next.lower();
            if (end == null || start == null) {
                problems.add(path, field, "Các " + what + " " + previous.describe() + " và " + next.describe()
                        + " chồng lên nhau", "Intervals " + previous.describe() + " and " + next.describe() + " overlap");
                continue;
            }
            int c = end.value().compareTo(start.value());
            if (c > 0 || (c == 0 && end.inclusive() && start.inclusive())) {
                problems.add(path, field, "Các " + what + " " + previous.describe() + " và " + next.describe()
                        + " chồng lên nhau", "Intervals " + previous.describe() + " and " + next.describe() + " overlap");
            } else if ((c < 0 || (!end.inclusive() && !start.inclusive()))
                    && !(wholeNumbers && noWholeNumberBetween(end, start))) {
                problems.add(path, field, "Giữa các " + what + " " + previous.describe() + " và " + next.describe()
                                + " có khoảng trống: giá trị ở đó không thuộc mức nào",
                        "Gap between " + previous.describe() + " and " + next.describe());
            }
        }
        if (from != null) {
            Interval first = sorted.get(0);
            if (first.lower() != null && first.lower().value().compareTo(from) > 0) {
                problems.add(path, field, "Các " + what + " không bao phủ từ " + Numbers.plain(from),
                        "The intervals do not start at " + from.toPlainString());
            }
        }
        if (to != null) {
            Interval last = sorted.get(sorted.size() - 1);
            if (last.upper() != null && (last.upper().value().compareTo(to) < 0
                    || (last.upper().value().compareTo(to) == 0 && !last.upper().inclusive()))) {
                problems.add(path, field, "Các " + what + " không bao phủ đến " + Numbers.plain(to),
                        "The intervals do not reach " + to.toPlainString());
            }
        }
    }

    private static boolean noWholeNumberBetween(Bound end, Bound start) {
        BigDecimal lowest = end.inclusive() ? end.value().setScale(0, java.math.RoundingMode.FLOOR).add(BigDecimal.ONE)
                : end.value().setScale(0, java.math.RoundingMode.CEILING);
        BigDecimal highest = start.inclusive()
                ? start.value().setScale(0, java.math.RoundingMode.CEILING).subtract(BigDecimal.ONE)
                : start.value().setScale(0, java.math.RoundingMode.FLOOR);
        return lowest.compareTo(highest) > 0;
    }

    private void awards(List<Award> awards, String path, String field, BigDecimal max, boolean oneMustReachMax) {
        BigDecimal best = BigDecimal.ZERO;
        for (Award award : awards) {
            if (award == null) {
                return;
            }
            BigDecimal points = award.of(max);
            if (points.signum() < 0 || points.compareTo(max) > 0) {
                problems.add(path, field, "Mức điểm " + award + " nằm ngoài khoảng 0 – " + Numbers.plain(max),
                        "Award " + award + " is outside 0 – " + max.toPlainString());
            }
            best = best.max(points);
        }
        if (oneMustReachMax && !awards.isEmpty() && best.compareTo(max) < 0) {
            problems.add(path, field, "Không mức nào cho điểm tối đa " + Numbers.plain(max) + " (cao nhất là "
                    + Numbers.plain(best.stripTrailingZeros()) + ")", "No award reaches the maximum "
                    + max.toPlainString());
        }
    }

    private void constraints(List<InputConstraint> constraints, String path, Map<String, InputDefinition> inputs) {
        for (InputConstraint c : constraints) {
            for (InputConstraint.Operand side : List.of(c.left(), c.right())) {
                if (side.isInput()) {
                    numericInput(side.inputKey(), path, "constraints", inputs);
                }
            }
        }
    }

    private void numericInput(String key, String path, String field, Map<String, InputDefinition> inputs) {
        typedInput(key, path, field, inputs, Set.of(InputType.NUMBER, InputType.INTEGER, InputType.PERCENTAGE,
                InputType.ITEMS), "số");
    }

    private InputDefinition typedInput(String key, String path, String field, Map<String, InputDefinition> inputs,
                                       Set<InputType> types, String what) {
        if (key == null) {
            return null;
        }
        InputDefinition input = inputs.get(key);
        if (input == null) {
            problems.add(path, field, "Quy tắc đọc số liệu «" + key + "» nhưng phụ lục không khai báo số liệu này",
                    "The rule reads input «" + key + "», which the appendix does not declare");
            return null;
        }
        if (input.type() != null && !types.contains(input.type())) {
            problems.add(path, field, "Số liệu «" + key + "» có kiểu " + input.type().name().toLowerCase()
                            + " nhưng quy tắc cần kiểu " + what,
                    "Input «" + key + "» is " + input.type().name().toLowerCase() + " but the rule needs " + types);
        }
        return input;
    }
}
