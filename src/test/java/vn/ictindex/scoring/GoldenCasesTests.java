package vn.ictindex.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-checkable cases from {@code src/test/resources/golden/*.csv}: one criterion "X" with a rule written in a short
 * notation, the inputs of one unit, and the points and trace a reviewer can work out on paper. Each file explains its
 * columns in its comment header.
 */
class GoldenCasesTests {

    private static final List<String> FILES = List.of("ratio.csv", "normalized.csv", "tiers.csv",
            "items-and-checklists.csv", "choices-and-judgements.csv", "deductions-and-formulas.csv");

    private static final Pattern UNIT = Pattern.compile("^(.*) \\(([^()]+)\\)$");

    record GoldenCase(String file, String name, String rule, String max, String inputs, String expectedPoints,
                      String expectedTrace) {
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = GoldenCasesTests.class.getResourceAsStream("/golden/" + file)) {
                assertThat(in).as(file).isNotNull();
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
                for (String line : lines) {
                    if (line.isBlank() || line.startsWith("#") || line.startsWith("case,")) {
                        continue;
                    }
                    List<String> f = csv(line);
                    assertThat(f).as(file + ": " + line).hasSize(6);
                    GoldenCase c = new GoldenCase(file, f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5));
                    all.add(Arguments.of(file.replace(".csv", "") + ": " + c.name(), c));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pointsAndTraceAreWhatAReviewerWorksOutByHand(String name, GoldenCase c) {
        Map<String, InputValue> inputs = inputs(c.inputs());
        List<BigDecimal> others = new ArrayList<>();
        NodeFixture node = node(c.rule(), new BigDecimal(c.max()), inputs, others);
        UnitFixture u1 = UnitFixture.unit("U1");
        inputs.forEach((key, value) -> {
            if (key.equals("judged")) {
                u1.judged("X", ((InputValue.NumberValue) value).value());
            } else {
                u1.with(key, value);
            }
        });
        List<UnitFixture> units = new ArrayList<>(List.of(u1));
        String othersInput = node.rule().inputsRead().isEmpty() ? null : node.rule().inputsRead().get(0);
        for (int i = 0; i < others.size(); i++) {
            units.add(UnitFixture.unit("U" + (i + 2)).with(othersInput, others.get(i)));
        }

        GroupResult result = AppendixFixture.withLeaf(node).score(units.toArray(UnitFixture[]::new));

        NodeResult x = Scored.node(result, "U1", "X");
        switch (c.expectedPoints()) {
            case "N/A" -> assertThat(x.status()).isEqualTo(NodeStatus.NOT_APPLICABLE);
            case "ERROR" -> {
                assertThat(x.status()).isEqualTo(NodeStatus.ERROR);
                assertThat(x.points()).isNull();
            }
            default -> {
                assertThat(x.status()).isEqualTo(NodeStatus.SCORED);
                assertThat(x.points()).isEqualByComparingTo(c.expectedPoints());
            }
        }
        if (c.expectedTrace().endsWith("…")) {
            assertThat(x.explain()).startsWith(c.expectedTrace().substring(0, c.expectedTrace().length() - 1));
        } else {
            assertThat(x.explain()).isEqualTo(c.expectedTrace());
        }
    }

    // ------------------------------------------------------------------ the notation

    private static NodeFixture node(String spec, BigDecimal max, Map<String, InputValue> inputs,
                                    List<BigDecimal> others) {
        String unit = null;
        Matcher m = UNIT.matcher(spec);
        if (!spec.startsWith("formula") && m.matches()) {
            spec = m.group(1);
            unit = m.group(2);
        }
        String[] t = spec.trim().split("\\s+");
        return switch (t[0]) {
            case "ratio", "ratio_na", "target" -> {
                String[] ab = t[1].split("/");
                NodeFixture node = t[0].equals("target")
                        ? NodeFixture.ratioVsTarget("X", max, ab[0], ab[1],
                        new BigDecimal(t[2].replace("%", "")).movePointLeft(2))
                        : NodeFixture.ratio("X", max, ab[0], ab[1]);
                if (t[0].equals("ratio_na")) {
                    node.notApplicableOnZeroDenominator().excludableWhenNotApplicable();
                }
                yield unit == null ? node : node.declares(InputFixture.count(ab[0]).counting(unit));
            }
            case "normalized" -> {
                for (int i = 3; i < t.length; i++) {
                    others.add(new BigDecimal(t[i]));
                }
                yield NodeFixture.normalizedToBest("X", max, t[1]);
            }
            case "tiers" -> {
                Rule.Tier[] tiers = new Rule.Tier[t.length - 2];
                for (int i = 2; i < t.length; i++) {
                    int eq = t[i].lastIndexOf('=');
                    tiers[i - 2] = NodeFixture.tier(interval(t[i].substring(0, eq)), award(t[i].substring(eq + 1)));
                }
                InputFixture input = InputFixture.number(t[1]);
                yield NodeFixture.tiers("X", max, t[1], tiers).declares(unit == null ? input : input.counting(unit));
            }
            case "per_item" -> NodeFixture.perItem("X", max, t[1], new BigDecimal(t[2]), new BigDecimal(t[4]));
            case "checklist" -> NodeFixture.checklist("X", max, Arrays.stream(t).skip(1)
                    .map(item -> NodeFixture.item(item.split("=")[0], award(item.split("=")[1])))
                    .toArray(Rule.ChecklistItem[]::new));
            case "boolean" -> NodeFixture.yesNo("X", max, t[1]);
            case "choice" -> {
                @SuppressWarnings("unchecked")
                Map.Entry<String, Award>[] options = Arrays.stream(t).skip(2)
                        .map(o -> NodeFixture.option(o.split("=")[0], award(o.split("=")[1])))
                        .toArray(Map.Entry[]::new);
                yield NodeFixture.partialCredit("X", max, t[1], options);
            }
            case "manual" -> NodeFixture.manual("X", max);
            case "deduction" -> NodeFixture.deduction("X", max, t[1], new BigDecimal(t[2]))
                    .floor(new BigDecimal(t[4]));
            case "formula" -> {
                NodeFixture node = NodeFixture.formula("X", max, spec.substring("formula".length()).trim());
                inputs.forEach((key, value) -> node.declares(value instanceof InputValue.BooleanValue
                        ? InputFixture.yesNo(key) : InputFixture.number(key)));
                yield node;
            }
            default -> throw new IllegalArgumentException("unknown rule notation: " + spec);
        };
    }

    private static Award award(String text) {
        if (text.contains("/")) {
            String[] f = text.split("/");
            return Awards.fraction(Long.parseLong(f[0]), Long.parseLong(f[1]));
        }
        return Awards.points(new BigDecimal(text));
    }

    /** "[2;4)", "(−∞;0]", "[4;+∞)". */
    private static Interval interval(String text) {
        boolean lowerInclusive = text.charAt(0) == '[';
        boolean upperInclusive = text.charAt(text.length() - 1) == ']';
        String[] ends = text.substring(1, text.length() - 1).split(";");
        Bound lower = ends[0].contains("∞") ? null : new Bound(new BigDecimal(ends[0]), lowerInclusive);
        Bound upper = ends[1].contains("∞") ? null : new Bound(new BigDecimal(ends[1]), upperInclusive);
        return new Interval(lower, upper);
    }

    private static Map<String, InputValue> inputs(String text) {
        Map<String, InputValue> inputs = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            String[] kv = pair.trim().split("=", 2);
            String v = kv[1].trim();
            InputValue value;
            if (v.equals("true") || v.equals("false")) {
                value = new InputValue.BooleanValue(Boolean.parseBoolean(v));
            } else if (v.startsWith("[")) {
                String inner = v.substring(1, v.length() - 1);
                value = new InputValue.ItemsValue(inner.isEmpty() ? List.of() : List.of(inner.split("\\|")));
            } else if (v.matches("-?[0-9.]+")) {
                value = new InputValue.NumberValue(new BigDecimal(v));
            } else {
                value = new InputValue.ChoiceValue(v);
            }
            inputs.put(kv[0].trim(), value);
        }
        return inputs;
    }

    /**
     * One CSV line: commas separate the first five fields, and a field in double quotes may hold commas; the last field
     * (the trace, full of decimal commas) is the rest of the line, in quotes or not.
     */
    private static List<String> csv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        for (; i < line.length() && fields.size() < 5; i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        String rest = line.substring(i);
        if (rest.length() >= 2 && rest.startsWith("\"") && rest.endsWith("\"")) {
            rest = rest.substring(1, rest.length() - 1).replace("\"\"", "\"");
        }
        fields.add(rest);
        return fields;
    }
}
