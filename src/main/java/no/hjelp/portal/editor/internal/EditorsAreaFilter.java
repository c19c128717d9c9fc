package no.hjelp.portal.editor.internal;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import no.hjelp.portal.editor.Account;
import no.hjelp.portal.support.RequestPaths;

/**
 * Behind {@link EditorsAreaGate}, for {@code /editor/*}: lets a request in only when its caller is
 * signed in and the accounts file grants that account a role now. An account taken out of the
 * file, or left with no role, is refused from its next request (403), not when its session ends.
 * The sign-in page is open to everyone.
 */
public class EditorsAreaFilter extends HttpFilter {

    @Inject
    Accounts accounts;

    /** True when this caller may use the editors' area now. */
    static boolean admitted(Principal caller, Optional<Account> account) {
        return caller != null && account.isPresent()
                && account.get().roles().stream().anyMatch(Account.ROLES::contains);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (RequestPaths.inApp(request).equals(EditorsAreaGate.SIGN_IN_PAGE)) {
            chain.doFilter(request, response);
            return;
        }
        Principal caller = request.getUserPrincipal();
        if (!admitted(caller, caller == null ? Optional.empty() : accounts.find(caller.getName()))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
