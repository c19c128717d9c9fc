package no.hjelp.portal.editor.internal;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import no.hjelp.portal.editor.Account;
import no.hjelp.portal.support.RequestPaths;

/**
 * The editors' sign-in, for {@code /editor/*} only. A request without a signed-in session goes to
 * the sign-in page (a form sent without one gets 403, and the error page shows what was typed);
 * a signed-in account that the accounts file no longer grants a role (taken out,
 * or left without one) is refused from its next request (403), not when its session ends.
 *
 * <p>The portal deliberately uses no Jakarta Security mechanism and no security constraint: with
 * either, Payara runs its authentication and permission checks on every request of the
 * application, public pages included, and those cost more than serving a cached page. Public pages
 * never meet this filter, never get a session and never carry a caller.
 */
public class EditorsAreaFilter extends HttpFilter {

    public static final String SIGN_IN_PAGE = "/editor/login.xhtml";
    public static final String SIGN_OUT = "/editor/sign-out";

    @Inject
    Accounts accounts;

    /** What the filter does with one request. */
    enum Way {
        /** the sign-in page and signing out: open to everyone */
        OPEN,
        /** nobody signed in, or signed in with a password that has since changed: to the sign-in page */
        SIGN_IN,
        /** signed in, but the account has no role now: 403 */
        REFUSE,
        /** signed in with a role: on to the page */
        ADMIT
    }

    /**
     * @param path     the request's path inside the application, decoded and normalised as the
     *                 container maps it (servlet path plus path info), never the raw URI
     * @param signedIn the account signed in with the request's session
     * @param accounts the accounts file as it is now
     */
    static Way way(String path, Optional<SignedIn.Who> signedIn, Function<String, Optional<Account>> accounts) {
        if (path.equals(SIGN_IN_PAGE) || path.equals(SIGN_OUT)) {
            return Way.OPEN;
        }
        if (signedIn.isEmpty()) {
            return Way.SIGN_IN;
        }
        Optional<Account> account = accounts.apply(signedIn.get().name());
        if (account.isPresent() && !signedIn.get().sameSecret(account.get())) {
            // the password was changed (reset by an administrator): every older sign-in ends
            return Way.SIGN_IN;
        }
        return hasRole(account) ? Way.ADMIT : Way.REFUSE;
    }

    /** True when the account exists and has at least one role the portal knows. */
    static boolean hasRole(Optional<Account> account) {
        return account.isPresent() && account.get().roles().stream().anyMatch(Account.ROLES::contains);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = RequestPaths.inApp(request);
        if (!RequestPaths.inEditorsArea(path)) {
            // mapped to /editor/*, so this does not happen; refuse rather than guess
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        switch (way(path, SignedIn.who(request), name -> accounts.find(name))) {
            case OPEN, ADMIT -> chain.doFilter(request, response);
            case REFUSE -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
            case SIGN_IN -> {
                if ("POST".equals(request.getMethod()) && !isAjax(request)) {
                    // a form sent after the session ended (timed out, or its node went away without
                    // it): 403, and the error page shows what was typed, to copy back after signing in
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                } else {
                    toSignIn(request, response);
                }
            }
        }
    }

    private static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** A redirect to the sign-in page; for a Faces Ajax request, the redirect Faces understands. */
    static void toSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getContextPath() + SIGN_IN_PAGE;
        if (isAjax(request)) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"/></partial-response>").getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.sendRedirect(target);
    }
}
