import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * For deploy/bench/run.sh only: added to the one-servlet war (with secured-web.xml and CDI on),
 * it gives that war the sign-in the portal's editors' area had until 2026-11-28 — a Jakarta
 * Security form mechanism, an identity store and a declarative constraint on /editor/* — so the
 * bench shows what that costs every public request, even one the servlet answers from memory.
 * Nobody can sign in.
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(loginPage = "/editor/login", errorPage = ""))
@ApplicationScoped
public class FloorSecurity implements IdentityStore {

    /** Found by name, as Jakarta Security does for each credential type; refuses everyone. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return CredentialValidationResult.INVALID_RESULT;
    }
}
