package no.hjelp.portal.editor.internal;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import no.hjelp.portal.content.Shortcodes;
import no.hjelp.portal.editor.EditorMessages;
import no.hjelp.portal.i18n.Messages;

/**
 * When an editor's form cannot be restored (the session timed out, the node that held it went
 * away, or a post came without a valid view state), nothing is saved — and nothing typed is lost
 * either: this page shows what the form sent, to copy back after signing in again.
 * Status 400 (403 when the form came without a signed-in session, or from an account that has
 * lost its roles); the error page forwards here.
 */
@WebServlet("/editor-expired")
public class ExpiredFormServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Messages m = EditorMessages.strings();
        boolean forbidden = Integer.valueOf(403).equals(request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE));
        response.setStatus(forbidden ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"nb\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">")
                .append("<title>").append(Shortcodes.escape(m.text("editor.expired.title"))).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/editor.css\"></head><body><main id=\"main\">")
                .append("<h1>").append(Shortcodes.escape(m.text("editor.expired.title"))).append("</h1>")
                .append("<p id=\"expired\">").append(Shortcodes.escape(m.text("editor.expired.text"))).append("</p>");
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            String name = e.getKey();
            if (!name.contains(":") || name.contains("ViewState") || name.contains("password") || e.getValue().length == 0
                    || e.getValue()[0].isBlank()) {
                continue;
            }
            String label = name.substring(name.lastIndexOf(':') + 1);
            b.append("<h2>").append(Shortcodes.escape(label)).append("</h2><pre class=\"source\">");
            for (String v : e.getValue()) {
                b.append(Shortcodes.escape(v)).append('\n');
            }
            b.append("</pre>");
        }
        b.append("<p><a href=\"/editor/login.xhtml\">").append(Shortcodes.escape(m.text("editor.expired.signIn")))
                .append("</a></p></main></body></html>\n");
        response.getWriter().write(b.toString());
    }
}
