package no.hjelp.portal.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security and privacy headers on every response, including errors.
 *
 * <p>The public pages load only the portal's own stylesheet and script: no inline script or
 * style, nothing from another site, no frames. The browser sends no referrer anywhere (so a site
 * the reader leaves to does not learn they were here), and features the portal does not use
 * (camera, microphone, location…) are switched off. Pages are not stored in the browser's cache:
 * on a shared phone they should leave as little behind as possible.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    /** The editors' area uses PrimeFaces, whose components write inline scripts and styles; still nothing from other sites. */
    static final String EDITOR_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String PERMISSIONS = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "usb=(), interest-cohort=(), browsing-topics=()";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers. The page cache, which answers before this filter runs (one filter less per
     * cached page), calls it for the pages it serves.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = RequestPaths.inApp(request);
        boolean editor = RequestPaths.inEditorsArea(path) || path.startsWith("/jakarta.faces.resource/");
        response.setHeader("Content-Security-Policy", editor ? EDITOR_CSP : CSP);
        if (editor) {
            response.setHeader("X-Robots-Tag", "noindex, nofollow");
        }
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        if (path.startsWith("/static/")) {
            response.setHeader("Cache-Control", "public, max-age=86400");
        } else {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
