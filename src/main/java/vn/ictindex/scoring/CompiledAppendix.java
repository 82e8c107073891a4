package vn.ictindex.scoring;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.ParseException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An appendix prepared for scoring: nodes and inputs indexed, formulas parsed. Scoring a group runs three passes:
 * check each unit's inputs, compute the group-relative values (best values, group aggregates), then score every unit
 * and rank the group. Not thread-safe (formulas keep their variables); compile one per thread.
 */
public final class CompiledAppendix {

    private static final byte APPLIES = 0;
    private static final byte EXCLUDED = 1;
    private static final byte COUNTS_ZERO = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** How an unjudged manual node is listed among a unit's missing inputs: {@code manual:C2}. */
    static final String MANUAL_PREFIX = "manual:";

    private final Appendix appendix;
    private final Rounding rounding;
    private final CriterionNode[] nodes;
    private final int[] depth;
    private final int[][] children;
    private final Map<String, Integer> nodeIndex = new LinkedHashMap<>();
    private final InputDefinition[] inputs;
    private final Map<String, Integer> inputIndex = new HashMap<>();
    private final int[][] ruleInputs;
    private final int[][] readersOfInput;
    private final int[] declaringNode;
    private final Expression[] formulas;
    private final List<Formulas.GroupAggregate> aggregates = new ArrayList<>();
    private final int[] tieBreakNodes;

    CompiledAppendix(Appendix appendix) {
        this.appendix = appendix;
        this.rounding = appendix.rounding();
        List<CriterionNode> all = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        List<List<Integer>> childLists = new ArrayList<>();
        for (CriterionNode group : appendix.groups()) {
            index(group, 0, all, depths, childLists);
        }
        nodes = all.toArray(new CriterionNode[0]);
        depth = depths.stream().mapToInt(Integer::intValue).toArray();
        children = childLists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);

