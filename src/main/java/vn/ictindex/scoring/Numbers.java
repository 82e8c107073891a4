package vn.ictindex.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Vietnamese number formatting for traces and messages: decimal comma, dot as the thousands separator. */
public final class Numbers {

    private Numbers() {
    }

    /** The value with trailing zeros removed: 13,8 · 1.250 · 0,5. */
    public static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0, RoundingMode.UNNECESSARY);
        }
        return vietnamese(v.toPlainString());
    }

    /** The value with exactly {@code decimals} places: 13,80. */
    public static String fixed(BigDecimal value, int decimals) {
        return vietnamese(value.setScale(decimals, RoundingMode.HALF_UP).toPlainString());
    }

    private static String vietnamese(String plain) {
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : digits.substring(dot + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(',').append(fraction);
        }
        return (negative ? "−" : "") + out;
    }
}
