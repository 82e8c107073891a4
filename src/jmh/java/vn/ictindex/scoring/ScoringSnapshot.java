package vn.ictindex.scoring;

import vn.ictindex.criteria.CriteriaFormat;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything the engine says, as text, to check that an optimisation changes no result: two units scored on
 * {@code src/test/resources/criteria/every-rule.yaml} in full, then the generated group's first 20 units in full and a
 * SHA-256 of the full dump of all its units (every field, every node, both explanations). Compare the output before
 * and after a change with {@code diff}.
 *
 * <p>Problems are printed sorted: their order follows the iteration order of the unit's input map, which changes from
 * one JVM to the next.
 */
public final class ScoringSnapshot {

    private ScoringSnapshot() {
    }

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/scoring-snapshot.txt");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            String text = Files.readString(Path.of("src/test/resources/criteria/every-rule.yaml"));
            Appendix every = CriteriaFormat.read("every-rule.yaml", text).appendices().get(0);
            GroupResult small = ScoringEngine.score(every, everyRuleUnits());
            w.println("== every-rule.yaml");
            small.units().forEach(u -> dump(u, w::println));
            for (Rounding other : OTHER_ROUNDINGS) {
                w.println("== every-rule.yaml with " + other);
                ScoringEngine.score(withRounding(every, other), everyRuleUnits()).units()
                        .forEach(u -> dump(u, w::println));
            }

            Appendix appendix = SyntheticGroup.appendix();
            List<UnitInputs> units = SyntheticGroup.units(appendix);
            GroupResult big = ScoringEngine.compile(appendix).score(units);
            w.println("== synthetic group: " + SyntheticGroup.describe(appendix, units));
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            int[] n = {0};
            for (UnitResult u : big.units()) {
                boolean print = n[0]++ < 20;
                dump(u, line -> {
                    sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
                    if (print) {
                        w.println(line);
                    }
                });
            }
            w.println("== sha-256 of the full dump of " + big.units().size() + " units: "
                    + HexFormat.of().formatHex(sha.digest()));
            for (Rounding other : OTHER_ROUNDINGS) {
                GroupResult again = ScoringEngine.score(withRounding(appendix, other), units.subList(0, 2_000));
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                again.units().forEach(u -> dump(u,
                        line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8))));
                w.println("== sha-256 of the first 2,000 units with " + other + ": "
                        + HexFormat.of().formatHex(digest.digest()));
            }
        }
        System.out.println("written " + out);
    }

    /** Roundings other than the default, for the paths that add exact points or round to other scales. */
    static final List<Rounding> OTHER_ROUNDINGS = List.of(
            new Rounding(2, java.math.RoundingMode.HALF_UP, false),
            new Rounding(0, java.math.RoundingMode.HALF_EVEN, true),
            new Rounding(4, java.math.RoundingMode.DOWN, true));

    static Appendix withRounding(Appendix a, Rounding rounding) {
        return new Appendix(a.id(), a.title(), a.titleEn(), a.targetGroup(), a.totalPoints(), rounding,
                a.classification(), a.ranking(), a.inputs(), a.constraints(), a.groups(), a.adjustments());
    }

    static List<UnitInputs> everyRuleUnits() {
        Map<String, InputValue> full = new java.util.LinkedHashMap<>();
        full.put("staff_total", InputValue.of(25));
        full.put("late_submissions", InputValue.of(1));
        full.put("staff_with_pc", InputValue.of(23));
        full.put("edocs", InputValue.of(700));
        full.put("docs_total", InputValue.of(1000));
        full.put("bandwidth", InputValue.of("37.5"));
        full.put("tslcd", InputValue.of(true));
        full.put("meetings", InputValue.of(3));
        full.put("apps", new InputValue.ItemsValue(List.of("QLVB", "Một cửa", "Email")));
        full.put("rule_docs", InputValue.of(true));
        full.put("rule_security", InputValue.of(false));
        full.put("head_role", new InputValue.ChoiceValue("vice"));
        full.put("incidents", InputValue.of(1));
        full.put("server_room", InputValue.of(false));
        full.put("rented_dc", InputValue.of(true));
        full.put("plan_issued", InputValue.of(true));
        full.put("days_late", InputValue.of(12));
        Map<String, InputValue> partial = new java.util.LinkedHashMap<>();
        partial.put("staff_total", InputValue.of(40));
        partial.put("late_submissions", InputValue.of(3));
        partial.put("staff_with_pc", InputValue.of(41));
        partial.put("edocs", InputValue.of(950));
        partial.put("docs_total", InputValue.of(1000));
        partial.put("tslcd", InputValue.of(false));
        partial.put("meetings", InputValue.of(0));
        partial.put("apps", new InputValue.ItemsValue(List.of()));
        partial.put("rule_docs", InputValue.of(true));
        partial.put("head_role", new InputValue.ChoiceValue("chairman"));
        partial.put("incidents", InputValue.of(4));
        partial.put("server_room", InputValue.of(true));
        partial.put("rented_dc", InputValue.of(true));
        partial.put("plan_issued", InputValue.of(true));
        partial.put("days_late", InputValue.of(45));
        Map<String, InputValue> fine = new java.util.LinkedHashMap<>(partial);
        fine.put("staff_with_pc", InputValue.of(39));
        fine.put("rule_security", InputValue.of(true));
        fine.put("bandwidth", InputValue.of("12.25"));
        return List.of(
                new UnitInputs("U1", full, Set.of(), Map.of("C2", new BigDecimal("3.5"))),
                new UnitInputs("U2", partial, Set.of("A3"), Map.of()),
                new UnitInputs("U3", fine, Set.of(), Map.of("C2", new BigDecimal("4.75"))));
    }

    static void dump(UnitResult u, Consumer<String> out) {
        out.accept("unit " + u.unitId() + " treeTotal=" + u.treeTotal() + " total=" + u.total() + " applicableMax="
                + u.applicableMax() + " percent=" + u.percent() + " normalized=" + u.normalized() + " band="
                + u.classificationLabel() + " rank=" + u.rank() + " hasErrors=" + u.hasErrors() + " complete="
                + u.isComplete() + " missing=" + u.missingInputs());
        u.adjustments().forEach(a -> out.accept("  adj " + a.item().key() + " count=" + a.count() + " points="
                + a.points() + " | " + a.explanation()));
        u.problems().stream().map(p -> "  problem " + p).sorted().forEach(out);
        for (NodeResult r : u.nodes()) {
            out.accept("  " + r.key() + " d" + r.depth() + " " + r.status() + " points=" + r.points() + " exact="
                    + r.exactPoints() + " max=" + r.applicableMax() + " | " + r.explain() + " | "
                    + r.explain(Trace.Language.EN));
        }
        u.nodeIndex().forEach((k, i) -> {
            if (!u.node(k).orElseThrow().key().equals(k)) {
                out.accept("  BAD INDEX " + k);
            }
        });
    }
}
