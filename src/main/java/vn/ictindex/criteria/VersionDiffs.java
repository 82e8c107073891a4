package vn.ictindex.criteria;

import vn.ictindex.criteria.VersionDiff.AppendixChanges;
import vn.ictindex.criteria.VersionDiff.Change;
import vn.ictindex.criteria.VersionDiff.ChangeKind;
import vn.ictindex.criteria.VersionDiff.GroupChanges;
import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.Classification;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.EvidenceRequirement;
import vn.ictindex.scoring.InputDefinition;
import vn.ictindex.scoring.NotApplicablePolicy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes the {@link VersionDiff} between two criteria versions. A pure function of the two versions: no database,
 * no clock, the same answer every time.
 */
public final class VersionDiffs {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final CriteriaVersion from;
    private final CriteriaVersion to;
    private final Map<String, Map<String, Located>> fromIndex;
    private final Map<String, Map<String, Located>> toIndex;
    /** Matched nodes of the newer version and their counterpart in the older one. */
    private final Map<Located, Located> matches = new IdentityHashMap<>();
    private final Map<String, Bucket> buckets = new LinkedHashMap<>();

    private VersionDiffs(CriteriaVersion from, CriteriaVersion to) {
        this.from = from;
        this.to = to;
        this.fromIndex = index(from);
        this.toIndex = index(to);
    }

    /** The changes that turn {@code from} into {@code to}; empty when a version is compared with itself. */
    public static VersionDiff between(CriteriaVersion from, CriteriaVersion to) {
        return new VersionDiffs(from, to).diff();
    }

    /** A node where it stands in a version: its appendix, parent and top-level group. */
    private record Located(Appendix appendix, CriterionNode node, String parentKey, CriterionNode group) {
        String where() {
            return appendix.id() + (parentKey == null ? "" : " / " + parentKey);
        }
    }

    private VersionDiff diff() {
        prepareBuckets();
        match();
        for (Appendix a : to.appendices()) {
            if (from.appendix(a.id()).isEmpty()) {
                add(a.id(), "", "", new Change(ChangeKind.APPENDIX_ADDED, a.id(), a.title(), null,
                        a.targetGroup().name(), "Bổ sung " + a.id() + " «" + a.title() + "» để đánh giá, xếp hạng"
                        + " riêng nhóm đối tượng «" + a.targetGroup().name() + "» (" + a.leaves().size()
                        + " tiêu chí, " + number(a.totalPoints()) + " điểm)."));
            } else {
                appendixSettings(from.appendix(a.id()).orElseThrow(), a);
            }
        }
        for (Appendix a : from.appendices()) {
            if (to.appendix(a.id()).isEmpty()) {
                add(a.id(), "", "", new Change(ChangeKind.APPENDIX_REMOVED, a.id(), a.title(),
                        a.targetGroup().name(), null, "Bỏ " + a.id() + " «" + a.title() + "» (nhóm đối tượng «"
                                + a.targetGroup().name() + "»)."));
            }
        }
        Set<Located> matchedFrom = Collections.newSetFromMap(new IdentityHashMap<>());
        matchedFrom.addAll(matches.values());
        for (Map<String, Located> nodes : toIndex.values()) {
            for (Located t : nodes.values()) {
                Located f = matches.get(t);
                if (f != null) {
                    compare(f, t);
                } else if (from.appendix(t.appendix().id()).isPresent()) {
                    CriterionNode n = t.node();
                    add(t, new Change(ChangeKind.NODE_ADDED, n.key(), n.name(), null, number(n.maxPoints()),
                            "Bổ sung tiêu chí " + n.key() + " «" + n.name() + "» (" + number(n.maxPoints())
                                    + " điểm) tại " + t.where() + "."));
                }
            }
        }
        for (Map<String, Located> nodes : fromIndex.values()) {
            for (Located f : nodes.values()) {
                if (!matchedFrom.contains(f) && to.appendix(f.appendix().id()).isPresent()) {
                    CriterionNode n = f.node();
                    add(f, new Change(ChangeKind.NODE_REMOVED, n.key(), n.name(), number(n.maxPoints()), null,
                            "Bỏ tiêu chí " + n.key() + " «" + n.name() + "» (" + number(n.maxPoints())
                                    + " điểm) tại " + f.where() + "."));
                }
            }
        }
        List<AppendixChanges> appendices = new ArrayList<>();
        Map<String, List<GroupChanges>> byAppendix = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (Bucket b : buckets.values()) {
            byAppendix.computeIfAbsent(b.appendixId, k -> new ArrayList<>());
            titles.putIfAbsent(b.appendixId, b.appendixTitle);
            if (!b.changes.isEmpty()) {
                byAppendix.get(b.appendixId).add(new GroupChanges(b.groupKey, b.groupName, b.changes));
            }
        }
        byAppendix.forEach((id, groups) -> {
            if (!groups.isEmpty()) {
                appendices.add(new AppendixChanges(id, titles.get(id), groups));
            }
        });
        return new VersionDiff(from.id(), to.id(), appendices, summary(appendices));
    }

