package no.hjelp.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.content.internal.ContentLoader;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public site on a real Payara Micro: every page and API call, no cookie anywhere, security
 * headers, helpful 404s, hostile input, valid HTML, and the page-weight budget.
 */
@ExtendWith(ArquillianExtension.class)
class PublicSiteIT extends PortalDeployment {

    static Content content;

    /** The content the server runs on: the bundled content less one translation (see the pom, it-content). */
    @BeforeAll
    static void loadContent() {
        content = new ContentLoader().load(Path.of("target", "it-content"));
        assertTrue(content.text("compensation", "ar").isEmpty(), "the IT content lacks one translation, to test the fallback");
    }

    /** Every public URL the content gives: chooser, homes, contacts, searches and every topic in every language. */
    static List<String> publicPages() {
        List<String> pages = new ArrayList<>(List.of("/"));
        for (Language l : content.languages()) {
            pages.add("/" + l.code() + "/");
            pages.add("/" + l.code() + "/contacts");
            pages.add("/" + l.code() + "/contacts?city=Oslo&kind=health&free=on");
            pages.add("/" + l.code() + "/search");
            pages.add("/" + l.code() + "/navigator");
            pages.add("/" + l.code() + "/brochures");
            pages.add("/" + l.code() + "/brochures/victims");
            pages.add("/" + l.code() + "/navigator?age=adult&origin=elsewhere&status=none&need=health");
            pages.add("/" + l.code() + "/navigator?age=under18&origin=unknown&status=unknown");
            pages.add("/" + l.code() + "/search?q=" + URLEncoder.encode("advokat lawyer محامي ทนาย", StandardCharsets.UTF_8));
            for (String id : content.topicIds()) {
                pages.add("/" + l.code() + "/" + id);
            }
        }
        return pages;
    }

