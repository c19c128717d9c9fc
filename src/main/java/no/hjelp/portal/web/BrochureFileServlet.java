package no.hjelp.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import no.hjelp.portal.brochure.BrochureRenderer;
import no.hjelp.portal.brochure.BrochureRequest;
import no.hjelp.portal.brochure.BrochureService;
import no.hjelp.portal.brochure.Paper;
import no.hjelp.portal.content.Brochure;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.ContentStore;
import no.hjelp.portal.content.Language;

/**
 * Brochure files, reached through {@link RouteFilter}: {@code /{lang}/brochures/{id}.pdf},
 * {@code {id}.zip} (every language) and {@code {id}-p{n}.png} (a page preview), with
 * {@code ?with=<lang>&paper=a4|a5}. An unknown brochure, language or paper is a 404 page; a
 * rendering failure is an error page in the reader's language, and nothing half-made is sent.
 */
@WebServlet("/brochure-file")
public class BrochureFileServlet extends HttpServlet {

    static final String FILE = BrochureFileServlet.class.getName() + ".file";
    private static final Logger LOG = Logger.getLogger(BrochureFileServlet.class.getName());

    @Inject
    ContentStore store;

    @Inject
    BrochureService brochures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Route route = (Route) request.getAttribute(Route.ATTRIBUTE);
        String file = (String) request.getAttribute(FILE);
        if (route == null || file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Content content = store.current();
        Language lang = route.lang();
        Brochure b = content.brochures().get(route.topic());
        String paperParam = request.getParameter("paper");
        Paper paper = paperParam == null ? Paper.A4 : Paper.parse(paperParam);
        String withParam = request.getParameter("with");
        Language with = withParam == null || withParam.isEmpty() ? null : content.language(withParam).orElse(null);
        if (b == null || paper == null || (withParam != null && !withParam.isEmpty() && with == null)) {
            RouteFilter.notFoundPage(request, response, lang);
            return;
        }
        BrochureRequest r = new BrochureRequest(b, lang, with != null && with.code().equals(lang.code()) ? null : with, paper);
        String base = PublicPage.baseUrl(request);
        try {
            if (file.equals("pdf")) {
                byte[] pdf = brochures.pdf(r, content, base);
                send(response, "application/pdf", r.fileName("pdf"), pdf);
            } else if (file.equals("zip")) {
                byte[] zip = brochures.zip(r, content, base);
                send(response, "application/zip", b.id() + "-" + paper.id() + ".zip", zip);
            } else {
                byte[] png = brochures.previewPng(r, content, base, Integer.parseInt(file));
                if (png == null) {
                    RouteFilter.notFoundPage(request, response, lang);
                    return;
                }
                response.setContentType("image/png");
                response.setContentLength(png.length);
                response.getOutputStream().write(png);
            }
        } catch (BrochureRenderer.RenderingFailed | NumberFormatException e) {
            LOG.severe("Brochure " + r.fileName("pdf") + " failed: " + e.getMessage());
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    private static void send(HttpServletResponse response, String type, String name, byte[] bytes) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