        List<InputDefinition> inputList = new ArrayList<>();
        List<Integer> declaring = new ArrayList<>();
        appendix.inputs().forEach(in -> {
            inputList.add(in);
            declaring.add(-1);
        });
        for (int i = 0; i < nodes.length; i++) {
            for (InputDefinition in : nodes[i].inputs()) {
                inputList.add(in);
                declaring.add(i);
            }
        }
        inputs = inputList.toArray(new InputDefinition[0]);
        declaringNode = declaring.stream().mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < inputs.length; i++) {
            if (inputIndex.putIfAbsent(inputs[i].key(), i) != null) {
                throw new IllegalArgumentException("input «" + inputs[i].key() + "» is declared twice");
            }
        }

        ruleInputs = new int[nodes.length][];
        formulas = new Expression[nodes.length];
        List<List<Integer>> readers = new ArrayList<>();
        for (int i = 0; i < inputs.length; i++) {
            readers.add(new ArrayList<>());
        }
        for (int i = 0; i < nodes.length; i++) {
            Rule rule = nodes[i].rule();
            List<String> read = rule instanceof Rule.Formula f ? compileFormula(i, f) : rule.inputsRead();
            ruleInputs[i] = new int[read.size()];
            for (int r = 0; r < read.size(); r++) {
                ruleInputs[i][r] = requireInput(read.get(r), nodes[i].key());
                readers.get(ruleInputs[i][r]).add(i);
            }
        }
        boolean[] readByAdjustment = new boolean[inputs.length];
        for (Adjustments.Item item : appendix.adjustments().items()) {
            readByAdjustment[requireInput(item.input(), item.key())] = true;
        }
        readersOfInput = new int[inputs.length][];
        for (int i = 0; i < inputs.length; i++) {
            List<Integer> r = readers.get(i);
            // an input no rule reads belongs to the node that declares it, unless an adjustment reads it: then a
            // bad value is the unit's problem (its total cannot be adjusted), not the declaring group's
            if (r.isEmpty() && declaringNode[i] >= 0 && !readByAdjustment[i]) {
                r.add(declaringNode[i]);
            }
            readersOfInput[i] = r.stream().mapToInt(Integer::intValue).toArray();
        }
        tieBreakNodes = appendix.ranking().tieBreak().stream().mapToInt(key -> {
            Integer idx = nodeIndex.get(key);
            if (idx == null) {
                throw new IllegalArgumentException("tie-break names unknown node «" + key + "»");
            }
            return idx;
        }).toArray();
    }

    public Appendix appendix() {
        return appendix;
    }

    private void index(CriterionNode node, int d, List<CriterionNode> all, List<Integer> depths,
                       List<List<Integer>> childLists) {
        int me = all.size();
        if (nodeIndex.putIfAbsent(node.key(), me) != null) {
            throw new IllegalArgumentException("node key «" + node.key() + "» is used twice");
        }
        all.add(node);
        depths.add(d);
        List<Integer> mine = new ArrayList<>();
        childLists.add(mine);
        for (CriterionNode child : node.children()) {
            mine.add(all.size());
            index(child, d + 1, all, depths, childLists);
        }
    }

    private int requireInput(String key, String where) {
        Integer idx = inputIndex.get(key);
        if (idx == null) {
            throw new IllegalArgumentException("«" + where + "» reads unknown input «" + key + "»");
        }
        return idx;
    }

    private List<String> compileFormula(int node, Rule.Formula formula) {
        Formulas.Check check = Formulas.check(formula.expression());
        if (!check.ok()) {
            throw new IllegalArgumentException("formula of «" + nodes[node].key() + "»: " + check.error());
        }
        List<Formulas.GroupAggregate> used = new ArrayList<>();
        formulas[node] = new Expression(Formulas.rewrite(formula.expression(), used), Formulas.CONFIGURATION);
        used.stream().filter(a -> !aggregates.contains(a)).forEach(aggregates::add);
        return check.allInputs();
    }

    // ---------------------------------------------------------------- scoring a group

    /** Scores every unit of the target group, then ranks them. */
    public GroupResult score(List<UnitInputs> units) {
        List<UnitState> states = units.stream().map(this::prepare).toList();
        GroupValues group = groupValues(states);
        List<UnitResult> results = new ArrayList<>(states.size());
        for (UnitState state : states) {
            results.add(evaluate(state, group));
        }
        return new GroupResult(ScoringEngine.VERSION, appendix.id(), rank(results));
    }

    /** A unit's inputs checked and indexed, with its problems and not-applicable claims resolved. */
    private final class UnitState {
        final UnitInputs unit;
        final InputValue[] values = new InputValue[inputs.length];
        final String[] nodeError = new String[nodes.length];
        final byte[] applicability = new byte[nodes.length];
        final BigDecimal[] manual = new BigDecimal[nodes.length];
        final List<ScoringProblem> problems = new ArrayList<>();

        UnitState(UnitInputs unit) {
            this.unit = unit;
        }

        void error(int node, String inputKey, String message) {
            String key = node < 0 ? null : nodes[node].key();
            if (problems.stream().anyMatch(p -> java.util.Objects.equals(p.nodeKey(), key)
                    && p.message().equals(message))) {
                return;
            }
            problems.add(new ScoringProblem(ScoringProblem.Severity.ERROR, node < 0 ? null : nodes[node].key(),
                    inputKey, message));
            if (node >= 0 && nodeError[node] == null) {
                nodeError[node] = message;
            }
        }

        void inputError(int input, String message) {
            for (int reader : readersOfInput[input]) {
                error(reader, inputs[input].key(), message);
            }
            if (readersOfInput[input].length == 0) {
                error(-1, inputs[input].key(), message);
            }
            values[input] = null;
        }
    }

    private UnitState prepare(UnitInputs unit) {
        UnitState state = new UnitState(unit);
        // in the appendix's order, so that problems come out in the same order however the inputs were given
        Map<String, InputValue> given = unit.inputs();
        for (int idx = 0; idx < inputs.length; idx++) {
            InputValue value = given.get(inputs[idx].key());
            if (value == null) {
                continue;
            }
            String problem = InputChecks.problem(inputs[idx], value);
            if (problem != null) {
                state.inputError(idx, problem);
            } else {
                state.values[idx] = value;
            }
        }
        if (given.size() > 0) {
            given.keySet().stream().filter(key -> !inputIndex.containsKey(key)).sorted().forEach(key ->
                    state.problems.add(new ScoringProblem(ScoringProblem.Severity.WARNING, null, key,
                            "Số liệu «" + key + "» không có trong " + appendix.id() + " nên bị bỏ qua")));
        }
        checkConstraints(state, appendix.constraints());
        for (CriterionNode node : nodes) {
            checkConstraints(state, node.constraints());
        }
        for (String claim : new java.util.TreeSet<>(unit.notApplicable())) {
            Integer idx = nodeIndex.get(claim);
            if (idx == null) {
                state.error(-1, null, "Không có tiêu chí «" + claim + "» trong " + appendix.id()
                        + " để đánh dấu không áp dụng");
            } else if (nodes[idx].notApplicable() == NotApplicablePolicy.NOT_ALLOWED) {
                state.error(idx, null, "Tiêu chí " + claim + " không cho phép đánh dấu «không áp dụng»");
            } else {
                markNotApplicable(state, idx, nodes[idx].notApplicable() == NotApplicablePolicy.EXCLUDE
                        ? EXCLUDED : COUNTS_ZERO);
            }
        }
        for (Map.Entry<String, BigDecimal> entry : new java.util.TreeMap<>(unit.manualPoints()).entrySet()) {
            Integer idx = nodeIndex.get(entry.getKey());
            BigDecimal points = entry.getValue();
            if (idx == null) {
                state.error(-1, null, "Không có tiêu chí «" + entry.getKey() + "» để nhập điểm chấm tay");
            } else if (!(nodes[idx].rule() instanceof Rule.Manual)) {
                state.error(idx, null, "Tiêu chí " + entry.getKey() + " được tính theo quy tắc "
                        + nodes[idx].rule().typeName() + ", không nhập điểm chấm tay");
            } else if (points.signum() < 0 || points.compareTo(nodes[idx].maxPoints()) > 0) {
                state.error(idx, null, "Điểm chấm tay " + Numbers.plain(points) + " của tiêu chí " + entry.getKey()
                        + " phải từ 0 đến " + Numbers.plain(nodes[idx].maxPoints()));
            } else {
                state.manual[idx] = points;
            }
        }
        return state;
    }

    private void markNotApplicable(UnitState state, int node, byte how) {
        if (state.applicability[node] == APPLIES || how == EXCLUDED) {
            state.applicability[node] = how;
        }
        for (int child : children[node]) {
            markNotApplicable(state, child, how);
        }
    }

    private void checkConstraints(UnitState state, List<InputConstraint> constraints) {
        for (InputConstraint c : constraints) {
            BigDecimal left = operand(state, c.left());
            BigDecimal right = operand(state, c.right());
            if (left == null || right == null) {
                continue;
            }
            if (!c.comparison().holds(left.compareTo(right))) {
                String message = "Số liệu không hợp lệ: " + describe(c.left(), left) + " phải "
                        + c.comparison().symbol().replace("<=", "≤").replace(">=", "≥") + " "
                        + describe(c.right(), right);
                for (InputConstraint.Operand side : List.of(c.left(), c.right())) {
                    if (side.isInput()) {
                        state.inputError(inputIndex.get(side.inputKey()), message);
                    }
                }
            }
        }
    }

    private BigDecimal operand(UnitState state, InputConstraint.Operand operand) {
        if (!operand.isInput()) {
            return operand.literal();
        }
        Integer idx = inputIndex.get(operand.inputKey());
        if (idx == null) {
            throw new IllegalArgumentException("constraint reads unknown input «" + operand.inputKey() + "»");
        }
        return InputChecks.number(state.values[idx]);
    }

    private String describe(InputConstraint.Operand operand, BigDecimal value) {
        if (!operand.isInput()) {
            return Numbers.plain(value);
        }
        return "«" + inputs[inputIndex.get(operand.inputKey())].label() + "» (" + Numbers.plain(value) + ")";
    }

    /** Values that depend on the whole group: best values for normalised rules, and formula aggregates. */
    private record GroupValues(BigDecimal[] best, Map<String, BigDecimal> aggregates) {
    }

    private GroupValues groupValues(List<UnitState> states) {
        BigDecimal[] best = new BigDecimal[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i].rule() instanceof Rule.NormalizedToBest rule) {
                BigDecimal max = BigDecimal.ZERO;
                for (UnitState state : states) {
                    if (state.nodeError[i] != null || state.applicability[i] != APPLIES) {
                        continue;
                    }
                    BigDecimal v = normalizedValue(state, i, rule);
                    if (v != null && v.compareTo(max) > 0) {
                        max = v;
                    }
                }
                best[i] = max;
            }
        }
        Map<String, BigDecimal> values = new HashMap<>();
        for (Formulas.GroupAggregate aggregate : aggregates) {
            int idx = inputIndex.get(aggregate.input());
            List<BigDecimal> numbers = new ArrayList<>();
            for (UnitState state : states) {
                if (!readByAnApplicableNode(state, idx)) {
                    continue;
                }
                BigDecimal v = InputChecks.number(state.values[idx]);
                if (v != null) {
                    numbers.add(v);
                }
            }
            values.put(aggregate.variable(), aggregate(aggregate.function(), numbers));
        }
        return new GroupValues(best, values);
    }

    /** Whether the input counts for this unit: a unit's figure for a criterion that does not apply to it does not. */
    private boolean readByAnApplicableNode(UnitState state, int input) {
        if (readersOfInput[input].length == 0) {
            return true;
        }
        for (int reader : readersOfInput[input]) {
            if (state.applicability[reader] == APPLIES) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal aggregate(String function, List<BigDecimal> numbers) {
        if (numbers.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return switch (function) {
            case "MAX" -> numbers.stream().max(BigDecimal::compareTo).orElseThrow();
            case "MIN" -> numbers.stream().min(BigDecimal::compareTo).orElseThrow();
            case "SUM" -> numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            default -> numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(numbers.size()), MathContext.DECIMAL64);
        };
    }

    /** The value a normalised rule compares, or null when missing or not computable (zero denominator). */
    private BigDecimal normalizedValue(UnitState state, int node, Rule.NormalizedToBest rule) {
        BigDecimal value = InputChecks.number(state.values[ruleInputs[node][0]]);
        if (value == null || !rule.isRatio()) {
            return value;
        }
        BigDecimal denominator = InputChecks.number(state.values[ruleInputs[node][1]]);
        if (denominator == null || denominator.signum() == 0) {
            return null;
        }
        return value.divide(denominator, MathContext.DECIMAL64);
    }

    // ---------------------------------------------------------------- scoring one unit

    private UnitResult evaluate(UnitState state, GroupValues group) {
        NodeResult[] results = new NodeResult[nodes.length];
        List<String> missing = new ArrayList<>();
        for (int i = nodes.length - 1; i >= 0; i--) {
            results[i] = evaluateNode(state, group, i, results, missing);
        }
        List<ScoringProblem> problems = problemsAfterApplicability(state, results);
        boolean errors = problems.stream().anyMatch(ScoringProblem::isError);
        BigDecimal exactSum = BigDecimal.ZERO;
        BigDecimal roundedSum = BigDecimal.ZERO;
        BigDecimal applicableMax = BigDecimal.ZERO;
        for (int i = 0; i < nodes.length; i++) {
            if (depth[i] == 0) {
                NodeResult r = results[i];
                applicableMax = applicableMax.add(r.applicableMax());
                if (r.points() != null) {
                    exactSum = exactSum.add(r.exactPoints());
                    roundedSum = roundedSum.add(r.points());
                }
            }
        }
        BigDecimal treeTotal = errors ? null
                : rounding.sumOfRounded() ? rounding.apply(roundedSum) : rounding.apply(exactSum);
        List<AdjustmentResult> adjustments = adjustments(state);
        BigDecimal total = null;
        BigDecimal percent = null;
        BigDecimal normalized = null;
        Classification.Band band = null;
        if (treeTotal != null) {
            total = treeTotal;
            for (AdjustmentResult a : adjustments) {
                total = total.add(a.points());
            }
            if (total.signum() < 0) {
                total = BigDecimal.ZERO;
            }
            if (!appendix.adjustments().totalMayExceedMax() && total.compareTo(applicableMax) > 0) {
                total = applicableMax;
            }
            total = rounding.apply(total);
            if (applicableMax.signum() > 0) {
                percent = rounding.apply(total.multiply(HUNDRED).divide(applicableMax, MathContext.DECIMAL64));
                normalized = rounding.apply(total.multiply(appendix.totalPoints())
                        .divide(applicableMax, MathContext.DECIMAL64));
            }
        }
        Map<String, Integer> index = nodeIndex;
        UnitResult result = new UnitResult(state.unit.unitId(), List.of(results), index, treeTotal, adjustments,
                total, applicableMax, percent, normalized, null, null, problems, List.copyOf(missing));
        BigDecimal basisValue = result.value(appendix.classification().basis());
        if (basisValue != null) {
            band = appendix.classification().bandFor(basisValue).orElse(null);
        }
        return new UnitResult(result.unitId(), result.nodes(), index, treeTotal, adjustments, total, applicableMax,
                percent, normalized, band, null, result.problems(), result.missingInputs());
    }

    /**
     * The unit's problems, where a problem on a node that turned out not applicable is only a warning: the node does
     * not count, so its inputs cannot hold back the unit's total.
     */
    private List<ScoringProblem> problemsAfterApplicability(UnitState state, NodeResult[] results) {
        List<ScoringProblem> problems = new ArrayList<>(state.problems.size());
        for (ScoringProblem p : state.problems) {
            Integer node = p.nodeKey() == null ? null : nodeIndex.get(p.nodeKey());
            boolean notApplicable = node != null && p.isError()
                    && (results[node].status() == NodeStatus.NOT_APPLICABLE
                    || results[node].status() == NodeStatus.NOT_APPLICABLE_ZERO);
            problems.add(notApplicable ? new ScoringProblem(ScoringProblem.Severity.WARNING, p.nodeKey(),
                    p.inputKey(), p.message() + " (tiêu chí không áp dụng nên không tính)") : p);
        }
        return List.copyOf(problems);
    }

    private NodeResult evaluateNode(UnitState state, GroupValues group, int i, NodeResult[] results,
                                    List<String> missing) {
        CriterionNode node = nodes[i];
        BigDecimal max = node.maxPoints();
        if (state.applicability[i] == EXCLUDED) {
            return new NodeResult(node, depth[i], NodeStatus.NOT_APPLICABLE, BigDecimal.ZERO.setScale(
                    rounding.decimals()), BigDecimal.ZERO, BigDecimal.ZERO, Trace.of(Trace.Kind.NOT_APPLICABLE));
        }
        if (state.applicability[i] == COUNTS_ZERO) {
            BigDecimal applicableMax = max;
            if (node.rule().aggregatesChildren()) {
                // a child the unit also claimed under an "exclude" policy leaves this node's maximum too
                NodeResult fromChildren = aggregateChildren(i, results);
                if (fromChildren.status() == NodeStatus.NOT_APPLICABLE) {
                    return fromChildren;
                }
                applicableMax = fromChildren.applicableMax();
            }
            return new NodeResult(node, depth[i], NodeStatus.NOT_APPLICABLE_ZERO, BigDecimal.ZERO.setScale(
                    rounding.decimals()), BigDecimal.ZERO, applicableMax, Trace.of(Trace.Kind.NOT_APPLICABLE_ZERO));
        }
        if (state.nodeError[i] != null) {
            return new NodeResult(node, depth[i], NodeStatus.ERROR, null, null, max,
                    Trace.of(Trace.Kind.ERROR, state.nodeError[i]));
        }
        if (node.rule().aggregatesChildren()) {
            return aggregateChildren(i, results);
        }
        int[] read = ruleInputs[i];
        List<String> absent = null;
        for (int input : read) {
            if (state.values[input] == null && !(node.rule() instanceof Rule.Manual)) {
                if (absent == null) {
                    absent = new ArrayList<>();
                }
                absent.add(inputs[input].key());
            }
        }
        if (node.rule() instanceof Rule.Manual && state.manual[i] == null) {
            absent = List.of();
            missing.add(MANUAL_PREFIX + node.key());
        }
        if (absent != null) {
            missing.addAll(absent);
            return new NodeResult(node, depth[i], NodeStatus.MISSING_INPUT, BigDecimal.ZERO.setScale(
                    rounding.decimals()), BigDecimal.ZERO, max, Trace.of(Trace.Kind.MISSING, absent));
        }
        Outcome outcome;
        try {
            outcome = Rules.evaluate(node, inputs, state.values, read, state.manual[i], group.best()[i], formulas[i],
                    group.aggregates());
        } catch (FormulaFailure e) {
            state.error(i, null, e.getMessage());
            return new NodeResult(node, depth[i], NodeStatus.ERROR, null, null, max,
                    Trace.of(Trace.Kind.ERROR, e.getMessage()));
        }
        if (outcome.notApplicable()) {
            boolean exclude = node.notApplicable() == NotApplicablePolicy.EXCLUDE;
            return new NodeResult(node, depth[i], exclude ? NodeStatus.NOT_APPLICABLE : NodeStatus.NOT_APPLICABLE_ZERO,
                    BigDecimal.ZERO.setScale(rounding.decimals()), BigDecimal.ZERO,
                    exclude ? BigDecimal.ZERO : max, outcome.trace());
        }
        BigDecimal exact = outcome.points();
        return new NodeResult(node, depth[i], NodeStatus.SCORED, rounding.apply(exact), exact, max, outcome.trace());
    }

    private NodeResult aggregateChildren(int i, NodeResult[] results) {
        CriterionNode node = nodes[i];
        boolean best = node.rule() instanceof Rule.BestCaseOfAlternatives;
        BigDecimal exact = BigDecimal.ZERO;
        BigDecimal rounded = BigDecimal.ZERO;
        BigDecimal childMax = BigDecimal.ZERO;
        NodeResult bestChild = null;
        BigDecimal bestApplicableMax = BigDecimal.ZERO;
        boolean anyApplicable = false;
        boolean anyExcluded = false;
        for (int c : children[i]) {
            NodeResult child = results[c];
            if (child.status() == NodeStatus.ERROR) {
                return new NodeResult(node, depth[i], NodeStatus.ERROR, null, null, node.maxPoints(),
                        Trace.of(Trace.Kind.ERROR, "Tiêu chí con " + child.key() + " có lỗi"));
            }
            if (child.status() != NodeStatus.NOT_APPLICABLE) {
                anyApplicable = true;
                bestApplicableMax = bestApplicableMax.max(child.applicableMax());
            } else {
                anyExcluded = true;
            }
            childMax = childMax.add(child.applicableMax());
            if (best) {
                if (child.status() != NodeStatus.NOT_APPLICABLE && (bestChild == null
                        || child.exactPoints().compareTo(bestChild.exactPoints()) > 0)) {
                    bestChild = child;
                }
            } else {
                exact = exact.add(child.exactPoints());
                rounded = rounded.add(child.points());
            }
        }
        if (!anyApplicable) {
            return new NodeResult(node, depth[i], NodeStatus.NOT_APPLICABLE, BigDecimal.ZERO.setScale(
                    rounding.decimals()), BigDecimal.ZERO, BigDecimal.ZERO, Trace.of(Trace.Kind.NOT_APPLICABLE));
        }
        if (best) {
            // an excluded alternative cannot be reached, so the unit is measured against the best it can reach
            BigDecimal applicableMax = anyExcluded ? bestApplicableMax.min(node.maxPoints()) : node.maxPoints();
            return new NodeResult(node, depth[i], NodeStatus.SCORED, bestChild.points(), bestChild.exactPoints(),
                    applicableMax, Trace.of(Trace.Kind.BEST_OF, bestChild.key(), bestChild.points()));
        }
        BigDecimal cap = ((Rule.CompositeSum) node.rule()).cap();
        cap = cap == null ? node.maxPoints() : cap.min(node.maxPoints());
        BigDecimal sum = rounding.sumOfRounded() ? rounded : exact;
        BigDecimal points = sum.min(cap);
        BigDecimal applicableMax = childMax.min(node.maxPoints());
        return new NodeResult(node, depth[i], NodeStatus.SCORED, rounding.apply(points), points, applicableMax,
                Trace.of(Trace.Kind.SUM, rounding.apply(sum), sum.compareTo(cap) > 0 ? cap : null));
    }

    private List<AdjustmentResult> adjustments(UnitState state) {
        List<AdjustmentResult> out = new ArrayList<>();
        for (Adjustments.Item item : appendix.adjustments().items()) {
            BigDecimal count = InputChecks.number(state.values[inputIndex.get(item.input())]);
            if (count == null || count.signum() == 0) {
                continue;
            }
            BigDecimal amount = item.pointsPerUnit().multiply(count);
            if (item.cap() != null) {
                amount = amount.min(item.cap());
            }
            amount = rounding.apply(amount);
            BigDecimal signed = item.kind() == Adjustments.Kind.BONUS ? amount : amount.negate();
            String how = Numbers.plain(count) + " × " + Numbers.plain(item.pointsPerUnit())
                    + (item.cap() != null ? ", tối đa " + Numbers.plain(item.cap()) : "") + " → "
                    + (signed.signum() >= 0 ? "+" : "") + Numbers.fixed(signed, rounding.decimals());
            out.add(new AdjustmentResult(item, count, signed, how));
        }
        return out;
    }

    private List<UnitResult> rank(List<UnitResult> results) {
        Basis basis = appendix.ranking().basis();
        List<Integer> ranks = Ranker.rank(results, u -> {
            List<BigDecimal> keys = new ArrayList<>();
            keys.add(u.hasErrors() ? null : u.value(basis));
            for (int node : tieBreakNodes) {
                keys.add(u.nodes().get(node).points());
            }
            return keys;
        });
        List<UnitResult> ranked = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            ranked.add(results.get(i).withRank(ranks.get(i)));
        }
        return ranked;
    }

    /** A rule's result before rounding: points with their trace, or "not applicable" from a zero denominator. */
    record Outcome(BigDecimal points, Trace trace, boolean notApplicable) {
        static Outcome points(BigDecimal points, Trace trace) {
            return new Outcome(points, trace, false);
        }

        static Outcome notApplicable(Trace trace) {
            return new Outcome(null, trace, true);
        }
    }

    /** A formula that parsed but could not be evaluated for a unit (division by zero, a non-numeric result). */
    static final class FormulaFailure extends RuntimeException {
        FormulaFailure(String message) {
            super(message);
        }
    }

    static BigDecimal evaluateFormula(Expression expression, Map<String, Object> variables) {
        try {
            variables.forEach(expression::with);
            EvaluationValue value = expression.evaluate();
            if (value.isBooleanValue()) {
                return value.getBooleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
            }
            if (!value.isNumberValue()) {
                throw new FormulaFailure("Công thức không cho ra một số");
            }
            return value.getNumberValue();
        } catch (EvaluationException | ParseException | ArithmeticException e) {
            throw new FormulaFailure("Công thức không tính được: " + e.getMessage());
        }
    }

    static BigDecimal clamp(BigDecimal value, BigDecimal floor, BigDecimal max) {
        return value.max(floor).min(max);
    }

    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 10, RoundingMode.HALF_UP);
    }
}
