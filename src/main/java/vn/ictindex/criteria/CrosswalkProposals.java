package vn.ictindex.criteria;

import vn.ictindex.criteria.Crosswalk.Entry;
import vn.ictindex.criteria.Crosswalk.Kind;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Proposes a crosswalk between two versions. A key found again is the same criterion (renamed if its name changed),
 * also when it moved to another appendix; a node of a new appendix maps from the same key of the appendix it most
 * resembles. Of the rest, an old and a new node with similar names are proposed as renamed, or as a split or a merge
 * when one old name resembles several new ones or the other way round; what still has no partner is removed or new.
 */
public final class CrosswalkProposals {

    /** Share of common words (syllables without diacritics) from which two names count as similar. */
    static final double SIMILAR = 0.6;

    private CrosswalkProposals() {
    }

    private record Ref(String appendixId, CriterionNode node) {
    }

    public static List<Entry> propose(CriteriaVersion from, CriteriaVersion to) {
        Map<String, Map<String, Ref>> old = index(from);
        Map<String, Map<String, Ref>> now = index(to);
        Map<Ref, List<Entry>> byOld = new LinkedHashMap<>();
        old.values().forEach(nodes -> nodes.values().forEach(r -> byOld.put(r, new ArrayList<>())));
        List<Entry> newEntries = new ArrayList<>();
        Set<Ref> oldLeft = new LinkedHashSet<>(byOld.keySet());
        List<Ref> nowLeft = new ArrayList<>();

        for (Appendix a : to.appendices()) {
            Map<String, Ref> sameAppendix = old.get(a.id());
            Map<String, Ref> resembled = sameAppendix != null ? null : mostResembling(old, now.get(a.id()));
            for (Ref t : now.get(a.id()).values()) {
                Ref f = sameAppendix != null ? sameAppendix.get(t.node().key())
                        : resembled == null ? null : resembled.get(t.node().key());
                if (f != null) {
                    byOld.get(f).add(entry(f, t, sameName(f, t) ? Kind.SAME : Kind.RENAMED,
                            sameAppendix != null ? null : "Phụ lục mới " + a.id() + ", cùng mã ở " + f.appendixId()));
                    oldLeft.remove(f);
                } else {
                    nowLeft.add(t);
                }
            }
        }
        // A key that left its appendix and appears in another: the node moved.
        for (Ref t : List.copyOf(nowLeft)) {
            oldLeft.stream().filter(f -> f.node().key().equals(t.node().key())).findFirst().ifPresent(f -> {
                byOld.get(f).add(entry(f, t, sameName(f, t) ? Kind.SAME : Kind.RENAMED,
                        "Chuyển từ " + f.appendixId() + " sang " + t.appendixId()));
                oldLeft.remove(f);
                nowLeft.remove(t);
            });
        }
        // Similar names: one to several is a split, several to one a merge, one to one a renaming under a new key.
        Map<Ref, List<Ref>> candidates = new LinkedHashMap<>();
        for (Ref f : oldLeft) {
            candidates.put(f, nowLeft.stream().filter(t -> similarity(f, t) >= SIMILAR)
                    .sorted(Comparator.comparingDouble((Ref t) -> -similarity(f, t))).toList());
        }
        Set<Ref> usedNew = new HashSet<>();
        for (Ref f : oldLeft) {
            List<Ref> mine = candidates.get(f).stream().filter(t -> !usedNew.contains(t)).toList();
            List<Ref> exclusive = mine.stream().filter(t -> candidates.entrySet().stream()
                    .noneMatch(e -> e.getKey() != f && e.getValue().contains(t))).toList();
            if (exclusive.size() >= 2) {
                exclusive.forEach(t -> byOld.get(f).add(entry(f, t, Kind.SPLIT, note(f, t))));
                usedNew.addAll(exclusive);
            }
        }
        for (Ref t : nowLeft) {
            if (usedNew.contains(t)) {
                continue;
            }
            List<Ref> olds = oldLeft.stream().filter(f -> byOld.get(f).isEmpty() && candidates.get(f).contains(t)
                    && candidates.get(f).stream().filter(x -> !usedNew.contains(x)).count() == 1).toList();
            if (olds.size() >= 2) {
                olds.forEach(f -> byOld.get(f).add(entry(f, t, Kind.MERGED, note(f, t))));
                usedNew.add(t);
            }
        }
        for (Ref f : oldLeft) {
            if (!byOld.get(f).isEmpty()) {
                continue;
            }
            candidates.get(f).stream().filter(t -> !usedNew.contains(t)).findFirst().ifPresentOrElse(t -> {
                byOld.get(f).add(entry(f, t, Kind.RENAMED, note(f, t)));
                usedNew.add(t);
            }, () -> byOld.get(f).add(new Entry(f.appendixId(), f.node().key(), null, null, Kind.REMOVED, null)));
        }
        for (Ref t : nowLeft) {
            if (!usedNew.contains(t)) {
                newEntries.add(new Entry(null, null, t.appendixId(), t.node().key(), Kind.NEW, null));
            }
        }
        List<Entry> all = new ArrayList<>();
        byOld.values().forEach(all::addAll);
        all.addAll(newEntries);
        return all;
    }

    private static Entry entry(Ref f, Ref t, Kind kind, String note) {
        return new Entry(f.appendixId(), f.node().key(), t.appendixId(), t.node().key(), kind, note);
    }

    private static String note(Ref f, Ref t) {
        return String.format(Locale.ROOT, "Đề xuất theo tên gần giống (%d%% từ chung)",
                Math.round(similarity(f, t) * 100));
    }

    private static boolean sameName(Ref f, Ref t) {
        return f.node().name().equals(t.node().name());
    }

    /** The appendix of the older version that shares most keys with a new appendix (its likely source). */
    private static Map<String, Ref> mostResembling(Map<String, Map<String, Ref>> old, Map<String, Ref> appendix) {
        return old.values().stream()
                .max(Comparator.comparingLong(nodes -> appendix.keySet().stream().filter(nodes::containsKey).count()))
                .orElse(null);
    }

    static double similarity(Ref f, Ref t) {
        return similarity(f.node().name(), t.node().name());
    }

    /** Words in common over words in either, ignoring case and diacritics. */
    static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        return (double) common.size() / union.size();
    }

    private static Set<String> words(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return Arrays.stream(plain.split("[^a-z0-9]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Map<String, Map<String, Ref>> index(CriteriaVersion v) {
        Map<String, Map<String, Ref>> index = new LinkedHashMap<>();
        for (Appendix a : v.appendices()) {
            Map<String, Ref> nodes = new LinkedHashMap<>();
            a.visit(n -> nodes.putIfAbsent(n.key(), new Ref(a.id(), n)));
            index.put(a.id(), nodes);
        }
        return index;
    }
}