    /** Same appendix and key first; what is left is matched by key across appendices (a node that moved). */
    private void match() {
        Set<Located> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Located> unmatched = new ArrayList<>();
        toIndex.forEach((appendixId, nodes) -> nodes.forEach((key, t) -> {
            Located f = fromIndex.getOrDefault(appendixId, Map.of()).get(key);
            if (f != null) {
                matches.put(t, f);
                taken.add(f);
            } else {
                unmatched.add(t);
            }
        }));
        for (Located t : unmatched) {
            for (Map<String, Located> nodes : fromIndex.values()) {
                Located f = nodes.get(t.node().key());
                boolean stillThere = f != null && toIndex.getOrDefault(f.appendix().id(), Map.of())
                        .containsKey(f.node().key());
                if (f != null && !stillThere && !taken.contains(f)) {
                    matches.put(t, f);
                    taken.add(f);
                    break;
                }
            }
        }
    }

    private void compare(Located f, Located t) {
        CriterionNode a = f.node();
        CriterionNode b = t.node();
        if (moved(f, t)) {
            add(t, new Change(ChangeKind.NODE_MOVED, b.key(), b.name(), f.where(), t.where(),
                    "Chuyển tiêu chí " + b.key() + " «" + b.name() + "» từ " + f.where() + " sang " + t.where()
                            + "."));
        }
        if (!Objects.equals(a.name(), b.name()) || !Objects.equals(a.nameEn(), b.nameEn())) {
            add(t, new Change(ChangeKind.NODE_RENAMED, b.key(), b.name(), a.name(), b.name(),
                    Objects.equals(a.name(), b.name())
                            ? "Sửa tên tiếng Anh của tiêu chí " + b.key() + " thành «" + b.nameEn() + "»."
                            : "Sửa tên tiêu chí " + b.key() + " từ «" + a.name() + "» thành «" + b.name() + "»."));
        }
        if (a.maxPoints().compareTo(b.maxPoints()) != 0) {
            add(t, new Change(ChangeKind.POINTS_CHANGED, b.key(), b.name(), number(a.maxPoints()),
                    number(b.maxPoints()), "Điều chỉnh điểm tối đa của tiêu chí " + b.key() + " «" + b.name()
                    + "» từ " + number(a.maxPoints()) + " điểm thành " + number(b.maxPoints()) + " điểm."));
        }
        if (!Objects.equals(a.rule(), b.rule()) || a.notApplicable() != b.notApplicable()) {
            add(t, new Change(ChangeKind.RULE_CHANGED, b.key(), b.name(), ruleText(f), ruleText(t),
                    "Điều chỉnh cách chấm điểm của tiêu chí " + b.key() + " «" + b.name() + "»: " + ruleText(t)
                            + "."));
        }
        if (a.evidence() != b.evidence() || !a.evidenceItems().equals(b.evidenceItems())) {
            add(t, new Change(ChangeKind.EVIDENCE_CHANGED, b.key(), b.name(), evidenceText(a), evidenceText(b),
                    "Điều chỉnh tài liệu kiểm chứng của tiêu chí " + b.key() + " «" + b.name() + "»: "
                            + evidenceText(b) + "."));
        }
        if (!Objects.equals(blankToNull(a.guide()), blankToNull(b.guide()))) {
            add(t, new Change(ChangeKind.GUIDE_CHANGED, b.key(), b.name(), a.guide(), b.guide(),
                    "Điều chỉnh hướng dẫn chấm điểm của tiêu chí " + b.key() + " «" + b.name() + "»."));
        }
        if (!a.inputs().equals(b.inputs()) || !a.constraints().equals(b.constraints())) {
            add(t, new Change(ChangeKind.INPUTS_CHANGED, b.key(), b.name(), inputsText(a.inputs(), a),
                    inputsText(b.inputs(), b), "Điều chỉnh số liệu cần kê khai của tiêu chí " + b.key() + " «"
                    + b.name() + "»: " + inputsText(b.inputs(), b) + "."));
        }
    }

