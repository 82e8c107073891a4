package vn.ictindex.criteria;

import vn.ictindex.scoring.Appendix;
import vn.ictindex.scoring.CriterionNode;
import vn.ictindex.scoring.EvidenceRequirement;
import vn.ictindex.scoring.NotApplicablePolicy;
import vn.ictindex.scoring.Rule;
import vn.ictindex.scoring.TargetGroup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The edits a department makes to a draft criteria version, as pure functions from one version to the next. Keys
 * never change: a moved node keeps its key, so comments and the crosswalk keep pointing at it; only a new node gets a
 * new key. An edit may leave the draft invalid (children no longer adding up); the validator says so, the edit is
 * still kept, as a text editor would keep it.
 *
 * @see CriteriaDrafts for storing the result
 */
public final class DraftEdits {

    private DraftEdits() {
    }

    /** Replaces node {@code key} of an appendix by what {@code change} makes of it. */
    public static CriteriaVersion updateNode(CriteriaVersion v, String appendixId, String key,
                                            UnaryOperator<CriterionNode> change) {
        node(v, appendixId, key);
        return updateAppendix(v, appendixId, a -> withGroups(a, map(a.groups(), key, change)));
    }

    public static CriteriaVersion updateAppendix(CriteriaVersion v, String appendixId, UnaryOperator<Appendix> change) {
        appendix(v, appendixId);
        return withAppendices(v, v.appendices().stream().map(a -> a.id().equals(appendixId) ? change.apply(a) : a)
                .toList());
    }

    /**
     * Adds a new leaf under {@code parentKey} (or a new criteria group when null), worth {@code maxPoints}, scored by
     * the council until a rule is set. A leaf that gets its first child becomes a sum of its children.
     *
     * @return the version and the new node's key
     */
    public static Added addChild(CriteriaVersion v, String appendixId, String parentKey, String name,
                                 BigDecimal maxPoints) {
        Appendix a = appendix(v, appendixId);
        String key = newKey(a, parentKey);
        CriterionNode child = new CriterionNode(key, name, null, maxPoints, null, EvidenceRequirement.NONE, List.of(),
                NotApplicablePolicy.NOT_ALLOWED, List.of(), List.of(), new Rule.Manual(), List.of(), null);
        CriteriaVersion next = parentKey == null
                ? updateAppendix(v, appendixId, x -> withGroups(x, append(x.groups(), child)))
                : updateNode(v, appendixId, parentKey, p -> withChildren(p, append(p.children(), child)));
        return new Added(next, key);
    }

    public record Added(CriteriaVersion version, String key) {
    }

    /** Removes a node and its descendants. */
    public static CriteriaVersion remove(CriteriaVersion v, String appendixId, String key) {
        node(v, appendixId, key);
        return updateAppendix(v, appendixId, a -> withGroups(a, removed(a.groups(), key)));
    }

    /** Moves a node one place up ({@code -1}) or down ({@code +1}) among its siblings. */
    public static CriteriaVersion shift(CriteriaVersion v, String appendixId, String key, int direction) {
        node(v, appendixId, key);
        return updateAppendix(v, appendixId, a -> withGroups(a, shifted(a.groups(), key, direction)));
    }

    /**
     * Moves a node with its descendants to the end of another parent (a criteria group when {@code targetParentKey}
     * is null), in the same or another appendix. The key stays.
     *
     * @throws DraftEditException when the target is the node itself or below it, or the target appendix already has
     *                            a node with one of the moved keys
     */
    public static CriteriaVersion move(CriteriaVersion v, String appendixId, String key, String targetAppendixId,
                                       String targetParentKey) {
        CriterionNode moving = node(v, appendixId, key);
        Appendix target = appendix(v, targetAppendixId);
        if (targetParentKey != null) {
            node(v, targetAppendixId, targetParentKey);
            if (appendixId.equals(targetAppendixId) && contains(moving, targetParentKey)) {
                throw new DraftEditException("Không thể chuyển tiêu chí " + key + " vào chính nó hoặc tiêu chí con của"
                        + " nó", "A criterion cannot be moved into itself or below itself");
            }
        }
        if (!appendixId.equals(targetAppendixId)) {
            List<String> clashes = new ArrayList<>();
            moving.visit(n -> {
                if (target.node(n.key()).isPresent()) {
                    clashes.add(n.key());
                }
            });
            if (!clashes.isEmpty()) {
                throw new DraftEditException(targetAppendixId + " đã có tiêu chí mã " + String.join(", ", clashes)
                        + "; mã tiêu chí không đổi khi chuyển nên không thể chuyển vào đó",
                        targetAppendixId + " already has " + String.join(", ", clashes) + "; keys stay when moving");
            }
        }
        CriteriaVersion without = remove(v, appendixId, key);
        return targetParentKey == null
                ? updateAppendix(without, targetAppendixId, a -> withGroups(a, append(a.groups(), moving)))
                : updateNode(without, targetAppendixId, targetParentKey,
                p -> withChildren(p, append(p.children(), moving)));
    }