    private static void assertNoCookie(HttpResponse<?> r, String what) {
        assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), what + " set a cookie: " + r.headers().allValues("Set-Cookie"));
    }

    private static void assertSecurityHeaders(HttpResponse<?> r, String what) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"), what + ": " + csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), what + ": " + csp);
        assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), what);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), what);
        assertTrue(r.headers().firstValue("Permissions-Policy").orElse("").contains("geolocation=()"), what);
    }

    @Test
    void everyPublicPageAnswersWithoutCookieWithHeadersAndValidHtml() throws Exception {
        HtmlChecker checker = new HtmlChecker();
        List<String> failures = new ArrayList<>();
        for (String page : publicPages()) {
            HttpResponse<String> r = get(page);
            if (r.statusCode() != 200) {
                failures.add(page + " → " + r.statusCode());
                continue;
            }
            assertNoCookie(r, page);
            assertSecurityHeaders(r, page);
            assertTrue(r.body().contains("data-quick-exit"), page + " has no quick exit");
            List<String> errors = checker.check(r.body());
            if (!errors.isEmpty()) {
                failures.add(page + " invalid HTML: " + errors.subList(0, Math.min(3, errors.size())));
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void pagesLoadOnlyThePortalsOwnSmallResources() {
        Pattern resource = Pattern.compile("<(?:script|link|img|iframe)\\b[^>]*?(?:src|href)=\"([^\"]+)\"[^>]*>");
        for (String page : List.of("/", "/nb/", "/ar/get-help-now", "/th/legal-aid", "/en/contacts", "/nb/search?q=lege")) {
            String html = get(page).body();
            assertFalse(html.toLowerCase().contains("primefaces") || html.toLowerCase().contains("jquery")
                    || html.contains("jakarta.faces.resource"), page);
            Matcher m = resource.matcher(html);
            List<String> loaded = new ArrayList<>();
            while (m.find()) {
                if (!m.group().contains("rel=\"alternate\"")) {
                    loaded.add(m.group(1));
                }
            }
            assertEquals(List.of("/static/portal.css", "/static/portal.js"), loaded, page);
            assertFalse(html.contains("<style") || html.contains(" style=\"") || html.contains("<script>"), page + " has inline style or script");
        }
    }

    @Test
    void topicPageWithAllItsResourcesStaysUnderThirtyKilobytesCompressed() throws Exception {
        long total = 0;
        for (String part : List.of("/nb/health-care-rights", "/static/portal.css", "/static/portal.js")) {
            HttpResponse<byte[]> r = getBytes(part);
            assertEquals(200, r.statusCode(), part);
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
                out.write(r.body());
            }
            total += gz.size();
        }
        System.out.println("Topic page weight (HTML + CSS + JS, gzip): " + total + " bytes");
        assertTrue(total <= 30 * 1024, "page weight " + total);
    }

    @Test
    void textIsCompressedAndTheServerDoesNotNameItself() {
        HttpResponse<String> r = get("/nb/legal-aid", "Accept-Encoding", "gzip");
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(r.headers().firstValue("Server").isEmpty(), r.headers().toString());
        assertTrue(r.headers().firstValue("X-Powered-By").isEmpty(), r.headers().toString());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(404, get("/api/v1/application.wadl").statusCode(), "no WADL");
        assertEquals(404, get("/openapi/").statusCode(), "no OpenAPI document on the public site");
    }

    @Test
    void pagesAreServedFromTheCacheWithETagsButNothingTheReaderTypedIsKept() {
        HttpResponse<String> first = get("/nb/legal-aid");
        String etag = first.headers().firstValue("ETag").orElse("");
        assertTrue(etag.startsWith("\""), first.headers().toString());
        HttpResponse<String> second = get("/nb/legal-aid");
        assertEquals(first.body(), second.body());
        assertEquals(etag, second.headers().firstValue("ETag").orElse(""));
        assertSecurityHeaders(second, "a page from the cache");
        assertEquals("no-store", second.headers().firstValue("Cache-Control").orElse(""), "a page from the cache");
        HttpResponse<String> notModified = get("/nb/legal-aid", "If-None-Match", etag);
        assertEquals(304, notModified.statusCode());
        assertTrue(notModified.body().isEmpty());
        assertNoCookie(notModified, "304");
        assertSecurityHeaders(notModified, "304");
        String lastModified = second.headers().firstValue("Last-Modified").orElse("");
        assertTrue(lastModified.endsWith("GMT"), second.headers().toString());
        assertEquals(304, get("/nb/legal-aid", "If-Modified-Since", lastModified).statusCode(), "Last-Modified works too");
        assertEquals(200, get("/nb/legal-aid", "If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT").statusCode());
        assertEquals(200, get("/nb/legal-aid", "If-Modified-Since", "not a date").statusCode(), "a bad date is ignored");
        // gzipped once when cached, and sent as such to clients that take it
        HttpResponse<byte[]> gz = getBytes("/nb/legal-aid", "Accept-Encoding", "gzip");
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(gz.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.body()))) {
            assertEquals(first.body(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError("not gzip once: " + e, e);
        }
        assertEquals("no-store", second.headers().firstValue("Cache-Control").orElse(""), "nothing stays on a shared phone");
        assertTrue(get("/nb/search?q=advokat").headers().firstValue("ETag").isEmpty(), "searches are not cached");
        assertTrue(get("/en/navigator?age=adult").headers().firstValue("ETag").isEmpty(), "answers are not cached");
        assertTrue(get("/", "Accept-Language", "ar").body().contains("lang=\"ar\""), "the chooser is never cached");
        assertTrue(get("/", "Accept-Language", "th").body().contains("lang=\"th\""), "the chooser is never cached");
        assertEquals(404, get("/nb/no-such-topic").statusCode());
        assertEquals(404, get("/nb/no-such-topic").statusCode(), "a 404 is not cached as a page");
        HttpResponse<String> api = get("/api/v1/topics?lang=th");
        assertTrue(api.headers().firstValue("ETag").isPresent());
        assertEquals(api.body(), get("/api/v1/topics?lang=th").body());
    }

    @Test
    void theEditorsAreaAsksForASignInAndIsNotForSearchEngines() {
        HttpResponse<String> r = get("/editor/");
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/editor/login.xhtml"));
        HttpResponse<String> login = get("/editor/login.xhtml");
        assertEquals(200, login.statusCode());
        assertTrue(login.headers().firstValue("X-Robots-Tag").orElse("").contains("noindex"));
        String cookie = login.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("Path=/editor") && cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=strict"), cookie);
        assertFalse(get("/nb/").body().contains("/editor"), "public pages never link the editors' area");
    }

    @Test
    void htmlLangAndDirFollowTheLanguage() {
        assertTrue(get("/ar/get-help-now").body().contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" dir=\"rtl\">"));
        assertTrue(get("/th/get-help-now").body().contains("lang=\"th\" dir=\"ltr\""));
        assertTrue(get("/nb/").body().contains("lang=\"nb\" dir=\"ltr\""));
        String nb = get("/nb/legal-aid").body();
        for (Language l : content.languages()) {
            assertTrue(nb.contains("<link rel=\"alternate\" hreflang=\"" + l.tag() + "\""), "hreflang " + l.code());
        }
    }

    @Test
    void languageChooserOffersTheBrowsersLanguageFirstWithoutRedirectOrCookie() {
        HttpResponse<String> r = get("/", "Accept-Language", "th-TH,th;q=0.9,en;q=0.5");
        assertEquals(200, r.statusCode());
        assertNoCookie(r, "/");
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept-Language"));
        String body = r.body();
        int preferred = body.indexOf("class=\"preferred\"");
        assertTrue(preferred > 0 && body.indexOf("href=\"/th/\"", preferred) > 0, body);
        assertTrue(body.contains("lang=\"th\""));
        for (Language l : content.languages()) {
            assertTrue(body.contains(">" + l.name() + "</a>"), l.name());
        }
        assertTrue(get("/", "Accept-Language", "fr").body().contains("lang=\"en\""), "unknown languages get English");
        assertTrue(get("/", "Accept-Language", "no").body().contains("lang=\"nb\""), "'no' means bokmål");
    }

    @Test
    void translationStateIsShownToReaders() {
        String ar = get("/ar/get-help-now").body();
        assertTrue(ar.contains("class=\"notice\""), "machine-drafted notice");
        assertTrue(ar.contains("href=\"/nb/get-help-now\"") && ar.contains("href=\"/en/get-help-now\""), "links to the original");
        String missing = get("/ar/compensation").body();
        assertTrue(missing.contains("<article lang=\"en\" dir=\"ltr\">"), "falls back to English, explicitly");
        assertTrue(missing.contains("class=\"notice\" lang=\"ar\" dir=\"rtl\""), missing);
        assertFalse(get("/nb/get-help-now").body().contains("class=\"notice\""), "the original has no notice");
    }

    @Test
    void topicShowsFactsContactsAndVerifiedDateInTheReadersLanguage() {
        String nb = get("/nb/reflection-period").body();
        assertTrue(nb.contains("6 måneder"), "fact rendered");
        assertTrue(nb.contains("28. november 2026"), "verified date");
        String th = get("/th/get-help-now").body();
        assertTrue(th.contains("2569"), "Thai dates in the Buddhist era");
        String ar = get("/ar/get-help-now").body();
        assertTrue(ar.contains("dir=\"ltr\">22\u00A033\u00A011\u00A060</a>"), "ROSA number left to right, unbroken");
    }

    @Test
    void contactDirectoryPinsEmergencyNumbersAndFilters() {
        String all = get("/en/contacts").body();
        int pinned = all.indexOf("class=\"pinned\"");
        int list = all.indexOf("id=\"contact-list\"");
        assertTrue(pinned > 0 && all.indexOf("tel:112", pinned) < list, "112 pinned above the list");
        String oslo = get("/en/contacts?city=Oslo&kind=health").body().substring(list / 2);
        assertTrue(oslo.contains("id=\"health-centre-oslo\""));
        assertFalse(oslo.contains("id=\"health-centre-bergen\""));
        String noStay = get("/en/contacts?nostay=on").body();
        assertTrue(noStay.contains("id=\"health-centre-bergen\"") && !noStay.contains("id=\"jurk\""));
        String bad = get("/en/contacts?city=%3Cscript%3E&kind=zzz&language=qq").body();
        assertTrue(bad.contains("id=\"rosa\""), "unknown filter values are ignored, the list still shows");
        assertFalse(bad.contains("<script>"));
    }

    @Test
    void searchFindsHighlightsAndFallsBack() {
        String r = get("/nb/search?q=advokat").body();
        assertTrue(r.contains("href=\"/nb/legal-aid\""), r);
        assertTrue(r.contains("<mark>"));
        String fb = get("/th/search?q=compensation").body();
        assertTrue(fb.contains("href=\"/en/compensation\"") || fb.contains("href=\"/nb/compensation\""), fb);
        HttpResponse<String> empty = get("/nb/search?q=");
        assertEquals(200, empty.statusCode());
        assertFalse(empty.body().contains("<ol class=\"results\">"));
    }

    @Test
    void unknownLanguageOrTopicIsAHelpful404() {
        for (String path : List.of("/xx/", "/xx/legal-aid", "/nb/no-such-topic", "/nb/legal-aid/extra", "/NB/", "/static-nope")) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertNoCookie(r, path);
            assertTrue(r.body().contains("role=\"search\""), path + " has a search box");
            assertTrue(r.body().contains("href=\"/ar/\""), path + " lists the languages");
        }
        assertTrue(get("/nb/no-such-topic").body().contains("lang=\"nb\""), "404 in the reader's language");
        assertEquals(301, get("/nb").statusCode());
        assertEquals("/nb/legal-aid", get("/nb/legal-aid/").headers().firstValue("Location").orElse(""));
    }

    @Test
    void sitemapRobotsAndHealth() {
        HttpResponse<String> s = get("/sitemap.xml");
        assertEquals(200, s.statusCode());
        assertTrue(s.body().contains("/ar/get-help-now</loc>"));
        assertFalse(s.body().contains("/ar/compensation</loc>"), "only translations that exist");
        assertTrue(get("/robots.txt").body().contains("Disallow: /api/"));
        HttpResponse<String> ready = get("/health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("search-index") && ready.body().contains("UP"), ready.body());
    }

    // ---- API ----

    private JsonValue json(HttpResponse<String> r) {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        assertNoCookie(r, "API");
        return Json.createReader(new StringReader(r.body())).readValue();
    }

    @Test
    void apiLanguagesAndTopics() {
        JsonArray langs = json(get("/api/v1/languages")).asJsonArray();
        assertEquals(content.languages().size(), langs.size());
        JsonObject ar = langs.getValuesAs(JsonObject.class).stream().filter(o -> o.getString("code").equals("ar")).findFirst().orElseThrow();
        assertEquals("rtl", ar.getString("dir"));
        assertEquals("العربية", ar.getString("name"));

        JsonArray topics = json(get("/api/v1/topics?lang=ar")).asJsonArray();
        assertEquals(26, topics.size());
        long own = topics.getValuesAs(JsonObject.class).stream().filter(o -> !o.getBoolean("fallback")).count();
        assertEquals(content.topicIds().stream().filter(t -> content.text(t, "ar").isPresent()).count(), own);
        assertEquals(25, own);
        JsonObject first = topics.getValuesAs(JsonObject.class).stream().filter(o -> o.getString("topic").equals("get-help-now")).findFirst().orElseThrow();
        assertEquals("machine-drafted", first.getString("state"));
        assertEquals("/ar/get-help-now", first.getString("url"));
        JsonObject missing = topics.getValuesAs(JsonObject.class).stream().filter(o -> o.getString("topic").equals("compensation")).findFirst().orElseThrow();
        assertEquals("missing", missing.getString("state"));
        assertEquals("en", missing.getString("lang"));

        JsonObject one = json(get("/api/v1/topics/reflection-period?lang=nb")).asJsonObject();
        assertEquals("original", one.getString("translation"));
        assertTrue(one.getString("html").contains("6 måneder"));
    }

    @Test
    void apiErrorsAreJsonWithTheValidValues() {
        HttpResponse<String> bad = get("/api/v1/topics?lang=xx");
        assertEquals(400, bad.statusCode());
        JsonObject e = json(bad).asJsonObject();
        assertTrue(e.getJsonArray("valid").toString().contains("\"nb\""), e.toString());
        assertEquals(400, get("/api/v1/topics").statusCode(), "lang is required");
        HttpResponse<String> unknown = get("/api/v1/topics/no-such?lang=en");
        assertEquals(404, unknown.statusCode());
        json(unknown);
        assertEquals(404, get("/api/v1/nothing-here").statusCode());
        assertEquals(400, get("/api/v1/search?lang=nb&q=x&limit=abc").statusCode());
        assertEquals(400, get("/api/v1/search?lang=nb&q=x&limit=0").statusCode());
        assertEquals(400, get("/api/v1/contacts?lang=%3Cscript%3E").statusCode());
        assertFalse(get("/api/v1/contacts?lang=%3Cscript%3E").body().contains("<script>"));
    }

    @Test
    void apiContactsFilterAndSearch() {
        JsonArray oslo = json(get("/api/v1/contacts?lang=en&city=Oslo&kind=health")).asJsonArray();
        List<String> ids = oslo.getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
        assertTrue(ids.contains("health-centre-oslo") && !ids.contains("health-centre-bergen"), ids.toString());
        JsonArray open = json(get("/api/v1/contacts?lang=th&open24h=true")).asJsonArray();
        assertTrue(open.getValuesAs(JsonObject.class).stream().allMatch(o -> o.getBoolean("open24h")));
        JsonObject rosa = json(get("/api/v1/contacts?lang=ar")).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("id").equals("rosa")).findFirst().orElseThrow();
        assertEquals("tel:+4722331160", rosa.getJsonArray("phones").getJsonObject(0).getString("tel"));
        assertEquals("ar", rosa.getString("descriptionLang"));

        JsonObject s = json(get("/api/v1/search?lang=en&q=lawyer&limit=3")).asJsonObject();
        assertEquals("lawyer", s.getString("query"));
        assertTrue(s.getInt("total") > 0);
        assertEquals("legal-aid", s.getJsonArray("results").getJsonObject(0).getString("topic"));
        assertTrue(s.getJsonArray("results").size() <= 3);
        JsonObject empty = json(get("/api/v1/search?lang=en&q=")).asJsonObject();
        assertEquals(0, empty.getInt("total"));
    }

    // ---- rights navigator ----

    @Test
    void navigatorPageFlowInNorwegianEnglishAndArabic() {
        for (String lang : List.of("nb", "en", "ar")) {
            HttpResponse<String> form = get("/" + lang + "/navigator");
            assertEquals(200, form.statusCode());
            assertNoCookie(form, lang);
            assertTrue(form.body().contains("name=\"age\"") && form.body().contains("name=\"status\""));
            assertFalse(form.body().contains("class=\"rights\""), "no answer before the reader asks");
            HttpResponse<String> r = get("/" + lang + "/navigator?age=adult&origin=elsewhere&status=none&need=health");
            assertEquals(200, r.statusCode());
            assertNoCookie(r, lang);
            String body = r.body();
            assertTrue(body.contains("id=\"right-emergency-care\"") && body.contains("id=\"right-limited-health\""), lang);
            assertTrue(body.contains("id=\"right-pregnancy-care\"") && body.contains("id=\"right-infectious-care\""), lang);
            assertFalse(body.contains("id=\"right-full-health\""), lang);
            assertTrue(body.contains("checked=\"checked\""), "the answers stay selected");
            assertTrue(body.contains("href=\"/" + lang + "/health-care-rights\""), "links the full topic");
        }
        String child = get("/en/navigator?age=under18").body();
        assertTrue(child.contains("id=\"right-child-health\"") && child.contains("id=\"right-ask-for-advice\""));
        String reflection = get("/nb/navigator?age=adult&origin=elsewhere&status=reflection").body();
        assertTrue(reflection.contains("id=\"right-reflection-social\"") && reflection.contains("opptil 1 år om gangen"), "facts render in the answer");
        assertTrue(get("/ar/navigator?age=adult&origin=elsewhere&status=none").body().contains("dir=\"ltr\">22\u00A033\u00A011\u00A060</a>"));
        HttpResponse<String> junk = get("/en/navigator?age=%3Cscript%3E&status=x&need=y&origin=" + "z".repeat(5000));
        assertEquals(200, junk.statusCode());
        assertFalse(junk.body().contains("<script>"));
        assertTrue(junk.body().contains("id=\"right-ask-for-advice\""), "junk answers count as I don't know");
    }

    @Test
    void navigatorApi() {
        JsonObject a = json(get("/api/v1/navigator?lang=en&age=adult&origin=elsewhere&status=none&need=return")).asJsonObject();
        JsonArray rights = a.getJsonArray("rights");
        assertEquals("return-help", rights.getJsonObject(0).getString("id"));
        JsonObject first = rights.getJsonObject(0);
        for (String key : List.of("id", "title", "text", "basis", "verified", "topic", "contacts")) {
            assertTrue(first.containsKey(key), key);
        }
        assertEquals("return-home", first.getString("topic"));
        JsonObject none = json(get("/api/v1/navigator?lang=nb")).asJsonObject();
        assertEquals("unknown", none.getJsonObject("answers").getString("age"));
        assertTrue(none.getJsonArray("rights").toString().contains("ask-for-advice"));
        JsonObject ar = json(get("/api/v1/navigator?lang=ar&age=under18")).asJsonObject();
        assertTrue(ar.getJsonArray("rights").toString().contains("child-health"));
        assertEquals(400, get("/api/v1/navigator?lang=xx&age=adult").statusCode());
        assertEquals(400, get("/api/v1/navigator").statusCode());
    }

    // ---- brochures ----

    @Test
    void brochurePagePreviewsAndDownloads() throws Exception {
        HttpResponse<String> form = get("/en/brochures");
        assertEquals(200, form.statusCode());
        assertNoCookie(form, "brochures");
        for (String id : content.brochures().keySet()) {
            assertTrue(form.body().contains("value=\"" + id + "\""), id);
        }
        HttpResponse<String> chosen = get("/en/brochures?b=marriage-migrants&in=th&with=nb&paper=a5");
        assertEquals(200, chosen.statusCode());
        assertNoCookie(chosen, "brochures");
        String body = chosen.body();
        assertTrue(body.contains("href=\"/th/brochures/marriage-migrants.pdf?paper=a5&amp;with=nb\""), body);
        assertTrue(body.contains("src=\"/th/brochures/marriage-migrants-p1.png?paper=a5&amp;with=nb\""), "page previews");

        HttpResponse<byte[]> pdf = getBytes("/th/brochures/marriage-migrants.pdf?paper=a5&with=nb");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
        assertTrue(pdf.headers().allValues("Set-Cookie").isEmpty());
        HttpResponse<byte[]> again = getBytes("/th/brochures/marriage-migrants.pdf?paper=a5&with=nb");
        assertTrue(java.util.Arrays.equals(pdf.body(), again.body()), "the second download comes from the cache");
        try (var files = java.nio.file.Files.list(Path.of("target", "data", "brochure-cache"))) {
            List<Path> cached = files.toList();
            assertTrue(cached.stream().anyMatch(f -> f.toString().endsWith(".pdf")), cached.toString());
            assertTrue(cached.stream().noneMatch(f -> f.toString().endsWith(".tmp")), "no half-written file left");
        }
        HttpResponse<byte[]> png = getBytes("/th/brochures/marriage-migrants-p1.png?paper=a5&with=nb");
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<byte[]> zip = getBytes("/nb/brochures/health.zip?paper=a4");
        assertEquals(200, zip.statusCode());
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            int entries = 0;
            while (in.getNextEntry() != null) {
                entries++;
            }
            assertEquals(content.languages().size(), entries, "one PDF per language");
        }
        String online = get("/ar/brochures/victims").body();
        assertTrue(online.contains("lang=\"ar\" dir=\"rtl\"") && online.contains("id=\"reflection-period\""), "the QR code's page");
    }

    @Test
    void brochureBadInputIsA404Page() {
        for (String path : List.of("/nb/brochures/nope.pdf", "/nb/brochures/victims.pdf?paper=a3", "/nb/brochures/victims.pdf?with=xx",
                "/nb/brochures/victims-p99.png", "/nb/brochures/victims.exe", "/nb/brochures/VICTIMS.pdf", "/xx/brochures/victims.pdf",
                "/nb/brochures/victims-p0.png", "/nb/brochures/..%2Fvictims.pdf")) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("role=\"search\""), path + " is the helpful 404 page");
        }
        assertEquals(200, get("/nb/brochures?b=nope&paper=zz&with=qq").statusCode(), "the picker ignores unknown choices");
    }

    @Test
    void brochureApi() {
        JsonArray list = json(get("/api/v1/brochures?lang=th")).asJsonArray();
        assertEquals(content.brochures().size(), list.size());
        JsonObject victims = list.getValuesAs(JsonObject.class).stream().filter(o -> o.getString("id").equals("victims")).findFirst().orElseThrow();
        assertEquals("/th/brochures/victims.pdf", victims.getString("pdf"));
        assertEquals("th", victims.getString("lang"));
        assertEquals(content.brochures().get("victims").titleIn("th"), victims.getString("title"));
        assertEquals(200, getBytes(victims.getString("pdf")).statusCode());
        assertEquals(400, get("/api/v1/brochures?lang=xx").statusCode());
    }

    // ---- hostile input ----

    @Test
    void hostileInputNeverGivesA5xxOrReflectsMarkup() {
        String script = "<script>alert(1)</script>";
        String enc = URLEncoder.encode(script, StandardCharsets.UTF_8);
        List<String> paths = new ArrayList<>(List.of(
                "/nb/search?q=" + enc, "/ar/search?q=" + enc, "/api/v1/search?lang=nb&q=" + enc,
                "/nb/search?q=%22", "/nb/search?q=*", "/nb/search?q=(", "/nb/search?q=AND", "/nb/search?q=~",
                "/nb/search?q=%5C", "/nb/search?q=title_nb%3A*", "/nb/search?q=%5B1+TO+5%5D",
                "/nb/search?q=" + "x".repeat(10_000), "/api/v1/search?lang=nb&q=" + "y".repeat(10_000),
                "/nb/search?q=%00", "/nb/search?q=%C3%28", "/nb/search?q=%FF%FE", "/nb/search?q=%",
                "/../../etc/passwd", "/nb/..%2F..%2Fetc%2Fpasswd", "/%2e%2e/%2e%2e/WEB-INF/web.xml",
                "/WEB-INF/web.xml", "/WEB-INF/views/topic.xhtml", "/nb/legal-aid.xhtml", "/views/topic.xhtml",
                "/nb/%00", "/zz/", "/" + enc + "/", "/nb/" + enc, "/api/v1/topics/" + enc + "?lang=nb",
                "/api/v1/topics?lang=" + enc, "/api/v1/contacts?lang=nb&city=" + enc + "&kind=" + enc,
                "/nb/contacts?city=" + enc + "&kind=" + enc + "&language=" + enc,
                "/static/..%2F..%2FWEB-INF%2Fweb.xml", "/jakarta.faces.resource/..%2Fweb.xml",
                "/nb/search?q=" + URLEncoder.encode("\u202Eevil\u200B\uFEFF", StandardCharsets.UTF_8)));
        List<String> failures = new ArrayList<>();
        for (String p : paths) {
            RawResponse r = raw(p.getBytes(StandardCharsets.US_ASCII), "GET");
            if (r.status() < 200 || r.status() >= 500) {
                failures.add(p.substring(0, Math.min(80, p.length())) + " → " + r.status());
            }
            if (r.text().contains(script)) {
                failures.add(p + " reflects markup");
            }
            if (r.text().contains("root:x:0") || r.text().contains("<web-app") || r.text().contains("at no.hjelp")
                    || r.text().contains("Exception")) {
                failures.add(p + " leaks: " + r.text().substring(0, Math.min(200, r.text().length())));
            }
            if (r.text().toLowerCase().contains("set-cookie")) {
                failures.add(p + " set a cookie");
            }
        }
        // bytes no encoder would produce: invalid UTF-8 and control characters in the path
        for (byte[] target : new byte[][] {{'/', 'n', 'b', '/', (byte) 0xC3, (byte) 0x28},
                {'/', (byte) 0xFF, '/'}, {'/', 'n', 'b', '/', 's', 'e', 'a', 'r', 'c', 'h', '?', 'q', '=', (byte) 0xE2, (byte) 0x82}}) {
            RawResponse r = raw(target, "GET");
            if (r.status() < 200 || r.status() >= 500) {
                failures.add("raw bytes → " + r.status());
            }
        }
        for (String method : List.of("POST", "PUT", "DELETE", "TRACE")) {
            RawResponse r = raw("/nb/legal-aid".getBytes(StandardCharsets.US_ASCII), method);
            if (r.status() >= 500 || r.status() == 200) {
                failures.add(method + " → " + r.status());
            }
        }
        assertTrue(paths.size() >= 30);
        assertEquals(List.of(), failures);
    }
}
