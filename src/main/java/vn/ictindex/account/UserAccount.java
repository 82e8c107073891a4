package vn.ictindex.account;

import java.time.Instant;

/** An account as the administration screens show it (never with its password hash). */
public record UserAccount(long id, String username, String fullName, Role role, Long unitId, String unitName,
                          boolean enabled, String email, Instant createdAt, Instant lastLoginAt, int version) {
}
