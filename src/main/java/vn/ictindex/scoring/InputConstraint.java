package vn.ictindex.scoring;

import java.math.BigDecimal;

/**
 * A comparison that a unit's inputs must satisfy, such as {@code staff_with_pc <= staff_total}. Each side is an input
 * key or a number. A unit whose inputs break it gets an error on the nodes that read those inputs, never a score.
 */
public record InputConstraint(Operand left, Comparison comparison, Operand right) {

    /** An input key or a literal number. */
    public record Operand(String inputKey, BigDecimal literal) {
        public static Operand input(String key) {
            return new Operand(key, null);
        }

        public static Operand number(BigDecimal value) {
            return new Operand(null, value);
        }

        public boolean isInput() {
            return inputKey != null;
        }

        @Override
        public String toString() {
            return isInput() ? inputKey : literal.toPlainString();
        }
    }

    public enum Comparison {
        LESS("<"), LESS_OR_EQUAL("<="), EQUAL("=="), GREATER_OR_EQUAL(">="), GREATER(">");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean holds(int compareResult) {
            return switch (this) {
                case LESS -> compareResult < 0;
                case LESS_OR_EQUAL -> compareResult <= 0;
                case EQUAL -> compareResult == 0;
                case GREATER_OR_EQUAL -> compareResult >= 0;
                case GREATER -> compareResult > 0;
            };
        }

        public static Comparison ofSymbol(String symbol) {
            for (Comparison c : values()) {
                if (c.symbol.equals(symbol)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown comparison: " + symbol);
        }
    }

    @Override
    public String toString() {
        return left + " " + comparison.symbol() + " " + right;
    }
}
