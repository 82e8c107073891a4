package vn.ictindex.organisation.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as administrators type them: dd/MM/yyyy, leading zeros optional (1/7/2025), never a US month first. */
final class TypedDate {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private TypedDate() {
    }

    /** The day typed, or empty when the text is not a real date in that form (31/02/2025, 2025-07-01). */
    static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), TYPED));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String format(LocalDate day) {
        return day == null ? "" : day.format(SHOWN);
    }
}
