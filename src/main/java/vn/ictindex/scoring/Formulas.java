package vn.ictindex.scoring;

import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.AverageFunction;
import com.ezylang.evalex.functions.basic.CeilingFunction;
import com.ezylang.evalex.functions.basic.FloorFunction;
import com.ezylang.evalex.functions.basic.IfFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.functions.basic.NotFunction;
import com.ezylang.evalex.functions.basic.RoundFunction;
import com.ezylang.evalex.functions.basic.SqrtFunction;
import com.ezylang.evalex.functions.basic.SumFunction;
import com.ezylang.evalex.parser.ParseException;

import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The formula language of the {@link Rule.Formula} rule: arithmetic, comparisons, {@code IF}, {@code MIN},
 * {@code MAX}, {@code ROUND}… over inputs, {@code max_points} and the group aggregates {@code GROUP_MAX(x)},
 * {@code GROUP_MIN(x)}, {@code GROUP_AVG(x)} and {@code GROUP_SUM(x)}.
 *
 * <p>Evaluation uses EvalEx with an allow-list of pure functions: no date/time "now", no random numbers, no access to
 * Java objects, so a formula cannot make the engine non-deterministic or run code. Formulas are at most
 * {@value #MAX_LENGTH} characters.
 */
public final class Formulas {

    public static final int MAX_LENGTH = 500;
    public static final String MAX_POINTS = "max_points";

    private static final Pattern GROUP_CALL =
            Pattern.compile("GROUP_(MAX|MIN|AVG|SUM)\\s*\\(\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUP_WORD = Pattern.compile("GROUP_[A-Za-z]+", Pattern.CASE_INSENSITIVE);

    static final ExpressionConfiguration CONFIGURATION = ExpressionConfiguration.builder()
            .functionDictionary(MapBasedFunctionDictionary.ofFunctions(
                    Map.entry("IF", new IfFunction()),
                    Map.entry("MIN", new MinFunction()),
                    Map.entry("MAX", new MaxFunction()),
                    Map.entry("ROUND", new RoundFunction()),
                    Map.entry("FLOOR", new FloorFunction()),
                    Map.entry("CEILING", new CeilingFunction()),
                    Map.entry("ABS", new AbsFunction()),
                    Map.entry("SUM", new SumFunction()),
                    Map.entry("AVERAGE", new AverageFunction()),
                    Map.entry("SQRT", new SqrtFunction()),
                    Map.entry("NOT", new NotFunction())))
            .mathContext(MathContext.DECIMAL64)
            .arraysAllowed(false)
            .structuresAllowed(false)
            .implicitMultiplicationAllowed(false)
            .build();

    private Formulas() {
    }

    /** A group aggregate a formula uses, such as GROUP_MAX(bandwidth). */
    public record GroupAggregate(String function, String input) {
        String variable() {
            return "groupagg_" + function.toLowerCase(Locale.ROOT) + "_" + input;
        }
    }

    /**
     * What a formula reads, or why it cannot be used.
     *
     * @param inputs     the input keys it reads directly (not {@code max_points})
     * @param aggregates the group aggregates it reads
     * @param error      null when the formula parses
     */
    public record Check(List<String> inputs, List<GroupAggregate> aggregates, String error) {
        public boolean ok() {
            return error == null;
        }

        /** Every input the formula depends on, directly or through an aggregate. */
        public List<String> allInputs() {
            Set<String> all = new LinkedHashSet<>(inputs);
            aggregates.forEach(a -> all.add(a.input()));
            return List.copyOf(all);
        }
    }

    /** Parses a formula without evaluating it. */
    public static Check check(String formula) {
        if (formula == null || formula.isBlank()) {
            return new Check(List.of(), List.of(), "công thức trống");
        }
        if (formula.length() > MAX_LENGTH) {
            return new Check(List.of(), List.of(),
                    "công thức dài " + formula.length() + " ký tự, vượt giới hạn " + MAX_LENGTH);
        }
        List<GroupAggregate> aggregates = new ArrayList<>();
        String rewritten = rewrite(formula, aggregates);
        Matcher stray = GROUP_WORD.matcher(rewritten);
        if (stray.find()) {
            return new Check(List.of(), List.of(), "«" + stray.group()
                    + "» không hợp lệ: dùng GROUP_MAX(x), GROUP_MIN(x), GROUP_AVG(x) hoặc GROUP_SUM(x) với x là mã số liệu");
        }
        try {
            Expression expression = new Expression(rewritten, CONFIGURATION);
            expression.validate();
            Set<String> aggregateVariables = new LinkedHashSet<>();
            aggregates.forEach(a -> aggregateVariables.add(a.variable().toLowerCase(Locale.ROOT)));
            List<String> inputs = new ArrayList<>();
            for (String v : expression.getUsedVariables()) {
                String lower = v.toLowerCase(Locale.ROOT);
                if (!aggregateVariables.contains(lower) && !lower.equals(MAX_POINTS)) {
                    inputs.add(v);
                }
            }
            return new Check(List.copyOf(inputs), List.copyOf(aggregates), null);
        } catch (ParseException e) {
            return new Check(List.of(), List.of(), "công thức không đọc được: " + e.getMessage());
        }
    }

    static String rewrite(String formula, List<GroupAggregate> aggregates) {
        Matcher m = GROUP_CALL.matcher(formula);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            GroupAggregate aggregate = new GroupAggregate(m.group(1).toUpperCase(Locale.ROOT), m.group(2));
            if (!aggregates.contains(aggregate)) {
                aggregates.add(aggregate);
            }
            m.appendReplacement(out, aggregate.variable());
        }
        m.appendTail(out);
        return out.toString();
    }
}
