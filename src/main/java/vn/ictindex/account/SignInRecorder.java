package vn.ictindex.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Records each successful sign-in for the accounts list, from the event the authentication manager publishes. */
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
