package vn.ictindex.criteria.format;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import vn.ictindex.criteria.CriteriaVersion;
import vn.ictindex.criteria.Decision;
import vn.ictindex.criteria.VersionStatus;
import vn.ictindex.scoring.Adjustments;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.Award;
import vn.ictindex.scoring.Basis;
import vn.ictindex.scoring.Bound;
import vn.ictindex.scoring.Classification;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.EvidenceRequirement;
import vn.ictindex.scoring.InputConstraint;
import vn.ictindex.scoring.InputDefinition;
import vn.ictindex.scoring.InputType;
import vn.ictindex.scoring.Interval;
import vn.ictindex.scoring.NotApplicablePolicy;
import vn.ictindex.scoring.Ranking;
import vn.ictindex.scoring.Rounding;
import vn.ictindex.scoring.Rule;
import vn.ictindex.scoring.TargetGroup;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the criteria file format (YAML, described in {@code docs/criteria-format.md}) into a {@link CriteriaVersion}.
 * It reports the shape problems (unknown or missing fields, wrong kinds of value) with their line and column; the
 * {@link CriteriaValidator} then checks the meaning (points adding up, rules reading known inputs…).
 */
public final class CriteriaReader {

    /** The value of the {@code format} field this reader understands. */
    public static final String FORMAT = "ictindex-criteria/1";

    static final Set<String> TOP = Set.of("format", "code", "version", "title", "title_en", "status", "decision",
            "effective_from", "supersedes", "note", "appendices");
    static final Set<String> DECISION = Set.of("number", "date", "signer");
    static final Set<String> APPENDIX = Set.of("id", "title", "title_en", "target_group", "total_points", "rounding",
            "classification", "ranking", "inputs", "constraints", "groups", "adjustments");
    static final Set<String> TARGET_GROUP = Set.of("code", "name");
    static final Set<String> ROUNDING = Set.of("decimals", "mode", "sum_of_rounded");
    static final Set<String> CLASSIFICATION = Set.of("basis", "bands");
    static final Set<String> BAND = Set.of("label", "label_en", "min", "above", "max", "below");
    static final Set<String> RANKING = Set.of("basis", "tie_break");
    static final Set<String> NODE = Set.of("key", "name", "name_en", "max", "guide", "evidence", "evidence_items",
            "not_applicable", "inputs", "constraints", "rule", "children", "note");
    static final Set<String> INPUT = Set.of("key", "label", "label_en", "type", "min", "max", "unit", "options",
            "help");
    static final Set<String> OPTION = Set.of("value", "label");
    static final Set<String> TIER = Set.of("min", "above", "max", "below", "points");
    static final Set<String> CHECK_ITEM = Set.of("input", "points");
    static final Set<String> ADJUSTMENTS = Set.of("total_may_exceed_max", "items");
    static final Set<String> ADJUSTMENT = Set.of("key", "name", "kind", "input", "points", "cap", "note");
    static final Map<String, Set<String>> RULE_FIELDS = ruleFields();

    static final Map<String, VersionStatus> STATUSES = Map.of("draft", VersionStatus.DRAFT, "issued",
            VersionStatus.ISSUED);
    static final Map<String, RoundingMode> ROUNDING_MODES = ordered(
            "half_up", RoundingMode.HALF_UP, "half_even", RoundingMode.HALF_EVEN, "down", RoundingMode.DOWN,
            "up", RoundingMode.UP);
    static final Map<String, Basis> BASES = ordered("total", Basis.TOTAL, "percent", Basis.PERCENT,
            "normalized", Basis.NORMALIZED);
    static final Map<String, EvidenceRequirement> EVIDENCE = ordered("none", EvidenceRequirement.NONE,
            "required", EvidenceRequirement.REQUIRED, "evidence_or_explanation",
            EvidenceRequirement.EVIDENCE_OR_EXPLANATION);
    static final Map<String, NotApplicablePolicy> NOT_APPLICABLE = ordered("not_allowed",
            NotApplicablePolicy.NOT_ALLOWED, "exclude", NotApplicablePolicy.EXCLUDE, "zero", NotApplicablePolicy.ZERO);
    static final Map<String, InputType> INPUT_TYPES = inputTypes();
    static final Map<String, Rule.ZeroDenominator> ZERO_DENOMINATOR = ordered("zero", Rule.ZeroDenominator.ZERO,
            "not_applicable", Rule.ZeroDenominator.NOT_APPLICABLE);
    static final Map<String, Adjustments.Kind> ADJUSTMENT_KINDS = ordered("bonus", Adjustments.Kind.BONUS,
            "penalty", Adjustments.Kind.PENALTY);

