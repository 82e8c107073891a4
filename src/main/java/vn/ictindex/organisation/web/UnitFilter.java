package vn.ictindex.organisation.web;

import vn.ictindex.organisation.Unit;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The list's filter: kind, default appendix, and words to find in the code, name or short name. Words match without
 * accents or case, so that "so tu phap" finds "Sở Tư pháp".
 */
record UnitFilter(String kind, String appendix, String q) {

    boolean matches(Unit u) {
        if (!Typed.blank(kind) && !u.kind().name().equals(kind)) {
            return false;
        }
        if (!Typed.blank(appendix) && !appendix.equals(u.defaultAppendix())) {
            return false;
        }
        if (Typed.blank(q)) {
            return true;
        }
        String haystack = fold(u.code() + " " + u.name() + " " + (u.shortName() == null ? "" : u.shortName()));
        return Arrays.stream(fold(q).split("\\s+")).filter(w -> !w.isEmpty()).allMatch(haystack::contains);
    }

    boolean active() {
        return !Typed.blank(kind) || !Typed.blank(appendix) || !Typed.blank(q);
    }

    /** Lower case without tone marks or diacritics; đ becomes d. */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