    /**
     * Moved when its parent changed, or when it went to another appendix on its own: the children of a node that
     * moved travel with it and are not listed again.
     */
    private boolean moved(Located f, Located t) {
        if (!Objects.equals(f.parentKey(), t.parentKey())) {
            return true;
        }
        if (f.appendix().id().equals(t.appendix().id())) {
            return false;
        }
        if (t.parentKey() == null) {
            return true;
        }
        Located parent = matches.get(toIndex.get(t.appendix().id()).get(t.parentKey()));
        return parent == null || !parent.appendix().id().equals(f.appendix().id());
    }

    private void appendixSettings(Appendix a, Appendix b) {
        if (!Objects.equals(a.title(), b.title())) {
            add(b.id(), "", "", new Change(ChangeKind.NODE_RENAMED, b.id(), b.title(), a.title(), b.title(),
                    "Sửa tên " + b.id() + " từ «" + a.title() + "» thành «" + b.title() + "»."));
        }
        if (a.totalPoints().compareTo(b.totalPoints()) != 0) {
            add(b.id(), "", "", new Change(ChangeKind.POINTS_CHANGED, b.id(), b.title(), number(a.totalPoints()),
                    number(b.totalPoints()), "Điều chỉnh tổng số điểm của " + b.id() + " từ "
                    + number(a.totalPoints()) + " điểm thành " + number(b.totalPoints()) + " điểm."));
        }
        if (!a.classification().equals(b.classification()) || !a.ranking().equals(b.ranking())
                || !a.rounding().equals(b.rounding())) {
            add(b.id(), "", "", new Change(ChangeKind.BANDS_CHANGED, b.id(), b.title(), bandsText(a), bandsText(b),
                    "Điều chỉnh cách xếp loại, xếp hạng của " + b.id() + ": " + bandsText(b) + "."));
        }
        if (!a.inputs().equals(b.inputs()) || !a.constraints().equals(b.constraints())) {
            add(b.id(), "", "", new Change(ChangeKind.INPUTS_CHANGED, b.id(), b.title(),
                    inputsText(a.inputs(), null), inputsText(b.inputs(), null),
                    "Điều chỉnh số liệu chung của " + b.id() + ": " + inputsText(b.inputs(), null) + "."));
        }
        if (!a.adjustments().equals(b.adjustments())) {
            add(b.id(), "", "", new Change(ChangeKind.RULE_CHANGED, b.id(), "Điểm thưởng, điểm trừ",
                    adjustmentsText(a), adjustmentsText(b),
                    "Điều chỉnh điểm thưởng, điểm trừ của " + b.id() + ": " + adjustmentsText(b) + "."));
        }
    }

