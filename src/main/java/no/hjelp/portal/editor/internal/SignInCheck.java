package no.hjelp.portal.editor.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import no.hjelp.portal.editor.Account;

/**
 * Checks an editor's name and password against {@link Accounts}, with {@link SignInThrottle}, and
 * writes every try to the audit log. An account without a role the portal knows cannot sign in.
 */
@ApplicationScoped
public class SignInCheck {

    @Inject
    Accounts accounts;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditLog audit;

    /** The account, when this name may sign in with this password now; else empty. */
    public Optional<Account> passes(String name, char[] password) {
        if (throttle.blocked(name)) {
            audit.record(name, "sign-in refused", "too many failures");
            return Optional.empty();
        }
        if (!accounts.verify(name, password)) {
            throttle.failed(name);
            audit.record(name, "sign-in failed", "-");
            return Optional.empty();
        }
        throttle.succeeded(name);
        Optional<Account> account = accounts.find(name);
        if (!EditorsAreaFilter.hasRole(account)) {
            audit.record(name, "sign-in refused", "no role");
            return Optional.empty();
        }
        audit.record(name, "sign-in", "-");
        return account;
    }
}
