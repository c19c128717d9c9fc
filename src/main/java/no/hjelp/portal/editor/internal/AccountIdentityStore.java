package no.hjelp.portal.editor.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import no.hjelp.portal.editor.Account;

/**
 * Checks editors' passwords against {@link Accounts}, with {@link SignInThrottle}; the sign-in
 * form is the editors' own page. Only {@code /editor/*} asks for a sign-in (web.xml), so the
 * public pages never see a session.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(loginPage = "/editor/login.xhtml",
        errorPage = "", useForwardToLogin = false))
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditLog audit;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String name = credential.getCaller();
        if (throttle.blocked(name)) {
            audit.record(name, "sign-in refused", "too many failures");
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!accounts.verify(name, credential.getPassword().getValue())) {
            throttle.failed(name);
            audit.record(name, "sign-in failed", "-");
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttle.succeeded(name);
        audit.record(name, "sign-in", "-");
        Account a = accounts.find(name).orElseThrow();
        return new CredentialValidationResult(name, new HashSet<>(a.roles()));
    }
}
