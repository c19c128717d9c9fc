package no.hjelp.portal.editor.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

    /** True when this name may sign in with this password now. */
    public boolean passes(String name, char[] password) {
        if (throttle.blocked(name)) {
            audit.record(name, "sign-in refused", "too many failures");
            return false;
        }
        if (!accounts.verify(name, password)) {
            throttle.failed(name);
            audit.record(name, "sign-in failed", "-");
            return false;
        }
        throttle.succeeded(name);
        if (!EditorsAreaFilter.hasRole(accounts.find(name))) {
            audit.record(name, "sign-in refused", "no role");
            return false;
        }
        audit.record(name, "sign-in", "-");
        return true;
    }
}
