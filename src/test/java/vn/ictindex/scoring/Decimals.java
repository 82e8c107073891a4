package vn.ictindex.scoring;

import java.math.BigDecimal;

/** Turns the numbers written in tests (7, 429.99, "0.9") into exact decimals. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal dec(Number value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(value.longValue());
        }
        return new BigDecimal(value.toString());
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
