package vn.ictindex.account;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/**
 * The signed-in user, as controllers receive it ({@code @AuthenticationPrincipal CurrentUser user}). Kept in the
 * (database) session, so it holds only what does not change often; the password hash is not kept after sign-in.
 *
 * @param unitId the unit the account belongs to, or null for department staff, council members and viewers
 */
public record CurrentUser(long id, String username, String fullName, Role role, Long unitId, String passwordHash,
                          boolean enabled) implements UserDetails {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Whether this user acts for {@code unit} (its specialist or head). */
    public boolean belongsTo(long unit) {
        return unitId != null && unitId == unit;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    CurrentUser withoutPassword() {
        return new CurrentUser(id, username, fullName, role, unitId, null, enabled);
    }
}