    private static final Pattern CONSTRAINT =
            Pattern.compile("\\s*([A-Za-z0-9_.,\\-]+)\\s*(<=|>=|==|=|<|>|≤|≥)\\s*([A-Za-z0-9_.,\\-]+)\\s*");

    private final Problems problems;

    private CriteriaReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * Reads a file's text into a version, reporting shape problems to {@code problems}. When there are problems the
     * version is partial (null where a value was wrong) and only fit for validation; null when the text is not YAML.
     */
    public static CriteriaVersion read(String text, Problems problems) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(20);
            options.setCodePointLimit(8 * 1024 * 1024);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.at("", mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    "Lỗi cú pháp YAML: " + e.getProblem() + (e.getContext() != null ? " (" + e.getContext() + ")" : ""),
                    "YAML syntax error: " + e.getProblem());
            return null;
        } catch (YAMLException e) {
            problems.at("", 0, 0, "Không đọc được tệp YAML: " + e.getMessage(), "Cannot read YAML: " + e.getMessage());
            return null;
        }
        if (root == null) {
            problems.at("", 1, 1, "Tệp trống", "The file is empty");
            return null;
        }
        return new CriteriaReader(problems).version(root);
    }

    private CriteriaVersion version(Node root) {
        YamlMap m = YamlMap.of(root, "", "Tệp bộ tiêu chí", TOP, problems);
        String format = m.text("format", true);
        if (format != null && !format.equals(FORMAT)) {
            m.problem("format", "Định dạng «" + format + "» không được hỗ trợ; dùng «" + FORMAT + "»",
                    "Unsupported format «" + format + "»; use «" + FORMAT + "»");
        }
        Decision decision = null;
        if (m.has("decision")) {
            YamlMap d = YamlMap.of(m.node("decision"), "decision", "Quyết định ban hành", DECISION, problems);
            decision = new Decision(d.text("number", false), d.date("date", false), d.text("signer", false));
        }
        List<Appendix> appendices = new ArrayList<>();
        for (Node node : m.list("appendices", true)) {
            appendices.add(appendix(node));
        }
        return new CriteriaVersion(m.text("code", true), m.text("version", true), m.text("title", true),
                m.text("title_en", false), m.choice("status", STATUSES, null), decision,
                m.integer("effective_from", false), m.text("supersedes", false), m.text("note", false), appendices);
    }

    private Appendix appendix(Node node) {
        String id = peek(node, "id");
        String path = id == null ? "phụ lục ?" : id;
        YamlMap m = YamlMap.of(node, path, "Phụ lục", APPENDIX, problems);
        m.text("id", true);
        TargetGroup group = null;
        if (m.has("target_group")) {
            YamlMap g = YamlMap.of(m.node("target_group"), path, "Nhóm đối tượng", TARGET_GROUP, problems);
            group = new TargetGroup(g.text("code", true), g.text("name", true));
        } else {
            m.text("target_group", true);
        }
        Rounding rounding = Rounding.DEFAULT;
        if (m.has("rounding")) {
            YamlMap r = YamlMap.of(m.node("rounding"), path, "Quy tắc làm tròn", ROUNDING, problems);
            Integer decimals = r.integer("decimals", false);
            rounding = new Rounding(decimals == null ? 2 : decimals,
                    r.choice("mode", ROUNDING_MODES, RoundingMode.HALF_UP), r.bool("sum_of_rounded", true));
        }
        Classification classification = null;
        if (m.has("classification")) {
            YamlMap c = YamlMap.of(m.node("classification"), path, "Xếp loại", CLASSIFICATION, problems);
            List<Classification.Band> bands = new ArrayList<>();
            for (Node b : c.list("bands", true)) {
                YamlMap band = YamlMap.of(b, path, "Mức xếp loại", BAND, problems);
                bands.add(new Classification.Band(band.text("label", true), band.text("label_en", false),
                        interval(band)));
            }
            classification = new Classification(c.choice("basis", BASES, Basis.TOTAL), bands);
        } else {
            m.text("classification", true);
        }
        Ranking ranking = new Ranking(Basis.TOTAL, List.of());
        if (m.has("ranking")) {
            YamlMap r = YamlMap.of(m.node("ranking"), path, "Xếp hạng", RANKING, problems);
            ranking = new Ranking(r.choice("basis", BASES, Basis.TOTAL), r.texts("tie_break"));
        }
        List<CriterionNode> groups = new ArrayList<>();
        for (Node n : m.list("groups", true)) {
            groups.add(node(n, path));
        }
        Adjustments adjustments = Adjustments.NONE;
        if (m.has("adjustments")) {
            adjustments = adjustments(YamlMap.of(m.node("adjustments"), path, "Điểm thưởng/trừ", ADJUSTMENTS,
                    problems));
        }
        return new Appendix(id, m.text("title", true), m.text("title_en", false), group,
                m.decimal("total_points", true), rounding, classification, ranking, inputs(m, path),
                constraints(m), groups, adjustments);
    }

    private CriterionNode node(Node yaml, String parentPath) {
        String key = peek(yaml, "key");
        String path = parentPath + " / " + (key == null ? "?" : key);
        YamlMap m = YamlMap.of(yaml, path, "Tiêu chí", NODE, problems);
        m.text("key", true);
        List<CriterionNode> children = new ArrayList<>();
        for (Node child : m.list("children", false)) {
            children.add(node(child, path));
        }
        List<String> evidenceItems = m.texts("evidence_items");
        EvidenceRequirement evidence = m.choice("evidence", EVIDENCE,
                evidenceItems.isEmpty() ? EvidenceRequirement.NONE : EvidenceRequirement.REQUIRED);
        Rule rule;
        if (m.has("rule")) {
            rule = rule(m.node("rule"), path);
        } else if (!children.isEmpty()) {
            rule = new Rule.CompositeSum(null);
        } else {
            m.problem("rule", "Tiêu chí không có tiêu chí con thì phải có quy tắc chấm «rule»",
                    "A criterion without children needs a scoring rule «rule»");
            rule = null;
        }
        return new CriterionNode(key, m.text("name", true), m.text("name_en", false), m.decimal("max", true),
                m.text("guide", false), evidence, evidenceItems,
                m.choice("not_applicable", NOT_APPLICABLE, NotApplicablePolicy.NOT_ALLOWED), inputs(m, path),
                constraints(m), rule, children, m.text("note", false));
    }

    private List<InputDefinition> inputs(YamlMap owner, String path) {
        List<InputDefinition> inputs = new ArrayList<>();
        for (Node node : owner.list("inputs", false)) {
            String key = peek(node, "key");
            YamlMap m = YamlMap.of(node, path + " › " + (key == null ? "số liệu ?" : key), "Số liệu", INPUT,
                    problems);
            List<InputDefinition.ChoiceOption> options = new ArrayList<>();
            for (Node o : m.list("options", false)) {
                YamlMap option = YamlMap.of(o, m.path, "Lựa chọn", OPTION, problems);
                options.add(new InputDefinition.ChoiceOption(option.text("value", true), option.text("label", true)));
            }
            inputs.add(new InputDefinition(m.text("key", true), m.text("label", true), m.text("label_en", false),
                    m.choice("type", INPUT_TYPES, null), m.decimal("min", false), m.decimal("max", false),
                    m.text("unit", false), options, m.text("help", false)));
        }
        return inputs;
    }

    private List<InputConstraint> constraints(YamlMap owner) {
        List<InputConstraint> out = new ArrayList<>();
        for (String text : owner.texts("constraints")) {
            Matcher c = CONSTRAINT.matcher(text);
            if (!c.matches()) {
                owner.problem("constraints", "Ràng buộc «" + text + "» phải có dạng «a <= b» (so sánh hai số liệu "
                        + "hoặc một số liệu với một số)", "Constraint «" + text + "» must look like «a <= b»");
                continue;
            }
            String symbol = c.group(2).replace("≤", "<=").replace("≥", ">=");
            out.add(new InputConstraint(operand(c.group(1)),
                    InputConstraint.Comparison.ofSymbol(symbol.equals("=") ? "==" : symbol), operand(c.group(3))));
        }
        return out;
    }

    private static InputConstraint.Operand operand(String text) {
        BigDecimal number = YamlMap.parseDecimal(text);
        return number != null ? InputConstraint.Operand.number(number) : InputConstraint.Operand.input(text);
    }

    private Rule rule(Node node, String path) {
        String type = peek(node, "type");
        Set<String> fields = type == null ? null : RULE_FIELDS.get(type);
        YamlMap m = YamlMap.of(node, path, "Quy tắc chấm", fields == null ? RULE_FIELDS.keySet().stream()
                .flatMap(t -> RULE_FIELDS.get(t).stream()).collect(java.util.stream.Collectors.toSet()) : fields,
                problems);
        String declared = m.text("type", true);
        if (declared == null) {
            return null;
        }
        if (fields == null) {
            m.problem("type", "Loại quy tắc «" + declared + "» không tồn tại; các loại hợp lệ: "
                    + String.join(", ", Rule.typeNames()), "Unknown rule type «" + declared + "»; known types: "
                    + String.join(", ", Rule.typeNames()));
            return null;
        }
        return switch (type) {
            case "manual" -> new Rule.Manual();
            case "boolean" -> new Rule.YesNo(m.text("input", true));
            case "partial_credit" -> {
                Map<String, Award> awards = new LinkedHashMap<>();
                m.pairs("awards").forEach((option, value) -> {
                    Award award = value instanceof ScalarNode s ? YamlMap.parseAward(s.getValue()) : null;
                    if (award == null) {
                        m.problem("awards." + option, "Điểm của lựa chọn «" + option + "» phải là số điểm hoặc phân số"
                                + " (ví dụ 1/2)", "Award of option «" + option + "» must be points or a fraction");
                    } else {
                        awards.put(option, award);
                    }
                });
                yield new Rule.PartialCredit(m.text("input", true), awards);
            }
            case "ratio_times_max" -> new Rule.RatioTimesMax(m.text("numerator", true), m.text("denominator", true),
                    m.choice("on_zero_denominator", ZERO_DENOMINATOR, Rule.ZeroDenominator.ZERO));
            case "ratio_vs_target" -> new Rule.RatioVsTarget(m.text("numerator", true), m.text("denominator", true),
                    target(m), m.choice("on_zero_denominator", ZERO_DENOMINATOR, Rule.ZeroDenominator.ZERO));
            case "normalized_to_best_in_group" -> new Rule.NormalizedToBest(m.text("value", true),
                    m.text("denominator", false),
                    m.choice("on_zero_denominator", ZERO_DENOMINATOR, Rule.ZeroDenominator.ZERO));
            case "tiers" -> {
                List<Rule.Tier> tiers = new ArrayList<>();
                for (Node t : m.list("tiers", true)) {
                    YamlMap tier = YamlMap.of(t, path, "Mức điểm", TIER, problems);
                    tiers.add(new Rule.Tier(interval(tier), tier.award("points")));
                }
                yield new Rule.Tiers(m.text("input", true), tiers);
            }
            case "per_item_capped" -> new Rule.PerItemCapped(m.text("input", true), m.decimal("points_per_item", true),
                    m.decimal("cap", false));
            case "checklist" -> {
                List<Rule.ChecklistItem> items = new ArrayList<>();
                for (Node i : m.list("items", true)) {
                    YamlMap item = YamlMap.of(i, path, "Mục kiểm tra", CHECK_ITEM, problems);
                    items.add(new Rule.ChecklistItem(item.text("input", true), item.award("points")));
                }
                yield new Rule.Checklist(items);
            }
            case "composite_sum" -> new Rule.CompositeSum(m.decimal("cap", false));
            case "best_case_of_alternatives" -> new Rule.BestCaseOfAlternatives();
            case "deduction_from_max" -> new Rule.DeductionFromMax(m.text("input", true), m.decimal("per_event", true),
                    m.decimal("floor", false), m.decimal("start", false));
            case "formula" -> new Rule.Formula(m.text("expression", true), m.decimal("floor", false));
            default -> throw new IllegalStateException(type);
        };
    }

    /** A target share written 0.9, 0,9 or 90%. */
    private static BigDecimal target(YamlMap m) {
        String text = m.text("target", true);
        if (text == null) {
            return null;
        }
        boolean percent = text.endsWith("%");
        BigDecimal value = YamlMap.parseDecimal(percent ? text.substring(0, text.length() - 1).strip() : text);
        if (value == null) {
            m.problem("target", "«target» phải là một tỷ lệ như 0,9 hoặc 90%, không phải «" + text + "»",
                    "«target» must be a share such as 0.9 or 90%, not «" + text + "»");
            return null;
        }
        return percent ? value.movePointLeft(2) : value;
    }

    private Adjustments adjustments(YamlMap m) {
        List<Adjustments.Item> items = new ArrayList<>();
        for (Node node : m.list("items", true)) {
            String key = peek(node, "key");
            YamlMap item = YamlMap.of(node, m.path + " › " + (key == null ? "?" : key), "Điểm thưởng/trừ",
                    ADJUSTMENT, problems);
            items.add(new Adjustments.Item(item.text("key", true), item.text("name", true),
                    item.choice("kind", ADJUSTMENT_KINDS, null), item.text("input", true),
                    item.decimal("points", true), item.decimal("cap", false), item.text("note", false)));
        }
        return new Adjustments(m.bool("total_may_exceed_max", false), items);
    }

    private Interval interval(YamlMap m) {
        if (m.has("min") && m.has("above")) {
            m.problem("above", "Chỉ dùng một trong «min» (từ, tính cả) hoặc «above» (lớn hơn)",
                    "Use either «min» (inclusive) or «above» (exclusive), not both");
        }
        if (m.has("max") && m.has("below")) {
            m.problem("below", "Chỉ dùng một trong «max» (đến, tính cả) hoặc «below» (nhỏ hơn)",
                    "Use either «max» (inclusive) or «below» (exclusive), not both");
        }
        Bound lower = m.has("min") ? bound(m.decimal("min", true), true)
                : m.has("above") ? bound(m.decimal("above", true), false) : null;
        Bound upper = m.has("max") ? bound(m.decimal("max", true), true)
                : m.has("below") ? bound(m.decimal("below", true), false) : null;
        return new Interval(lower, upper);
    }

    private static Bound bound(BigDecimal value, boolean inclusive) {
        return value == null ? null : new Bound(value, inclusive);
    }

    /** The text of a scalar field of a mapping, before the mapping is read, to name it in paths. */
    private static String peek(Node node, String field) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(field)
                        && tuple.getValueNode() instanceof ScalarNode v && !v.getValue().isBlank()) {
                    return v.getValue().strip();
                }
            }
        }
        return null;
    }

    private static Map<String, Set<String>> ruleFields() {
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        fields.put("manual", Set.of("type"));
        fields.put("boolean", Set.of("type", "input"));
        fields.put("partial_credit", Set.of("type", "input", "awards"));
        fields.put("ratio_times_max", Set.of("type", "numerator", "denominator", "on_zero_denominator"));
        fields.put("ratio_vs_target", Set.of("type", "numerator", "denominator", "target", "on_zero_denominator"));
        fields.put("normalized_to_best_in_group", Set.of("type", "value", "denominator", "on_zero_denominator"));
        fields.put("tiers", Set.of("type", "input", "tiers"));
        fields.put("per_item_capped", Set.of("type", "input", "points_per_item", "cap"));
        fields.put("checklist", Set.of("type", "items"));
        fields.put("composite_sum", Set.of("type", "cap"));
        fields.put("best_case_of_alternatives", Set.of("type"));
        fields.put("deduction_from_max", Set.of("type", "input", "per_event", "floor", "start"));
        fields.put("formula", Set.of("type", "expression", "floor"));
        return fields;
    }

    private static Map<String, InputType> inputTypes() {
        Map<String, InputType> types = new LinkedHashMap<>();
        for (InputType t : InputType.values()) {
            types.put(t.name().toLowerCase(java.util.Locale.ROOT), t);
        }
        return types;
    }

    @SafeVarargs
    private static <V> Map<String, V> ordered(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            V value = (V) pairs[i + 1];
            map.put((String) pairs[i], value);
        }
        return map;
    }
}
