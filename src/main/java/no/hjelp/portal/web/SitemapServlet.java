package no.hjelp.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.ContentStore;
import no.hjelp.portal.content.Language;

/** {@code /sitemap.xml}: every language's home, contacts and each topic that exists in that language, with hreflang alternates. */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    @Inject
    ContentStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Content content = store.current();
        String base = no.hjelp.portal.content.Shortcodes.escape(PublicPage.baseUrl(request));
        response.setContentType("application/xml;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">");
        for (Language lang : content.languages()) {
            url(out, base, "/" + lang.code() + "/", content, null);
            url(out, base, "/" + lang.code() + "/contacts", content, null);
            url(out, base, "/" + lang.code() + "/navigator", content, null);
            for (String topic : content.topicIds()) {
                if (content.text(topic, lang.code()).isPresent()) {
                    url(out, base, "/" + lang.code() + "/" + topic, content, topic);
                }
            }
        }
        out.println("</urlset>");
    }

    private static void url(PrintWriter out, String base, String path, Content content, String topic) {
        out.println("  <url><loc>" + base + path + "</loc>");
        String rest = path.substring(path.indexOf('/', 1));
        for (Language l : content.languages()) {
            if (topic == null || content.text(topic, l.code()).isPresent()) {
                out.println("    <xhtml:link rel=\"alternate\" hreflang=\"" + l.tag() + "\" href=\"" + base + "/" + l.code() + rest + "\"/>");
            }
        }
        out.println("  </url>");
    }
}
