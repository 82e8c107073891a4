package vn.ictindex.criteria;

import java.time.Instant;
import java.util.List;

/**
 * How the node keys of one criteria version map to those of a later one, so that a unit's points can be compared
 * year over year although criteria were renamed, split, merged, added or removed. Proposed from the two versions
 * ({@link CrosswalkProposals}) and confirmed by the department ({@link Crosswalks}).
 *
 * @param confirmed   whether the department confirmed it; an unconfirmed crosswalk is only the proposal
 * @param lockVersion what a confirmation must name (optimistic locking)
 */
public record Crosswalk(String fromId, String toId, List<Entry> entries, boolean confirmed, String confirmedBy,
                        Instant confirmedAt, int lockVersion) {

    public Crosswalk {
        entries = List.copyOf(entries);
    }

    /** Where an old node went: one entry, several for a split, none if it is not in the crosswalk. */
    public List<Entry> of(String fromAppendix, String fromKey) {
        return entries.stream().filter(e -> fromKey.equals(e.fromKey()) && fromAppendix.equals(e.fromAppendix()))
                .toList();
    }

    /**
     * One line: an old node, a new node, or both.
     *
     * @param fromKey null for a new node
     * @param toKey   null for a removed node
     * @param note    why, for a proposal (similar names) or as the department wrote it
     */
    public record Entry(String fromAppendix, String fromKey, String toAppendix, String toKey, Kind kind, String note) {
    }

    public enum Kind {
        /** The same criterion, same name. */
        SAME,
        /** The same criterion under another name (or, rarely, another key). */
        RENAMED,
        /** One old criterion became several: one entry per new key. */
        SPLIT,
        /** Several old criteria became one: one entry per old key. */
        MERGED,
        /** A criterion that did not exist before. */
        NEW,
        /** A criterion that no longer exists. */
        REMOVED
    }
}
