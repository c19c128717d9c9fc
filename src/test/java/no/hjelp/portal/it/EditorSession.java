package no.hjelp.portal.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An editor's browser without the browser: keeps the session cookie, reads a Faces form's fields
 * (with its view state) from a page and posts it back with some fields changed and a button pressed.
 */
final class EditorSession {

    private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);

    final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String base;
    String page = "";
    int status;
    String location;

    EditorSession(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in; true when the dashboard opened. */
    boolean signIn(String name, String password) {
        get("/editor/login.xhtml");
        Map<String, List<String>> f = form("signin");
        set(f, "name", name);
        set(f, "password", password);
        set(f, "submit", "");
        post("/editor/login.xhtml", f);
        return page.contains("id=\"matrix\"");
    }

    EditorSession get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    EditorSession post(String path, Map<String, List<String>> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, vs) -> vs.forEach(v -> b.append(b.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v))));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(b.toString())));
    }

    /** Posts the form of the current page with these fields changed and this button pressed. */
    EditorSession submit(String path, String formId, String button, String... fieldValues) {
        Map<String, List<String>> f = form(formId);
        for (int i = 0; i + 1 < fieldValues.length; i += 2) {
            set(f, fieldValues[i], fieldValues[i + 1]);
        }
        set(f, formId + ":" + button, "");
        return post(path, f);
    }

    private EditorSession send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            status = r.statusCode();
            page = r.body();
            location = r.uri().getPath();
            return this;
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    /** The fields of a form on the current page, as a browser would send them. */
    Map<String, List<String>> form(String id) {
        int start = page.indexOf("<form id=\"" + id + "\"");
        if (start < 0) {
            throw new AssertionError("no form " + id + " on " + location + ": " + page.substring(0, Math.min(page.length(), 800)));
        }
        String f = page.substring(start, page.indexOf("</form>", start));
        Map<String, List<String>> out = new LinkedHashMap<>();
        Matcher m = INPUT.matcher(f);
        while (m.find()) {
            String t = m.group();
            String name = attr(t, "name");
            String type = attr(t, "type");
            String value = attr(t, "value");
            if (name == null || "submit".equals(type) || "button".equals(type)) {
                continue;
            }
            if ("checkbox".equals(type) || "radio".equals(type)) {
                if (t.contains("checked")) {
                    out.computeIfAbsent(name, k -> new ArrayList<>()).add(value == null ? "on" : value);
                }
                continue;
            }
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value == null ? "" : value);
        }
        m = TEXTAREA.matcher(f);
        while (m.find()) {
            out.put(m.group(1), new ArrayList<>(List.of(unescape(m.group(2)))));
        }
        m = SELECT.matcher(f);
        while (m.find()) {
            Matcher o = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected").matcher(m.group(2));
            if (o.find()) {
                out.put(m.group(1), new ArrayList<>(List.of(unescape(o.group(1)))));
            }
        }
        return out;
    }

    static void set(Map<String, List<String>> f, String name, String value) {
        f.put(name, new ArrayList<>(List.of(value)));
    }

    /** The text of the element with this id (tags stripped), or null. */
    String text(String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(page);
        return m.find() ? unescape(m.group(1).replaceAll("<[^>]+>", "")).strip() : null;
    }

    /** A table's rows as text, one line per row, cells separated by a space (for the diff tables). */
    String table(String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        if (start < 0) {
            return "";
        }
        String t = page.substring(start, page.indexOf("</table>", start));
        StringBuilder b = new StringBuilder();
        Matcher m = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(t);
        while (m.find()) {
            b.append(unescape(m.group(1).replaceAll("<span class=\"sr-only\">[^<]*</span>", "").replaceAll("</td>\\s*<td>", " ")
                    .replaceAll("<[^>]+>", "")).strip()).append('\n');
        }
        return b.toString();
    }

    /** Messages PrimeFaces shows (info and error, global and next to fields). */
    List<String> messages() {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("ui-message[s]?-(?:error|info)-(?:summary|detail)\"[^>]*>([^<]*)<").matcher(page);
        while (m.find()) {
            out.add(unescape(m.group(1)));
        }
        return out;
    }

    HttpCookie sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElse(null);
    }

    private static String attr(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? unescape(m.group(1)) : null;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
