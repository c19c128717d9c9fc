package no.hjelp.portal.editor.internal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signing out is a plain form post here, not a Faces action: a Faces action needs the page's view
 * state, and on an old tab whose view the session no longer holds it would fail and leave the
 * editor signed in — on a shared computer, of all places. The session cookie is
 * {@code SameSite=Strict}, so another site cannot post here with it.
 */
@WebServlet(EditorsAreaFilter.SIGN_OUT)
public class SignOutServlet extends HttpServlet {

    @Inject
    AuditLog audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignedIn.account(request).ifPresent(name -> audit.record(name, "sign-out", "-"));
        SignedIn.end(request);
        response.sendRedirect(request.getContextPath() + EditorsAreaFilter.SIGN_IN_PAGE);
    }
}
