package vn.ictindex.consultation;

import java.time.Instant;

/**
 * A comment of one recipient on a node of the draft ({@code appendixId} and {@code nodeKey}) or on the whole draft
 * (both null), with the department's disposition once recorded. Comments are never deleted.
 *
 * @param late       sent after the deadline: kept, and marked in every list and in the synthesis table
 * @param answeredIn the criteria version ({@code code@version}) that carries the resulting change, or null
 * @param version    for optimistic locking: the recipient's edits and the department's disposition
 */
public record Comment(long id, long consultationId, long recipientId, String recipientName, String appendixId,
                      String nodeKey, String nodeName, String body, String author, Instant createdAt,
                      Instant updatedAt, boolean late, Disposition disposition, String explanation,
                      String resultingChange, String answeredIn, String disposedBy, Instant disposedAt, int version) {

    public boolean onWholeDraft() {
        return nodeKey == null;
    }

    public boolean disposed() {
        return disposition != null;
    }

    /** Where the comment points, as the synthesis table writes it: "PL-I, tiêu chí B1" or "Toàn bộ dự thảo". */
    public String target() {
        return onWholeDraft() ? "Toàn bộ dự thảo" : appendixId + ", tiêu chí " + nodeKey;
    }

    /** The English form of {@link #target()}. */
    public String targetEn() {
        return onWholeDraft() ? "Whole draft" : appendixId + ", criterion " + nodeKey;
    }
}
