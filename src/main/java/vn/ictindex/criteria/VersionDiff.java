package vn.ictindex.criteria;

import java.util.List;

/**
 * What changed between two criteria versions: the amendment appendix (Phụ lục những nội dung điều chỉnh, bổ sung),
 * grouped by appendix and by criteria group, with a summary like a consultation letter's.
 *
 * <p>Nodes are matched by key, first within the same appendix and then across appendices, so a node that moved to
 * another appendix is {@link ChangeKind#NODE_MOVED}, not removed and added. Changes that concern a whole appendix
 * (added, removed, classification bands) are listed under a group whose key is empty. Made by
 * {@link VersionDiffs#between}.
 *
 * @param fromId the older version ({@code code@version})
 * @param toId   the newer version
 */
public record VersionDiff(String fromId, String toId, List<AppendixChanges> appendices, Summary summary) {

    public VersionDiff {
        appendices = List.copyOf(appendices);
    }

    /** True when nothing a reader of the amendment appendix would care about changed. */
    public boolean isEmpty() {
        return appendices.isEmpty();
    }

    /** Every change, in the order of the amendment appendix. */
    public List<Change> allChanges() {
        return appendices.stream().flatMap(a -> a.groups().stream()).flatMap(g -> g.changes().stream()).toList();
    }

    /** The changes of one appendix; the appendix as it is in the newer version, or in the older if removed. */
    public record AppendixChanges(String appendixId, String title, List<GroupChanges> groups) {
        public AppendixChanges {
            groups = List.copyOf(groups);
        }
    }

    /**
     * The changes within one criteria group (a top-level node), or with an empty {@code groupKey} those of the
     * appendix as a whole.
     */
    public record GroupChanges(String groupKey, String groupName, List<Change> changes) {
        public GroupChanges {
            changes = List.copyOf(changes);
        }

        public boolean wholeAppendix() {
            return groupKey.isEmpty();
        }
    }

    /**
     * One change.
     *
     * @param nodeKey     the node's key, or the appendix id for a change of the appendix as a whole
     * @param before      the old value as text (points, name, rule in words...), or null
     * @param after       the new value as text, or null
     * @param description one Vietnamese sentence for the amendment appendix
     */
    public record Change(ChangeKind kind, String nodeKey, String nodeName, String before, String after,
                         String description) {
    }

    public enum ChangeKind {
        APPENDIX_ADDED, APPENDIX_REMOVED, NODE_ADDED, NODE_REMOVED, NODE_MOVED, NODE_RENAMED,
        POINTS_CHANGED, RULE_CHANGED, EVIDENCE_CHANGED, GUIDE_CHANGED, INPUTS_CHANGED, BANDS_CHANGED
    }

    /**
     * The cover letter's points: whether the layout (the criteria groups of each appendix) stayed, which appendices
     * (target groups) were added, whether total points and classification stayed.
     *
     * @param paragraph the summary in Vietnamese, numbered as such a letter is
     */
    public record Summary(boolean layoutUnchanged, List<String> appendicesAdded, boolean totalPointsUnchanged,
                          boolean classificationUnchanged, String paragraph) {
        public Summary {
            appendicesAdded = List.copyOf(appendicesAdded);
        }
    }
}
