package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Points awarded by a tier, a choice or a checklist item: either fixed points or a fraction of the node's maximum.
 * A fraction rescales by itself when the maximum changes, which is how guides write "1/2 × điểm tối đa".
 */
public sealed interface Award {

    BigDecimal of(BigDecimal maxPoints);

    record Points(BigDecimal value) implements Award {
        @Override
        public BigDecimal of(BigDecimal maxPoints) {
            return value;
        }

        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    record FractionOfMax(BigInteger numerator, BigInteger denominator) implements Award {
        @Override
        public BigDecimal of(BigDecimal maxPoints) {
            return maxPoints.multiply(new BigDecimal(numerator))
                    .divide(new BigDecimal(denominator), MathContext.DECIMAL64);
        }

        @Override
        public String toString() {
            return numerator + "/" + denominator;
        }
    }
}
