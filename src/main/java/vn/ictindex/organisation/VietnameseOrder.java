package vn.ictindex.organisation;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Vietnamese alphabetical order for names: Đ after D, Ư after U, tones after the base letter. */
public final class VietnameseOrder {

    private static final Collator COLLATOR = Collator.getInstance(Locale.forLanguageTag("vi-VN"));

    private VietnameseOrder() {
    }

    public static <T> Comparator<T> by(java.util.function.Function<T, String> name) {
        return (a, b) -> {
            synchronized (COLLATOR) {
                return COLLATOR.compare(name.apply(a), name.apply(b));
            }
        };
    }
}