    private VersionDiff.Summary summary(List<AppendixChanges> appendices) {
        List<String> added = to.appendices().stream().filter(a -> from.appendix(a.id()).isEmpty())
                .map(Appendix::id).toList();
        List<Appendix> removed = from.appendices().stream().filter(a -> to.appendix(a.id()).isEmpty()).toList();
        boolean layout = removed.isEmpty() && to.appendices().stream().allMatch(b -> counterparts(b).stream()
                .anyMatch(a -> groupKeys(a).equals(groupKeys(b))));
        boolean totals = to.appendices().stream().allMatch(b -> counterparts(b).stream()
                .anyMatch(a -> a.totalPoints().compareTo(b.totalPoints()) == 0));
        boolean classification = to.appendices().stream().allMatch(b -> counterparts(b).stream()
                .anyMatch(a -> a.classification().equals(b.classification())));

        StringBuilder p = new StringBuilder();
        p.append("1. Về bố cục của bộ tiêu chí: ").append(layout ? "không thay đổi." : "có thay đổi.").append('\n');
        p.append("2. Về nhóm đối tượng đánh giá: ");
        List<String> groups = new ArrayList<>();
        for (String id : added) {
            Appendix a = to.appendix(id).orElseThrow();
            groups.add("bổ sung " + id + " để đánh giá, xếp hạng riêng «" + a.targetGroup().name() + "»");
        }
        removed.forEach(a -> groups.add("bỏ " + a.id() + " («" + a.targetGroup().name() + "»)"));
        p.append(groups.isEmpty() ? "không thay đổi." : String.join("; ", groups) + ".").append('\n');
        p.append("3. Về cơ cấu tổng số điểm đánh giá và tổng số điểm phân loại xếp hạng: ");
        if (totals && classification) {
            p.append("không thay đổi.");
        } else {
            p.append("tổng số điểm đánh giá ").append(totals ? "không thay đổi" : "có thay đổi")
                    .append("; điểm phân loại xếp hạng ").append(classification ? "không thay đổi" : "có thay đổi")
                    .append('.');
        }
        p.append('\n').append("4. Những điều chỉnh, bổ sung trong từng nhóm tiêu chí: ");
        Map<ChangeKind, Long> counts = new EnumMap<>(ChangeKind.class);
        appendices.stream().flatMap(a -> a.groups().stream()).filter(g -> !g.wholeAppendix())
                .flatMap(g -> g.changes().stream()).forEach(c -> counts.merge(c.kind(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        count(parts, counts, ChangeKind.NODE_ADDED, "bổ sung %d tiêu chí");
        count(parts, counts, ChangeKind.NODE_REMOVED, "bỏ %d tiêu chí");
        count(parts, counts, ChangeKind.NODE_MOVED, "chuyển vị trí %d tiêu chí");
        count(parts, counts, ChangeKind.NODE_RENAMED, "sửa tên %d tiêu chí");
        count(parts, counts, ChangeKind.POINTS_CHANGED, "điều chỉnh điểm %d tiêu chí");
        count(parts, counts, ChangeKind.RULE_CHANGED, "điều chỉnh cách chấm %d tiêu chí");
        count(parts, counts, ChangeKind.INPUTS_CHANGED, "điều chỉnh số liệu %d tiêu chí");
        count(parts, counts, ChangeKind.EVIDENCE_CHANGED, "điều chỉnh tài liệu kiểm chứng %d tiêu chí");
        count(parts, counts, ChangeKind.GUIDE_CHANGED, "điều chỉnh hướng dẫn chấm %d tiêu chí");
        p.append(parts.isEmpty() ? "không có." : String.join(", ", parts)
                + "; chi tiết tại Phụ lục những nội dung điều chỉnh, bổ sung.");
        return new VersionDiff.Summary(layout, added, totals, classification, p.toString());
    }

    private static void count(List<String> parts, Map<ChangeKind, Long> counts, ChangeKind kind, String text) {
        Long n = counts.get(kind);
        if (n != null) {
            parts.add(String.format(text, n));
        }
    }

    /** The appendix of the older version an appendix of the newer one is compared with: its namesake, or any. */
    private List<Appendix> counterparts(Appendix b) {
        return from.appendix(b.id()).map(List::of).orElse(from.appendices());
    }

    private static List<String> groupKeys(Appendix a) {
        return a.groups().stream().map(CriterionNode::key).toList();
    }

    private void prepareBuckets() {
        for (Appendix a : to.appendices()) {
            bucket(a.id(), a.title(), "", "");
            a.groups().forEach(g -> bucket(a.id(), a.title(), g.key(), g.name()));
        }
        for (Appendix a : from.appendices()) {
            bucket(a.id(), a.title(), "", "");
        }
    }

    private Bucket bucket(String appendixId, String appendixTitle, String groupKey, String groupName) {
        return buckets.computeIfAbsent(appendixId + "\u0000" + groupKey,
                k -> new Bucket(appendixId, appendixTitle, groupKey, groupName));
    }

    private void add(Located where, Change change) {
        Appendix a = where.appendix();
        String title = to.appendix(a.id()).map(Appendix::title).orElse(a.title());
        bucket(a.id(), title, where.group().key(), where.group().name()).changes.add(change);
    }

    private void add(String appendixId, String groupKey, String groupName, Change change) {
        Appendix a = to.appendix(appendixId).or(() -> from.appendix(appendixId)).orElseThrow();
        bucket(appendixId, a.title(), groupKey, groupName).changes.add(change);
    }

    private static final class Bucket {
        final String appendixId;
        final String appendixTitle;
        final String groupKey;
        final String groupName;
        final List<Change> changes = new ArrayList<>();

        Bucket(String appendixId, String appendixTitle, String groupKey, String groupName) {
            this.appendixId = appendixId;
            this.appendixTitle = appendixTitle;
            this.groupKey = groupKey;
            this.groupName = groupName;
        }
    }

    private static Map<String, Map<String, Located>> index(CriteriaVersion version) {
        Map<String, Map<String, Located>> index = new LinkedHashMap<>();
        for (Appendix a : version.appendices()) {
            Map<String, Located> nodes = new LinkedHashMap<>();
            for (CriterionNode g : a.groups()) {
                locate(a, g, null, g, nodes);
            }
            index.put(a.id(), nodes);
        }
        return index;
    }

    private static void locate(Appendix a, CriterionNode n, String parentKey, CriterionNode group,
                               Map<String, Located> nodes) {
        nodes.putIfAbsent(n.key(), new Located(a, n, parentKey, group));
        n.children().forEach(c -> locate(a, c, n.key(), group, nodes));
    }

    private static String ruleText(Located l) {
        String text = RuleDescriptions.of(l.appendix(), VI).describe(l.node()).text();
        NotApplicablePolicy na = l.node().notApplicable();
        return switch (na) {
            case NOT_ALLOWED -> text;
            case EXCLUDE -> text + "; không áp dụng: không tính vào điểm tối đa";
            case ZERO -> text + "; không áp dụng: tính 0 điểm";
        };
    }

    private static String evidenceText(CriterionNode n) {
        String requirement = n.evidence() == EvidenceRequirement.NONE ? "không yêu cầu"
                : n.evidence() == EvidenceRequirement.REQUIRED ? "bắt buộc" : "tài liệu kiểm chứng hoặc giải trình";
        return n.evidenceItems().isEmpty() ? requirement : requirement + " (" + String.join("; ", n.evidenceItems())
                + ")";
    }

    private static String inputsText(List<InputDefinition> inputs, CriterionNode node) {
        String text = inputs.isEmpty() ? "không có số liệu riêng" : inputs.stream()
                .map(i -> "«" + i.label() + "» (" + i.key() + ")").collect(Collectors.joining(", "));
        if (node != null && !node.constraints().isEmpty()) {
            text += "; ràng buộc " + node.constraints().stream().map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return text;
    }

    private static String bandsText(Appendix a) {
        Classification c = a.classification();
        return c.bands().stream().map(b -> b.label() + " " + RuleDescriptions.interval(b.interval(), VI))
                .collect(Collectors.joining("; "));
    }

    private static String adjustmentsText(Appendix a) {
        return a.adjustments().items().isEmpty() ? "không có" : a.adjustments().items().stream()
                .map(i -> i.name() + " (" + number(i.pointsPerUnit()) + " điểm mỗi lần"
                        + (i.cap() == null ? "" : ", tối đa " + number(i.cap())) + ")")
                .collect(Collectors.joining("; "));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String number(BigDecimal value) {
        return RuleDescriptions.number(value, VI);
    }
}
