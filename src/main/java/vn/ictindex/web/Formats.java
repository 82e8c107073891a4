package vn.ictindex.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Number and date formatting for templates ({@code ${@formats.points(x)}}): dd/MM/yyyy dates and a decimal comma in
 * Vietnamese; the same in English except for the decimal point.
 */
@Component("formats")
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    /** dd/MM/yyyy HH:mm in Vietnam's time zone. */
    public String dateTime(java.time.Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(VIETNAM));
    }

    /** Points with two decimals: 13,80. */
    public String points(BigDecimal value) {
        return number(value, 2);
    }

    public String number(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                symbols(LocaleContextHolder.getLocale()));
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    private static DecimalFormatSymbols symbols(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        boolean english = "en".equals(locale.getLanguage());
        symbols.setDecimalSeparator(english ? '.' : ',');
        symbols.setGroupingSeparator(english ? ',' : '.');
        return symbols;
    }
}
