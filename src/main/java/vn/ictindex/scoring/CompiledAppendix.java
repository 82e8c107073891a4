package vn.ictindex.scoring;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.ParseException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;

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
    /** Each input's limits, read once for the checks every unit's value goes through. */
    private final InputChecks.Acceptance[] acceptance;
    /** The input each adjustment counts, in the appendix's order of adjustments. */
    private final int[] adjustmentInputs;
    private final Expression[] formulas;
    /** Formulas as rewritten for the evaluator, to parse afresh when a trace is read (an expression is stateful). */
    private final String[] formulaSources;
    /** A sum's cap in whole units of the last decimal place, or {@link #NO_POINTS} when it has more decimals. */
    private final long[] capUnscaled;
    /** A sum's applicable maximum when every child keeps its full maximum (the common case). */
    private final BigDecimal[] fullChildMax;
    /** A node's applicable maximum when nothing under it is excluded: its full child maxima, or its own maximum. */
    private final BigDecimal[] defaultMax;
    private final List<Formulas.GroupAggregate> aggregates = new ArrayList<>();
    private final int[] tieBreakNodes;
    /** A leaf's points without BigDecimal arithmetic, where its exact points are never read; otherwise null. */
    private final RoundedLeaf[] roundedLeaves;
    private final boolean wholeNumbers;
    /** Rule kinds per node, read once per node and unit while scoring (an interface call each otherwise). */
    private final boolean[] aggregating;
    private final boolean[] bestOf;
    private final boolean[] manualRule;
    /** The appendix's constraints, then each node's in document order, with the inputs they compare. */
    private final InputConstraint[] constraints;
    private final int[][] constraintInputs;

    CompiledAppendix(Appendix appendix) {
        this(appendix, true);
    }

    /**
     * @param wholeNumbers whether leaves and totals may be computed in whole numbers ({@link RoundedLeaf}) where that
     *                     agrees with {@link Rules}; false only for the test that compares the two paths
     */
    CompiledAppendix(Appendix appendix, boolean wholeNumbers) {
        this.appendix = appendix;
        this.wholeNumbers = wholeNumbers;
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
        formulaSources = new String[nodes.length];
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
        acceptance = new InputChecks.Acceptance[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            acceptance[i] = new InputChecks.Acceptance(inputs[i]);
        }
        boolean[] readByAdjustment = new boolean[inputs.length];
        adjustmentInputs = appendix.adjustments().items().stream()
                .mapToInt(item -> requireInput(item.input(), item.key())).toArray();
        for (int input : adjustmentInputs) {
            readByAdjustment[input] = true;
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
        capUnscaled = new long[nodes.length];
        fullChildMax = new BigDecimal[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            capUnscaled[i] = NO_POINTS;
            if (nodes[i].rule() instanceof Rule.CompositeSum) {
                try {
                    capUnscaled[i] = cap(i).setScale(rounding.decimals(), RoundingMode.UNNECESSARY)
                            .movePointRight(rounding.decimals()).longValueExact();
                } catch (ArithmeticException moreDecimalsThanTheAppendix) {
                    capUnscaled[i] = NO_POINTS;
                }
                BigDecimal full = BigDecimal.ZERO;
                for (int c : children[i]) {
                    full = full.add(nodes[c].maxPoints());
                }
                fullChildMax[i] = full.min(nodes[i].maxPoints());
            }
        }
        defaultMax = new BigDecimal[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            defaultMax[i] = fullChildMax[i] != null ? fullChildMax[i] : nodes[i].maxPoints();
        }
        List<InputConstraint> allConstraints = new ArrayList<>(appendix.constraints());
        for (CriterionNode node : nodes) {
            allConstraints.addAll(node.constraints());
        }
        constraints = allConstraints.toArray(new InputConstraint[0]);
        constraintInputs = new int[constraints.length][];
        for (int k = 0; k < constraints.length; k++) {
            constraintInputs[k] = new int[]{constraintInput(constraints[k].left()),
                    constraintInput(constraints[k].right())};
        }
        aggregating = new boolean[nodes.length];
        bestOf = new boolean[nodes.length];
        manualRule = new boolean[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            aggregating[i] = nodes[i].rule().aggregatesChildren();
            bestOf[i] = nodes[i].rule() instanceof Rule.BestCaseOfAlternatives;
            manualRule[i] = nodes[i].rule() instanceof Rule.Manual;
        }
        roundedLeaves = new RoundedLeaf[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            if (wholeNumbers && !aggregating[i] && !exactPointsRead(i)) {
                roundedLeaves[i] = roundedLeaf(i);
            }
        }
        tieBreakNodes = appendix.ranking().tieBreak().stream().mapToInt(key -> {
            Integer idx = nodeIndex.get(key);
            if (idx == null) {
                throw new IllegalArgumentException("tie-break names unknown node «" + key + "»");
            }
            return idx;
        }).toArray();
    }

    /**
     * Whether scoring reads a node's exact points: when sums add exact points, or when its parent picks the best of
     * its alternatives by them. Otherwise only its rounded points count.
     */
    private boolean exactPointsRead(int node) {
        if (!rounding.sumOfRounded()) {
            return true;
        }
        for (int parent = 0; parent < nodes.length; parent++) {
            for (int child : children[parent]) {
                if (child == node) {
                    return nodes[parent].rule() instanceof Rule.BestCaseOfAlternatives;
                }
            }
        }
        return false;
    }

    /** The fast form of a leaf, its tables filled by {@link Rules} itself. */
    private RoundedLeaf roundedLeaf(int node) {
        int[] inOrder = java.util.stream.IntStream.range(0, ruleInputs[node].length).toArray();
        return RoundedLeaf.of(nodes[node], rounding, given -> Rules.evaluate(nodes[node], inputs, given, inOrder,
                null, null, null, Map.of(), false).points());
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
        formulaSources[node] = Formulas.rewrite(formula.expression(), used);
        formulas[node] = new Expression(formulaSources[node], Formulas.CONFIGURATION);
        used.stream().filter(a -> !aggregates.contains(a)).forEach(aggregates::add);
        return check.allInputs();
    }

    // ---------------------------------------------------------------- scoring a group

    /** Scores every unit of the target group, then ranks them. */
    public GroupResult score(List<UnitInputs> units) {
        List<UnitState> states = new ArrayList<>(units.size());
        for (UnitInputs unit : units) {
            states.add(prepare(unit));
        }
        GroupValues group = groupValues(states);
        List<UnitResult> results = new ArrayList<>(states.size());
        Scratch scratch = new Scratch();
        for (int k = 0; k < states.size(); k++) {
            results.add(evaluate(states.get(k), group, scratch));
            // a scored unit's checked inputs are garbage now: a collection during the rest need not copy them
            states.set(k, null);
        }
        return new GroupResult(ScoringEngine.VERSION, appendix.id(), rank(results));
    }

    /**
     * A unit's inputs checked and indexed, with its problems and not-applicable claims resolved. It lives only while
     * the group is scored, and again when someone reads a unit's nodes; the arrays most units never need (errors,
     * not-applicable claims, manual points) are allocated on first use.
     */
    private final class UnitState {
        final UnitInputs unit;
        final InputValue[] values = new InputValue[inputs.length];
        private String[] nodeError;
        private byte[] applicability;
        private BigDecimal[] manual;
        final List<ScoringProblem> problems = new ArrayList<>(0);

        UnitState(UnitInputs unit) {
            this.unit = unit;
        }

        String nodeError(int node) {
            return nodeError == null ? null : nodeError[node];
        }

        byte applicability(int node) {
            return applicability == null ? APPLIES : applicability[node];
        }

        void applicability(int node, byte how) {
            if (applicability == null) {
                applicability = new byte[nodes.length];
            }
            applicability[node] = how;
        }

        BigDecimal manual(int node) {
            return manual == null ? null : manual[node];
        }

        void manual(int node, BigDecimal points) {
            if (manual == null) {
                manual = new BigDecimal[nodes.length];
            }
            manual[node] = points;
        }

        void error(int node, String inputKey, String message) {
            String key = node < 0 ? null : nodes[node].key();
            if (problems.stream().anyMatch(p -> java.util.Objects.equals(p.nodeKey(), key)
                    && p.message().equals(message))) {
                return;
            }
            problems.add(new ScoringProblem(ScoringProblem.Severity.ERROR, node < 0 ? null : nodes[node].key(),
                    inputKey, message));
            if (node >= 0 && nodeError(node) == null) {
                if (nodeError == null) {
                    nodeError = new String[nodes.length];
                }
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
        // placed by walking the unit's map, whose table lies together in memory, and looking each key up in the
        // appendix's small index, rather than probing every unit's table for each of the appendix's keys
        Map<String, InputValue> given = unit.inputs();
        int known = 0;
        for (Map.Entry<String, InputValue> entry : given.entrySet()) {
            Integer idx = inputIndex.get(entry.getKey());
            if (idx != null) {
                state.values[idx] = entry.getValue();
                known++;
            }
        }
        // checked in the appendix's order, so that problems come out in the same order however the inputs were given
        for (int idx = 0; idx < inputs.length; idx++) {
            InputValue value = state.values[idx];
            if (value != null && !acceptance[idx].accepts(value)) {
                String problem = InputChecks.problem(inputs[idx], value);
                if (problem != null) {
                    state.inputError(idx, problem);
                }
            }
        }
        if (known < given.size()) {
            given.keySet().stream().filter(key -> !inputIndex.containsKey(key)).sorted().forEach(key ->
                    state.problems.add(new ScoringProblem(ScoringProblem.Severity.WARNING, null, key,
                            "Số liệu «" + key + "» không có trong " + appendix.id() + " nên bị bỏ qua")));
        }
        checkConstraints(state);
        for (String claim : unit.notApplicable().isEmpty() ? Set.<String>of()
                : new java.util.TreeSet<>(unit.notApplicable())) {
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
        // sorted, so that problems come out in the same order on every machine (most units have none)
        Set<Map.Entry<String, BigDecimal>> judged = unit.manualPoints().isEmpty() ? Set.of()
                : new java.util.TreeMap<>(unit.manualPoints()).entrySet();
        for (Map.Entry<String, BigDecimal> entry : judged) {
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
                state.manual(idx, points);
            }
        }
        return state;
    }

    private void markNotApplicable(UnitState state, int node, byte how) {
        if (state.applicability(node) == APPLIES || how == EXCLUDED) {
            state.applicability(node, how);
        }
        for (int child : children[node]) {
            markNotApplicable(state, child, how);
        }
    }

    private void checkConstraints(UnitState state) {
        for (int k = 0; k < constraints.length; k++) {
            InputConstraint c = constraints[k];
            BigDecimal left = operand(state, c.left(), constraintInputs[k][0]);
            BigDecimal right = operand(state, c.right(), constraintInputs[k][1]);
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

    private static BigDecimal operand(UnitState state, InputConstraint.Operand operand, int input) {
        return operand.isInput() ? InputChecks.number(state.values[input]) : operand.literal();
    }

    /** The index of an input a constraint compares, or -1 for a literal. */
    private int constraintInput(InputConstraint.Operand operand) {
        if (!operand.isInput()) {
            return -1;
        }
        Integer idx = inputIndex.get(operand.inputKey());
        if (idx == null) {
            throw new IllegalArgumentException("constraint reads unknown input «" + operand.inputKey() + "»");
        }
        return idx;
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
                // the figures of the unit that set max, to skip the division for a unit whose exact ratio is not
                // above them: rounding to 16 digits never reverses an order, so its rounded ratio cannot be either
                BigDecimal bestNumerator = null;
                BigDecimal bestDenominator = null;
                for (UnitState state : states) {
                    if (state.nodeError(i) != null || state.applicability(i) != APPLIES) {
                        continue;
                    }
                    if (rule.isRatio() && bestNumerator != null && !exceeds(state, i, bestNumerator, bestDenominator)) {
                        continue;
                    }
                    BigDecimal v = normalizedValue(state, i, rule);
                    if (v != null && v.compareTo(max) > 0) {
                        max = v;
                        if (rule.isRatio()) {
                            bestNumerator = InputChecks.number(state.values[ruleInputs[i][0]]);
                            bestDenominator = InputChecks.number(state.values[ruleInputs[i][1]]);
                            if (bestDenominator.signum() < 0) {
                                // the comparison without dividing needs positive denominators
                                bestNumerator = null;
                            }
                        }
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
            if (state.applicability(reader) == APPLIES) {
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

    /**
     * Whether the unit's ratio a / b of a normalised node may exceed {@code numerator / denominator} (both positive):
     * compared as {@code a × denominator > numerator × b} when b is positive, without dividing.
     */
    private boolean exceeds(UnitState state, int node, BigDecimal numerator, BigDecimal denominator) {
        BigDecimal a = InputChecks.number(state.values[ruleInputs[node][0]]);
        BigDecimal b = InputChecks.number(state.values[ruleInputs[node][1]]);
        if (a == null || b == null || b.signum() <= 0) {
            return true;
        }
        return a.multiply(denominator).compareTo(numerator.multiply(b)) > 0;
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

    private static final NodeStatus[] STATUSES = NodeStatus.values();
    private static final byte SCORED = (byte) NodeStatus.SCORED.ordinal();
    private static final byte NOT_APPLICABLE = (byte) NodeStatus.NOT_APPLICABLE.ordinal();
    private static final byte NOT_APPLICABLE_ZERO = (byte) NodeStatus.NOT_APPLICABLE_ZERO.ordinal();
    private static final byte MISSING_INPUT = (byte) NodeStatus.MISSING_INPUT.ordinal();
    private static final byte ERROR = (byte) NodeStatus.ERROR.ordinal();
    /** Stored rounded points of a node in error (it has none). */
    private static final long NO_POINTS = Long.MIN_VALUE;

    /**
     * The points of the unit being scored, node by node; reused from one unit to the next so that scoring a group
     * allocates per unit only what the result keeps.
     */
    private final class Scratch {
        final byte[] status = new byte[nodes.length];
        /** Rounded points as whole units of the last decimal place, or {@link #NO_POINTS}. */
        final long[] points = new long[nodes.length];
        /** Exact points; null for a sum of rounded parts, whose exact points are its rounded ones. */
        final BigDecimal[] exact = new BigDecimal[nodes.length];
        final BigDecimal[] max = new BigDecimal[nodes.length];
        /** Each formula node's evaluator for this scoring, null for other nodes. */
        final FormulaEvaluator[] formulas = new FormulaEvaluator[nodes.length];

        Scratch() {
            for (int i = 0; i < nodes.length; i++) {
                if (CompiledAppendix.this.formulas[i] != null) {
                    formulas[i] = new RememberedFormula(CompiledAppendix.this.formulas[i]);
                }
            }
        }

        void set(int i, byte s, long rounded, BigDecimal exactPoints, BigDecimal applicableMax) {
            status[i] = s;
            points[i] = rounded;
            exact[i] = exactPoints;
            max[i] = applicableMax;
        }

        BigDecimal exact(int i) {
            return exact[i] != null ? exact[i] : BigDecimal.valueOf(points[i], rounding.decimals());
        }
    }

    /** Stored int points of a node in error. */
    private static final int NO_INT_POINTS = Integer.MIN_VALUE;

    /** A copy of rounded points as ints, or null when one does not fit. */
    private static int[] narrow(long[] points) {
        int[] narrow = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            long p = points[i];
            if (p == NO_POINTS) {
                narrow[i] = NO_INT_POINTS;
            } else if (p > Integer.MIN_VALUE && p <= Integer.MAX_VALUE) {
                narrow[i] = (int) p;
            } else {
                return null;
            }
        }
        return narrow;
    }

    /** A copy of a unit's applicable maxima, or null when each is its node's {@link #defaultMax}. */
    private BigDecimal[] maximaIfNotDefault(BigDecimal[] max) {
        for (int i = 0; i < max.length; i++) {
            if (max[i] != defaultMax[i]) {
                return max.clone();
            }
        }
        return null;
    }

    /** Rounded points in whole units of the last decimal place (the appendix's scale). */
    private long unscaled(BigDecimal rounded) {
        return rounded.movePointRight(rounding.decimals()).longValue();
    }

    private UnitResult evaluate(UnitState state, GroupValues group, Scratch s) {
        List<String> missing = new ArrayList<>();
        for (int i = nodes.length - 1; i >= 0; i--) {
            scoreNode(state, group, i, s, missing);
        }
        List<ScoringProblem> problems = problemsAfterApplicability(state, s.status);
        boolean errors = problems.stream().anyMatch(ScoringProblem::isError);
        BigDecimal exactSum = BigDecimal.ZERO;
        long roundedSum = 0;
        BigDecimal applicableMax = BigDecimal.ZERO;
        for (int i = 0; i < nodes.length; i++) {
            if (depth[i] == 0) {
                applicableMax = applicableMax.add(s.max[i]);
                if (s.points[i] != NO_POINTS) {
                    if (!rounding.sumOfRounded()) {
                        exactSum = exactSum.add(s.exact(i));
                    }
                    roundedSum += s.points[i];
                }
            }
        }
        BigDecimal treeTotal = errors ? null : rounding.sumOfRounded()
                ? BigDecimal.valueOf(roundedSum, rounding.decimals()) : rounding.apply(exactSum);
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
                percent = share(total, HUNDRED, applicableMax);
                normalized = share(total, appendix.totalPoints(), applicableMax);
            }
        }
        List<NodeResult> nodeResults = new UnitNodes(state.unit, group, s.status.clone(), s.points,
                maximaIfNotDefault(s.max));
        Map<String, Integer> index = nodeIndex;
        UnitResult result = new UnitResult(state.unit.unitId(), nodeResults, index, treeTotal, adjustments,
                total, applicableMax, percent, normalized, null, null, problems, List.copyOf(missing));
        BigDecimal basisValue = result.value(appendix.classification().basis());
        if (basisValue != null) {
            band = appendix.classification().bandFor(basisValue).orElse(null);
        }
        return new UnitResult(result.unitId(), nodeResults, index, treeTotal, adjustments, total, applicableMax,
                percent, normalized, band, null, result.problems(), result.missingInputs());
    }

    /** {@code total × scale / applicableMax}, divided to 16 digits and rounded; in whole numbers when they agree. */
    private BigDecimal share(BigDecimal total, BigDecimal scale, BigDecimal applicableMax) {
        BigDecimal fast = wholeNumbers ? RoundedLeaf.roundedQuotient(total, scale, applicableMax, rounding) : null;
        return fast != null ? fast
                : rounding.apply(total.multiply(scale).divide(applicableMax, MathContext.DECIMAL64));
    }

    /**
     * The unit's problems, where a problem on a node that turned out not applicable is only a warning: the node does
     * not count, so its inputs cannot hold back the unit's total.
     */
    private List<ScoringProblem> problemsAfterApplicability(UnitState state, byte[] status) {
        List<ScoringProblem> problems = new ArrayList<>(state.problems.size());
        for (ScoringProblem p : state.problems) {
            Integer node = p.nodeKey() == null ? null : nodeIndex.get(p.nodeKey());
            boolean notApplicable = node != null && p.isError()
                    && (status[node] == NOT_APPLICABLE || status[node] == NOT_APPLICABLE_ZERO);
            problems.add(notApplicable ? new ScoringProblem(ScoringProblem.Severity.WARNING, p.nodeKey(),
                    p.inputKey(), p.message() + " (tiêu chí không áp dụng nên không tính)") : p);
        }
        return List.copyOf(problems);
    }

    /** A node's status and points (children are scored first); the trace is only built when someone reads it. */
    private void scoreNode(UnitState state, GroupValues group, int i, Scratch s, List<String> missing) {
        CriterionNode node = nodes[i];
        BigDecimal max = node.maxPoints();
        if (state.applicability(i) == EXCLUDED) {
            s.set(i, NOT_APPLICABLE, 0, BigDecimal.ZERO, BigDecimal.ZERO);
            return;
        }
        if (state.applicability(i) == COUNTS_ZERO) {
            BigDecimal applicableMax = max;
            if (aggregating[i]) {
                // a child the unit also claimed under an "exclude" policy leaves this node's maximum too
                aggregateChildren(i, s);
                if (s.status[i] == NOT_APPLICABLE) {
                    return;
                }
                applicableMax = s.max[i];
            }
            s.set(i, NOT_APPLICABLE_ZERO, 0, BigDecimal.ZERO, applicableMax);
            return;
        }
        if (state.nodeError(i) != null) {
            s.set(i, ERROR, NO_POINTS, null, max);
            return;
        }
        if (aggregating[i]) {
            aggregateChildren(i, s);
            return;
        }
        if (absentInputs(state, i, missing)) {
            s.set(i, MISSING_INPUT, 0, BigDecimal.ZERO, max);
            return;
        }
        if (roundedLeaves[i] != null) {
            long rounded = roundedLeaves[i].points(state.values, ruleInputs[i], group.best()[i]);
            if (rounded != RoundedLeaf.UNKNOWN) {
                s.set(i, SCORED, rounded, null, max);
                return;
            }
        }
        Outcome outcome;
        try {
            outcome = Rules.evaluate(node, inputs, state.values, ruleInputs[i], state.manual(i), group.best()[i],
                    s.formulas[i], group.aggregates(), false);
        } catch (FormulaFailure e) {
            state.error(i, null, e.getMessage());
            s.set(i, ERROR, NO_POINTS, null, max);
            return;
        }
        if (outcome.notApplicable()) {
            boolean exclude = node.notApplicable() == NotApplicablePolicy.EXCLUDE;
            s.set(i, exclude ? NOT_APPLICABLE : NOT_APPLICABLE_ZERO, 0, BigDecimal.ZERO,
                    exclude ? BigDecimal.ZERO : max);
            return;
        }
        BigDecimal exact = outcome.points();
        s.set(i, SCORED, unscaled(rounding.apply(exact)), exact, max);
    }

    /** Whether a leaf lacks what its rule reads; the keys go to {@code missing} (or nowhere when null). */
    private boolean absentInputs(UnitState state, int i, List<String> missing) {
        if (manualRule[i]) {
            if (state.manual(i) != null) {
                return false;
            }
            if (missing != null) {
                missing.add(MANUAL_PREFIX + nodes[i].key());
            }
            return true;
        }
        boolean absent = false;
        for (int input : ruleInputs[i]) {
            if (state.values[input] == null) {
                absent = true;
                if (missing != null) {
                    missing.add(inputs[input].key());
                }
            }
        }
        return absent;
    }

    private void aggregateChildren(int i, Scratch s) {
        CriterionNode node = nodes[i];
        boolean best = bestOf[i];
        BigDecimal exact = BigDecimal.ZERO;
        long rounded = 0;
        boolean fullMaxima = true;
        int bestChild = -1;
        BigDecimal bestExact = null;
        BigDecimal bestApplicableMax = BigDecimal.ZERO;
        boolean anyApplicable = false;
        boolean anyExcluded = false;
        for (int c : children[i]) {
            if (s.status[c] == ERROR) {
                s.set(i, ERROR, NO_POINTS, null, node.maxPoints());
                return;
            }
            if (s.status[c] != NOT_APPLICABLE) {
                anyApplicable = true;
                bestApplicableMax = bestApplicableMax.max(s.max[c]);
                if (best) {
                    BigDecimal childExact = s.exact(c);
                    if (bestChild < 0 || childExact.compareTo(bestExact) > 0) {
                        bestChild = c;
                        bestExact = childExact;
                    }
                }
            } else {
                anyExcluded = true;
            }
            fullMaxima &= s.max[c] == defaultMax[c];
            if (!best) {
                if (!rounding.sumOfRounded()) {
                    exact = exact.add(s.exact(c));
                }
                rounded += s.points[c];
            }
        }
        if (!anyApplicable) {
            s.set(i, NOT_APPLICABLE, 0, BigDecimal.ZERO, BigDecimal.ZERO);
            return;
        }
        if (best) {
            // an excluded alternative cannot be reached, so the unit is measured against the best it can reach
            BigDecimal applicableMax = anyExcluded ? bestApplicableMax.min(node.maxPoints()) : node.maxPoints();
            s.set(i, SCORED, s.points[bestChild], bestExact, applicableMax);
            return;
        }
        BigDecimal applicableMax = fullMaxima ? fullChildMax[i] : childMaxima(i, s);
        if (rounding.sumOfRounded() && capUnscaled[i] != NO_POINTS) {
            // a sum of rounded parts in whole units of the last place: no BigDecimal per addition
            s.set(i, SCORED, Math.min(rounded, capUnscaled[i]), null, applicableMax);
            return;
        }
        BigDecimal cap = cap(i);
        BigDecimal sum = rounding.sumOfRounded() ? BigDecimal.valueOf(rounded, rounding.decimals()) : exact;
        BigDecimal points = sum.min(cap);
        s.set(i, SCORED, unscaled(rounding.apply(points)), points, applicableMax);
    }

    private BigDecimal childMaxima(int i, Scratch s) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int c : children[i]) {
            sum = sum.add(s.max[c]);
        }
        return sum.min(nodes[i].maxPoints());
    }

    private BigDecimal cap(int i) {
        BigDecimal cap = ((Rule.CompositeSum) nodes[i].rule()).cap();
        return cap == null ? nodes[i].maxPoints() : cap.min(nodes[i].maxPoints());
    }

    // ---------------------------------------------------------------- reading a unit's nodes

    /** Exact points and the trace of one node, rebuilt from the unit's inputs when a result is read. */
    private record Explained(BigDecimal exact, Trace trace) {
    }

    /**
     * A unit's node results, stored as columns (status, rounded points, applicable maximum) and turned into
     * {@link NodeResult}s with their exact points and trace only when read: the engine's rules are deterministic, so
     * checking the unit's inputs and evaluating a node again gives the very numbers it was scored with, and a group
     * of thousands of units keeps about two kilobytes per unit instead of an object graph per node.
     */
    private final class UnitNodes extends AbstractList<NodeResult> implements RandomAccess {
        private final UnitInputs unit;
        private final GroupValues group;
        private final byte[] status;
        /** Rounded points as ints, which hold every real appendix's points; null when some do not fit. */
        private final int[] points;
        /** Rounded points as longs, only when {@link #points} is null. */
        private final long[] widePoints;
        /** Applicable maxima, or null when every node has its {@link #defaultMax} (a unit without N/A claims). */
        private final BigDecimal[] max;
        /** The unit's checked inputs, prepared again on the first read. */
        private volatile UnitState state;

        UnitNodes(UnitInputs unit, GroupValues group, byte[] status, long[] points, BigDecimal[] max) {
            int[] narrow = narrow(points);
            this.unit = unit;
            this.group = group;
            this.status = status;
            this.points = narrow;
            this.widePoints = narrow == null ? points.clone() : null;
            this.max = max;
        }

        private UnitState state() {
            UnitState prepared = state;
            if (prepared == null) {
                prepared = prepare(unit);
                state = prepared;
            }
            return prepared;
        }

        private BigDecimal max(int i) {
            return max == null ? defaultMax[i] : max[i];
        }

        @Override
        public int size() {
            return nodes.length;
        }

        @Override
        public NodeResult get(int i) {
            Objects.checkIndex(i, nodes.length);
            Explained explained = explain(i);
            return new NodeResult(nodes[i], depth[i], STATUSES[status[i]], points(i), explained.exact(), max(i),
                    explained.trace());
        }

        private BigDecimal points(int i) {
            long unscaled = points != null ? (points[i] == NO_INT_POINTS ? NO_POINTS : points[i]) : widePoints[i];
            return unscaled == NO_POINTS ? null : BigDecimal.valueOf(unscaled, rounding.decimals());
        }

        private Explained explain(int i) {
            UnitState state = state();
            if (state.applicability(i) == EXCLUDED
                    || (state.applicability(i) == COUNTS_ZERO && status[i] == NOT_APPLICABLE)) {
                return new Explained(BigDecimal.ZERO, Trace.of(Trace.Kind.NOT_APPLICABLE));
            }
            if (state.applicability(i) == COUNTS_ZERO) {
                return new Explained(BigDecimal.ZERO, Trace.of(Trace.Kind.NOT_APPLICABLE_ZERO));
            }
            if (state.nodeError(i) != null) {
                return new Explained(null, Trace.of(Trace.Kind.ERROR, state.nodeError(i)));
            }
            if (nodes[i].rule().aggregatesChildren()) {
                return explainChildren(i);
            }
            if (status[i] == MISSING_INPUT) {
                List<String> absent = new ArrayList<>();
                absentInputs(state, i, absent);
                absent.removeIf(key -> key.startsWith(MANUAL_PREFIX));
                return new Explained(BigDecimal.ZERO, Trace.of(Trace.Kind.MISSING, List.copyOf(absent)));
            }
            // parsed afresh: the scoring's expressions keep the variables of the last unit they evaluated
            FormulaEvaluator formula = formulaSources[i] == null ? null
                    : variables -> evaluateFormula(new Expression(formulaSources[i], Formulas.CONFIGURATION),
                    variables);
            Outcome outcome;
            try {
                outcome = Rules.evaluate(nodes[i], inputs, state.values, ruleInputs[i], state.manual(i),
                        group.best()[i], formula, group.aggregates(), true);
            } catch (FormulaFailure e) {
                // the failure scoring met and reported among the unit's problems
                return new Explained(null, Trace.of(Trace.Kind.ERROR, e.getMessage()));
            }
            return new Explained(outcome.notApplicable() ? BigDecimal.ZERO : outcome.points(), outcome.trace());
        }

        private Explained explainChildren(int i) {
            boolean best = nodes[i].rule() instanceof Rule.BestCaseOfAlternatives;
            BigDecimal exact = BigDecimal.ZERO;
            BigDecimal rounded = BigDecimal.ZERO;
            int bestChild = -1;
            BigDecimal bestExact = null;
            boolean anyApplicable = false;
            for (int c : children[i]) {
                if (status[c] == ERROR) {
                    return new Explained(null, Trace.of(Trace.Kind.ERROR,
                            "Tiêu chí con " + nodes[c].key() + " có lỗi"));
                }
                if (status[c] != NOT_APPLICABLE) {
                    anyApplicable = true;
                }
                if (best) {
                    if (status[c] != NOT_APPLICABLE) {
                        BigDecimal childExact = explain(c).exact();
                        if (bestChild < 0 || childExact.compareTo(bestExact) > 0) {
                            bestChild = c;
                            bestExact = childExact;
                        }
                    }
                } else {
                    if (!rounding.sumOfRounded()) {
                        exact = exact.add(explain(c).exact());
                    }
                    rounded = rounded.add(points(c));
                }
            }
            if (!anyApplicable) {
                return new Explained(BigDecimal.ZERO, Trace.of(Trace.Kind.NOT_APPLICABLE));
            }
            if (best) {
                return new Explained(bestExact, Trace.of(Trace.Kind.BEST_OF, nodes[bestChild].key(),
                        points(bestChild)));
            }
            BigDecimal cap = cap(i);
            BigDecimal sum = rounding.sumOfRounded() ? rounded : exact;
            return new Explained(sum.min(cap), Trace.of(Trace.Kind.SUM, rounding.apply(sum),
                    sum.compareTo(cap) > 0 ? cap : null));
        }
    }

    private List<AdjustmentResult> adjustments(UnitState state) {
        List<AdjustmentResult> out = new ArrayList<>();
        List<Adjustments.Item> items = appendix.adjustments().items();
        for (int k = 0; k < items.size(); k++) {
            Adjustments.Item item = items.get(k);
            BigDecimal count = InputChecks.number(state.values[adjustmentInputs[k]]);
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

    /** A node's formula, evaluated on the variables bound for one unit (its inputs, max_points, group aggregates). */
    interface FormulaEvaluator {
        BigDecimal evaluate(Map<String, Object> variables);
    }

    /**
     * A formula's results by the variables bound to it, for one scoring. Formulas are pure (the function allow-list
     * has no clock and no randomness) and units often bring the same few values (yes or no, a count of days late), so
     * each distinct set of values is evaluated once. Equal means equal to the scale: 2 and 2,0 are evaluated apart.
     */
    private static final class RememberedFormula implements FormulaEvaluator {
        /** Enough for every distinct set in a province's group; past it, a set is evaluated without being kept. */
        private static final int KEPT = 10_000;
        private final Expression expression;
        private final Map<Map<String, Object>, BigDecimal> results = new HashMap<>();

        RememberedFormula(Expression expression) {
            this.expression = expression;
        }

        @Override
        public BigDecimal evaluate(Map<String, Object> variables) {
            BigDecimal known = results.get(variables);
            if (known != null) {
                return known;
            }
            BigDecimal result = evaluateFormula(expression, variables);
            if (results.size() < KEPT) {
                // the map is the key: Rules makes a new one for every evaluation and does not change it afterwards
                results.put(variables, result);
            }
            return result;
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
