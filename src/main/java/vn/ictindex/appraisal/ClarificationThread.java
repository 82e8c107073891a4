package vn.ictindex.appraisal;

import vn.ictindex.account.Role;

import java.time.Instant;
import java.util.List;

/**
 * A question on one node of a unit (yêu cầu giải trình) with its comments, oldest first. A returned thread lets the
 * unit correct that node's figures until the asker resolves it.
 */
public record ClarificationThread(long id, long periodId, long unitId, String nodeKey, String askedBy, Role askedRole,
                                  Instant askedAt, boolean returned, Instant resolvedAt, String resolvedBy,
                                  int version, List<Comment> comments) {

    public ClarificationThread {
        comments = List.copyOf(comments);
    }

    public boolean open() {
        return resolvedAt == null;
    }

    public String question() {
        return comments.isEmpty() ? "" : comments.get(0).body();
    }

    /** One comment; never edited or deleted. */
    public record Comment(long id, String author, String authorName, Role authorRole, String body, Long evidenceId,
                          String evidenceTitle, Instant writtenAt) {

        public boolean fromUnit() {
            return authorRole == Role.SPECIALIST || authorRole == Role.HEAD;
        }
    }
}
