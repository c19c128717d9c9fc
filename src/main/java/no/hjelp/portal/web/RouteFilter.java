package no.hjelp.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.ContentStore;
import no.hjelp.portal.content.Language;

/**
 * Maps the public URLs to Facelets views:
 * <pre>
 * /                    language chooser (the browser's language offered first, no redirect)
 * /{lang}/             home page of a language
 * /{lang}/{topic-id}   a topic
 * /{lang}/contacts     the contact directory
 * /{lang}/search?q=    search
 * /{lang}/navigator    the rights navigator
 * /{lang}/brochures    brochures to print; /{lang}/brochures/{id}[.pdf|.zip|-p{n}.png]
 * anything else        a helpful 404 page, status 404
 * </pre>
 * The views live under {@code /WEB-INF/views/}, so they cannot be requested directly. URL
 * segments are matched on the raw (still encoded) path and must be lower-case words and hyphens:
 * encoded slashes, dots, NUL bytes and the like never reach a file lookup.
 */
public class RouteFilter extends HttpFilter {

    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** {id}, {id}.pdf, {id}.zip or {id}-p{page}.png */
    private static final Pattern BROCHURE_FILE = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*?)(?:\\.(pdf|zip)|-p([1-9][0-9]{0,2})\\.png)?");
    /** Paths served by something else: static files, the API, health, sitemap, robots. */
    private static final Set<String> PASS = Set.of("static", "api", "health", "sitemap.xml", "robots.txt",
            "jakarta.faces.resource", "favicon.ico", "editor");

    @Inject
    ContentStore store;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] parts = path.split("/", -1);
        String first = parts.length > 1 ? parts[1] : "";
        if (PASS.contains(first) && !path.contains("..")) {
            chain.doFilter(request, response);
            return;
        }
        Content content = store.current();
        if (path.equals("/") || path.isEmpty()) {
            response.setHeader("Vary", "Accept-Language");
            forward(request, response, new Route(Route.LANGUAGES, Negotiation.preferred(request, content), null), 200);
            return;
        }
        Language lang = SEGMENT.matcher(first).matches() ? content.language(first).orElse(null) : null;
        if (lang == null) {
            response.setHeader("Vary", "Accept-Language");
            notFound(request, response, Negotiation.preferred(request, content));
            return;
        }
        if (parts.length == 2) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + "/" + lang.code() + "/");
            return;
        }
        String second = parts[2];
        if (second.equals(Route.BROCHURES) && parts.length == 4 && !parts[3].isEmpty()) {
            brochureFile(request, response, content, lang, parts[3]);
            return;
        }
        boolean trailingSlash = parts.length == 4 && parts[3].isEmpty();
        if (parts.length > 4 || (parts.length == 4 && !trailingSlash) || !(second.isEmpty() || SEGMENT.matcher(second).matches())) {
            notFound(request, response, lang);
            return;
        }
        if (trailingSlash) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + "/" + lang.code() + "/" + second);
            return;
        }
        if (second.isEmpty()) {
            forward(request, response, new Route(Route.HOME, lang, null), 200);
        } else if (second.equals(Route.CONTACTS)) {
            forward(request, response, new Route(Route.CONTACTS, lang, null), 200);
        } else if (second.equals(Route.SEARCH)) {
            forward(request, response, new Route(Route.SEARCH, lang, null), 200);
        } else if (second.equals(Route.BROCHURES)) {
            forward(request, response, new Route(Route.BROCHURES, lang, null), 200);
        } else if (second.equals(Route.NAVIGATOR)) {
            forward(request, response, new Route(Route.NAVIGATOR, lang, null), 200);
        } else if (content.isTopic(second)) {
            forward(request, response, new Route(Route.TOPIC, lang, second), 200);
        } else {
            notFound(request, response, lang);
        }
    }

    /**
     * {@code /{lang}/brochures/{id}} (the brochure online), {@code {id}.pdf}, {@code {id}.zip} and
     * {@code {id}-p{n}.png} (files, served by {@link BrochureFileServlet}).
     */
    private void brochureFile(HttpServletRequest request, HttpServletResponse response, Content content, Language lang,
                              String name) throws IOException, ServletException {
        Matcher m = BROCHURE_FILE.matcher(name);
        if (!m.matches() || !content.brochures().containsKey(m.group(1))) {
            notFound(request, response, lang);
            return;
        }
        Route route = new Route(Route.BROCHURE, lang, m.group(1));
        if (m.group(2) == null && m.group(3) == null) {
            forward(request, response, route, 200);
            return;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        request.setAttribute(Route.ATTRIBUTE, route);
        request.setAttribute(BrochureFileServlet.FILE, m.group(2) != null ? m.group(2) : m.group(3));
        request.getRequestDispatcher("/brochure-file").forward(request, response);
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response, Language lang)
            throws IOException, ServletException {
        forward(request, response, new Route(Route.NOT_FOUND, lang, null), HttpServletResponse.SC_NOT_FOUND);
    }

    /** The helpful 404 page, for servlets that find out late that something does not exist. */
    static void notFoundPage(HttpServletRequest request, HttpServletResponse response, Language lang) throws IOException {
        request.setAttribute(Route.ATTRIBUTE, new Route(Route.NOT_FOUND, lang, null));
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        try {
            request.getRequestDispatcher("/WEB-INF/views/" + Route.NOT_FOUND + ".xhtml").forward(request, response);
        } catch (ServletException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void forward(HttpServletRequest request, HttpServletResponse response, Route route, int status)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        request.setAttribute(Route.ATTRIBUTE, route);
        response.setStatus(status);
        request.getRequestDispatcher("/WEB-INF/views/" + route.view() + ".xhtml").forward(request, response);
    }
}
