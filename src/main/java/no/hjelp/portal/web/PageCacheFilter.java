package no.hjelp.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.hjelp.portal.support.RequestPaths;
import no.hjelp.portal.support.SecurityHeadersFilter;

/**
 * Public pages are the same for every anonymous reader, so each is rendered once per content
 * snapshot and then served from memory, with an {@code ETag} (a conditional request gets 304).
 * The cache belongs to one content snapshot: when the content changes, the next request finds a
 * new snapshot and starts an empty cache, so nothing stale is served after a change.
 *
 * <p>What a reader typed is never kept: URLs with a query string (search, the navigator's
 * answers, contact filters) are not cached, except API calls that only name a language.
 * The language chooser at {@code /} depends on Accept-Language and is not cached either.
 * Browsers still get {@code Cache-Control: no-store} (nothing left on a shared phone);
 * {@code CDN-Cache-Control} lets a reverse proxy or CDN keep pages for a minute.
 */
public class PageCacheFilter extends HttpFilter {

    /** At most this many pages are kept per snapshot (every topic in every language fits). */
    static final int MAX_ENTRIES = 4000;

    @Inject
    no.hjelp.portal.content.ContentStore store;

    private volatile Cache cache = new Cache(null);

    /** A page as rendered, and gzipped once (Grizzly would otherwise compress it on every request). */
    private record Page(byte[] body, byte[] gzipped, String contentType, String etag, long modified, String lastModified) {

        Page(byte[] body, byte[] gzipped, String contentType, String etag, long modified) {
            // formatted once: formatting the date on every request was a visible share of a cached page's cost
            this(body, gzipped, contentType, etag, modified, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    java.time.Instant.ofEpochSecond(modified / 1000).atZone(java.time.ZoneOffset.UTC)));
        }
    }

    private static byte[] gzip(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 3 + 64);
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** True when the client takes gzip (and does not refuse it with q=0). */
    static boolean acceptsGzip(HttpServletRequest request) {
        String ae = request.getHeader("Accept-Encoding");
        if (ae == null) {
            return false;
        }
        for (String part : ae.split(",")) {
            String[] p = part.trim().split(";");
            if (p[0].trim().equalsIgnoreCase("gzip")) {
                return !(p.length > 1 && p[1].trim().replace(" ", "").matches("q=0(\\.0*)?"));
            }
        }
        return false;
    }

    private static final class Cache {
        final Object snapshot;
        final Map<String, Page> pages = new ConcurrentHashMap<>();
        /** When this content snapshot began to be served: the pages' Last-Modified. */
        final long since = System.currentTimeMillis() / 1000 * 1000;

        Cache(Object snapshot) {
            this.snapshot = snapshot;
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = key(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Object snapshot = store.current();
        Cache c = cache;
        if (c.snapshot != snapshot) {
            c = new Cache(snapshot);
            cache = c;
        }
        Page page = c.pages.get(key);
        if (page == null) {
            Capture capture = new Capture(response);
            chain.doFilter(request, capture);
            byte[] body = capture.bytes();
            if (capture.status() != HttpServletResponse.SC_OK || capture.getContentType() == null
                    || capture.containsHeader("Set-Cookie") || request.getSession(false) != null) {
                response.getOutputStream().write(body);
                return;
            }
            page = new Page(body, gzip(body), capture.getContentType(), etag(body), c.since);
            if (c.pages.size() < MAX_ENTRIES) {
                c.pages.put(key, page);
            }
            response.setHeader("ETag", page.etag());
            response.setHeader("Last-Modified", page.lastModified());
            response.setHeader("CDN-Cache-Control", "public, max-age=60");
            if (!"HEAD".equals(request.getMethod())) {
                response.getOutputStream().write(body);
            }
            return;
        }
        // this filter runs first, so that a cached page passes through no other filter
        SecurityHeadersFilter.apply(request, response);
        response.setHeader("ETag", page.etag());
        response.setHeader("Last-Modified", page.lastModified());
        response.setHeader("CDN-Cache-Control", "public, max-age=60");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (page.etag().equals(ifNoneMatch) || (ifNoneMatch == null && notModifiedSince(request, page))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        response.setHeader("Vary", "Accept-Encoding");
        byte[] bytes = page.body();
        if (acceptsGzip(request) && page.gzipped().length < bytes.length) {
            bytes = page.gzipped();
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    /** If-Modified-Since at or after the page's time (only asked when there is no If-None-Match). */
    private static boolean notModifiedSince(HttpServletRequest request, Page page) {
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && since >= page.modified();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The cache key, or null when this request must not be cached. */
    static String key(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        if (path.equals("/") || path.startsWith("/static/") || path.startsWith("/health") || path.contains("/brochures/")
                || path.startsWith("/editor") || RequestPaths.inEditorsArea(RequestPaths.inApp(request))
                || path.startsWith("/jakarta.faces.resource") || path.length() > 200) {
            return null;
        }
        if (query == null) {
            return path;
        }
        boolean apiWithOnlyLang = path.startsWith("/api/v1/") && query.matches("lang=[a-z]{2,3}")
                && !path.endsWith("/search") && !path.endsWith("/navigator");
        return apiWithOnlyLang ? path + "?" + query : null;
    }

    private static String etag(byte[] body) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(d).substring(0, 22) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps what the page writes, to store it before it is sent. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        private PrintWriter writer;
        private ServletOutputStream stream;
        private int status = SC_OK;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            super.sendError(sc, msg);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = SC_FOUND;
            super.sendRedirect(location);
        }

        int status() {
            return status;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("not asynchronous");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset cs = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(buffer, cs));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int len) {
            // the length is set when the kept bytes are sent
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }
    }
}
