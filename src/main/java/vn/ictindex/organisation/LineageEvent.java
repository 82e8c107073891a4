package vn.ictindex.organisation;

/** What happened to a unit in a reorganisation; screens show it through {@code unit.lineage.event.*} texts. */
public enum LineageEvent {
    /** Merged into another unit (sáp nhập vào). */
    MERGED_INTO(true),
    /** Renamed (đổi tên): the successor is the unit under its new code, or the new name as text. */
    RENAMED(true),
    /** Split into other units (chia tách thành). */
    SPLIT_INTO(true),
    /** Abolished without a successor (giải thể). */
    ABOLISHED(false);

    private final boolean hasSuccessor;

    LineageEvent(boolean hasSuccessor) {
        this.hasSuccessor = hasSuccessor;
    }

    /** Whether the event names a successor (a unit or a text); an abolished unit has none. */
    public boolean hasSuccessor() {
        return hasSuccessor;
    }
}
