package vn.ictindex.organisation.web;

import org.springframework.validation.Errors;

import java.time.LocalDate;

/** Reads typed form values into domain values, rejecting the field with a message code when a value does not fit. */
final class Typed {

    private Typed() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String text(String s) {
        return blank(s) ? null : s.strip();
    }

    /** A required text; rejects the field when it is blank or longer than {@code max}. */
    static String required(Errors errors, String field, String value, int max) {
        if (blank(value)) {
            errors.rejectValue(field, "unit.error.required", "Không được để trống");
            return null;
        }
        return optional(errors, field, value, max);
    }

    /** An optional text; rejects the field when it is longer than {@code max}. */
    static String optional(Errors errors, String field, String value, int max) {
        String text = text(value);
        if (text != null && text.length() > max) {
            errors.rejectValue(field, "unit.error.tooLong", new Object[]{max}, "Tối đa " + max + " ký tự");
        }
        return text;
    }

    /** An optional dd/MM/yyyy date; rejects the field when the text is not a date. */
    static LocalDate date(Errors errors, String field, String value) {
        if (blank(value)) {
            return null;
        }
        return TypedDate.parse(value).orElseGet(() -> {
            errors.rejectValue(field, "unit.error.date", "Ngày phải có dạng dd/MM/yyyy, ví dụ 01/07/2025");
            return null;
        });
    }

    /** An optional id chosen from a list; rejects the field when it is not a number. */
    static Long id(Errors errors, String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "unit.error.unknownUnit", "Không có đơn vị này");
            return null;
        }
    }

    /** A required choice among an enum's constants. */
    static <E extends Enum<E>> E choice(Errors errors, String field, String value, Class<E> type) {
        if (blank(value)) {
            errors.rejectValue(field, "unit.error.required", "Không được để trống");
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "unit.error.required", "Không được để trống");
            return null;
        }
    }
}
