package no.hjelp.portal.support;

import jakarta.servlet.http.HttpServletRequest;

/** Where a request goes inside the application, as the container understood it. */
public final class RequestPaths {

    private RequestPaths() {
    }

    /**
     * The servlet path plus the path info: decoded and normalised (no {@code %65}, {@code ..},
     * {@code //} or {@code ;params}), the path the container mapped to a servlet. Decisions about
     * the editors' area are made on this, never on the raw request URI.
     */
    public static String inApp(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String info = request.getPathInfo();
        return (servletPath == null ? "" : servletPath) + (info == null ? "" : info);
    }

    /** True for {@code /editor} and everything under it. */
    public static boolean inEditorsArea(String path) {
        return path.equals("/editor") || path.startsWith("/editor/");
    }
}
