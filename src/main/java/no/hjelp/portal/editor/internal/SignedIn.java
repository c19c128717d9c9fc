package no.hjelp.portal.editor.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Who is signed in to the editors' area: the account's name, kept in the editor's session (and
 * so, in a cluster, in Payara's data grid with the rest of the session). Only the name is kept;
 * roles are read from the accounts file on every request.
 */
public final class SignedIn {

    static final String ATTRIBUTE = "no.hjelp.portal.editor.account";

    private SignedIn() {
    }

    /** The account signed in with this request's session, if any. Never creates a session. */
    public static Optional<String> account(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(session.getAttribute(ATTRIBUTE) instanceof String name ? name : null);
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /**
     * Marks this session as signed in as {@code account}, under a new session id: an id somebody
     * planted before the sign-in (session fixation) is worth nothing after it.
     */
    public static void begin(HttpServletRequest request, String account) {
        request.getSession(true).setAttribute(ATTRIBUTE, account);
        request.changeSessionId();
    }

    /** Ends the session, and with it the sign-in and every form kept in it. */
    public static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // nothing left to end
            }
        }
    }
}
