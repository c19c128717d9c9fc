package no.hjelp.portal.editor.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import no.hjelp.portal.editor.Account;

/**
 * Who is signed in to the editors' area, kept in the editor's session (and so, in a cluster, in
 * Payara's data grid with the rest of the session): the account's name and a fingerprint of the
 * password hash it signed in with, so that a password reset ends every older sign-in. Roles are
 * read from the accounts file on every request.
 */
public final class SignedIn {

    static final String ATTRIBUTE = "no.hjelp.portal.editor.account";

    private SignedIn() {
    }

    /** A sign-in: the account's name and a fingerprint of its password hash at that time. */
    public record Who(String name, String secret) implements Serializable {

        static Who of(Account account) {
            return new Who(account.name(), fingerprint(account.password()));
        }

        /** True while the account still has the password hash this sign-in was made with. */
        public boolean sameSecret(Account account) {
            return MessageDigest.isEqual(secret.getBytes(StandardCharsets.US_ASCII),
                    fingerprint(account.password()).getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** SHA-256 of the stored hash, shortened: never the hash itself in a session. */
    static String fingerprint(String passwordHash) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(String.valueOf(passwordHash).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sign-in kept in this request's session, if any. Never creates a session. */
    public static Optional<Who> who(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(session.getAttribute(ATTRIBUTE) instanceof Who who ? who : null);
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /** The name of the account signed in with this request's session, if any. */
    public static Optional<String> account(HttpServletRequest request) {
        return who(request).map(Who::name);
    }

    /**
     * Marks this session as signed in as {@code account}, under a new session id: an id somebody
     * planted before the sign-in (session fixation) is worth nothing after it.
     */
    public static void begin(HttpServletRequest request, Account account) {
        request.getSession(true).setAttribute(ATTRIBUTE, Who.of(account));
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