    /**
     * Adds an appendix for a new target group as a copy of an existing one (its settings and criteria, keys kept),
     * which the department then adjusts: how the seed's new Appendix II for the Office and the Inspectorate began.
     */
    public static CriteriaVersion addAppendixCopy(CriteriaVersion v, String copyOf, String newId, String title,
                                                  TargetGroup targetGroup) {
        Appendix source = appendix(v, copyOf);
        if (v.appendix(newId).isPresent()) {
            throw new DraftEditException("Đã có phụ lục mã «" + newId + "»", "Appendix «" + newId + "» exists");
        }
        Appendix copy = new Appendix(newId, title, null, targetGroup, source.totalPoints(), source.rounding(),
                source.classification(), source.ranking(), source.inputs(), source.constraints(), source.groups(),
                source.adjustments());
        List<Appendix> appendices = new ArrayList<>();
        for (Appendix a : v.appendices()) {
            appendices.add(a);
            if (a.id().equals(copyOf)) {
                appendices.add(copy);
            }
        }
        return withAppendices(v, appendices);
    }

    /** The node {@code key} of an appendix. */
    public static CriterionNode node(CriteriaVersion v, String appendixId, String key) {
        return appendix(v, appendixId).node(key).orElseThrow(() -> new DraftEditException(
                "Không có tiêu chí mã «" + key + "» trong " + appendixId, "No criterion «" + key + "» in " + appendixId));
    }

    /** The parent of node {@code key}, or empty for a criteria group. */
    public static Optional<CriterionNode> parent(Appendix a, String key) {
        return a.allNodes().stream().filter(n -> n.children().stream().anyMatch(c -> c.key().equals(key)))
                .findFirst();
    }

    private static Appendix appendix(CriteriaVersion v, String id) {
        return v.appendix(id).orElseThrow(() -> new DraftEditException("Không có phụ lục «" + id + "»",
                "No appendix «" + id + "»"));
    }

    /**
     * A key unused in the appendix: the parent's key and the next free number ({@code C3} → {@code C3.4}), or for a
     * criteria group the next free capital letter.
     */
    static String newKey(Appendix a, String parentKey) {
        String prefix;
        int n;
        if (parentKey == null) {
            for (char c = 'A'; c <= 'Z'; c++) {
                if (a.node(String.valueOf(c)).isEmpty()) {
                    return String.valueOf(c);
                }
            }
            prefix = "N";
            n = 1;
        } else {
            prefix = Character.isDigit(parentKey.charAt(parentKey.length() - 1)) ? parentKey + "." : parentKey;
            n = a.node(parentKey).map(p -> p.children().size() + 1).orElse(1);
        }
        while (a.node(prefix + n).isPresent()) {
            n++;
        }
        return prefix + n;
    }

    private static boolean contains(CriterionNode n, String key) {
        if (n.key().equals(key)) {
            return true;
        }
        return n.children().stream().anyMatch(c -> contains(c, key));
    }

    private static List<CriterionNode> map(List<CriterionNode> nodes, String key, UnaryOperator<CriterionNode> f) {
        return nodes.stream().map(n -> n.key().equals(key) ? f.apply(n)
                : withChildren(n, map(n.children(), key, f))).toList();
    }

    private static List<CriterionNode> removed(List<CriterionNode> nodes, String key) {
        return nodes.stream().filter(n -> !n.key().equals(key))
                .map(n -> withChildren(n, removed(n.children(), key))).toList();
    }

    private static List<CriterionNode> shifted(List<CriterionNode> nodes, String key, int direction) {
        List<CriterionNode> out = new ArrayList<>(nodes);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).key().equals(key)) {
                int j = i + Integer.signum(direction);
                if (j >= 0 && j < out.size()) {
                    CriterionNode n = out.get(i);
                    out.set(i, out.get(j));
                    out.set(j, n);
                }
                return out;
            }
        }
        return out.stream().map(n -> withChildren(n, shifted(n.children(), key, direction))).toList();
    }

    private static List<CriterionNode> append(List<CriterionNode> nodes, CriterionNode node) {
        List<CriterionNode> out = new ArrayList<>(nodes);
        out.add(node);
        return out;
    }

    /**
     * The node with other children; a leaf that gets children is scored as their sum, a parent that loses its last
     * child is left to the council until a rule is set.
     */
    static CriterionNode withChildren(CriterionNode n, List<CriterionNode> children) {
        if (children.equals(n.children())) {
            return n;
        }
        Rule rule = n.rule();
        if (!children.isEmpty() && (rule == null || !rule.aggregatesChildren())) {
            rule = new Rule.CompositeSum(null);
        } else if (children.isEmpty() && rule != null && rule.aggregatesChildren()) {
            rule = new Rule.Manual();
        }
        return new CriterionNode(n.key(), n.name(), n.nameEn(), n.maxPoints(), n.guide(), n.evidence(),
                n.evidenceItems(), n.notApplicable(), n.inputs(), n.constraints(), rule, children, n.note());
    }

    static Appendix withGroups(Appendix a, List<CriterionNode> groups) {
        return new Appendix(a.id(), a.title(), a.titleEn(), a.targetGroup(), a.totalPoints(), a.rounding(),
                a.classification(), a.ranking(), a.inputs(), a.constraints(), groups, a.adjustments());
    }

    static CriteriaVersion withAppendices(CriteriaVersion v, List<Appendix> appendices) {
        return new CriteriaVersion(v.code(), v.version(), v.title(), v.titleEn(), v.status(), v.decision(),
                v.effectiveFrom(), v.supersedes(), v.note(), appendices);
    }
}
