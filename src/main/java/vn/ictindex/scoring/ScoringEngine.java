package vn.ictindex.scoring;

import java.util.List;

/**
 * Entry point of the engine. {@code ScoringEngine.score(appendix, units)} scores a whole target group at once, which
 * group-relative rules need; {@link #compile(Appendix)} prepares an appendix once for repeated scoring.
 */
public final class ScoringEngine {

    /** Stamped on every result so that a stored snapshot says which engine produced it. */
    public static final String VERSION = "1.0.0";

    private ScoringEngine() {
    }

    public static GroupResult score(Appendix appendix, List<UnitInputs> units) {
        return compile(appendix).score(units);
    }

    /**
     * Prepares an appendix for scoring.
     *
     * @throws IllegalArgumentException if a rule reads an input or names a node that the appendix does not have, or a
     *                                  formula does not parse (the criteria validator reports these before loading)
     */
    public static CompiledAppendix compile(Appendix appendix) {
        return new CompiledAppendix(appendix);
    }
}
