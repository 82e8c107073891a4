package vn.ictindex.audit;

import java.util.List;

/** One page of audit entries, newest first; {@code page} counts from 0. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
