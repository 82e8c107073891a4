package vn.ictindex.assessment.evidence.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Reads a document date as a date input sends it (yyyy-MM-dd) or as a person types it (dd/MM/yyyy). */
final class EvidenceDates {

    static final String INVALID = "Ngày văn bản không hợp lệ; hãy nhập theo dạng ngày/tháng/năm (dd/mm/yyyy).";

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private EvidenceDates() {
    }

    /**
     * The date, or empty for a blank field.
     *
     * @throws IllegalArgumentException with a Vietnamese message when the text is not a date
     */
    static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            return Optional.of(s.contains("/") ? LocalDate.parse(s, TYPED) : LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(INVALID, e);
        }
    }
}
