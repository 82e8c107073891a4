package vn.ictindex.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Records each successful sign-in for the accounts list. Form login authenticates through the manager Spring Security
 * builds from {@link UserAccounts}, not through the one declared in {@code SecurityConfiguration}, so that manager's
 * own call to {@code recordLogin} never runs; the success event is published either way.
 */
@Component
class SignInRecorder {

    private final UserAccounts accounts;

    SignInRecorder(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        accounts.recordLogin(event.getAuthentication().getName());
    }
}
