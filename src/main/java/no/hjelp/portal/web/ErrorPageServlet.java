package no.hjelp.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.ContentStore;
import no.hjelp.portal.content.Contact;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.content.Shortcodes;
import no.hjelp.portal.i18n.Messages;

/**
 * The page for errors the container raises itself (a malformed request, an unexpected failure):
 * a short, plain page in the reader's language with the emergency numbers, never a stack trace.
 * Written without Faces so that it works even when rendering a page is what failed.
 */
@WebServlet("/error-page")
public class ErrorPageServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Inject
    ContentStore store;

    /** The language in the failed request's address (/{lang}/...), else the browser's. */
    private static Language languageOf(HttpServletRequest request, Content content) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String s && s.length() > 1) {
            String first = s.substring(1).split("/", 2)[0];
            if (first.matches("[a-z]{2,3}")) {
                var lang = content.language(first);
                if (lang.isPresent()) {
                    return lang.get();
                }
            }
        }
        return Negotiation.preferred(request, content);
    }

    private static boolean isBusy(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof no.hjelp.portal.search.SearchIndex.Busy) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (Integer.valueOf(403).equals(status) && failed instanceof String f && f.startsWith("/editor/")) {
            // a form sent without a signed-in session (it timed out or went with its node), or by an account that lost its
            // roles: sign in again, keep the text
            request.getRequestDispatcher("/editor-expired").forward(request, response);
            return;
        }
        boolean busy = false;
        for (Throwable t = error; t != null; t = t.getCause()) {
            busy |= t instanceof no.hjelp.portal.search.SearchIndex.Busy;
            if (t instanceof jakarta.faces.application.ViewExpiredException) {
                // an editor's form that cannot be restored: show what was typed (editor/internal/ExpiredFormServlet)
                request.getRequestDispatcher("/editor-expired").forward(request, response);
                return;
            }
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (error != null && isBusy(error)) {
            LOG.warning("Search busy: 503");
        } else if (error != null && uri instanceof String u && u.startsWith("/editor/")) {
            // the editors' area: the whole story, it names no reader
            LOG.log(java.util.logging.Level.SEVERE, "Editor request failed: " + u, error);
        } else if (error != null) {
            // the type only: the message or the request could hold what the reader typed
            LOG.severe("Request failed: " + error.getClass().getName());
        }
        int code = busy ? 503 : status instanceof Integer i ? i : 404;
        if (busy) {
            // too many searches at once: try again shortly (the pages themselves still answer)
            response.setHeader("Retry-After", "5");
        }
        Content content = store.current();
        Language lang = languageOf(request, content);
        Messages m = Messages.get(lang.code(), lang.tag());
        response.setStatus(code);
        response.setContentType("text/html;charset=UTF-8");
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(lang.tag()).append("\" dir=\"")
                .append(lang.dir()).append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Shortcodes.escape(m.text("error.title"))).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/portal.css\"></head><body><main id=\"main\">")
                .append("<h1>").append(Shortcodes.escape(m.text("error.title"))).append("</h1>")
                .append("<p>").append(Shortcodes.escape(m.text("error.text"))).append("</p><ul>");
        for (Contact c : content.contacts()) {
            if (c.emergency() && !c.phones().isEmpty()) {
                b.append("<li>").append(Shortcodes.escape(c.nameIn(lang.code()))).append(" ")
                        .append(Shortcodes.phoneHtml(c.phones().get(0))).append("</li>");
            }
        }
        b.append("</ul><p><a href=\"/").append(lang.code()).append("/\">").append(Shortcodes.escape(m.text("notFound.home")))
                .append("</a></p></main></body></html>\n");
        response.getWriter().write(b.toString());
    }
}
