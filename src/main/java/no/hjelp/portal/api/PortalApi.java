package no.hjelp.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.hjelp.portal.content.ContactFilter;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.ContentStore;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.content.MarkdownRenderer;
import no.hjelp.portal.content.TopicText;
import no.hjelp.portal.search.SearchHit;
import no.hjelp.portal.search.SearchIndex;
import no.hjelp.portal.search.SearchResults;

/**
 * The public JSON API. Read-only, no cookie, the same content as the pages.
 * An unknown {@code lang} is a 400 listing the valid codes; an unknown id is a 404.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class PortalApi {

    @Inject
    ContentStore store;

    @Inject
    SearchIndex index;

    public record LanguageJson(String code, String name, String dir) {
    }

    public record TopicJson(String topic, String lang, String title, String summary, String url, String translation,
                            String state, boolean fallback, LocalDate verified, String html) {
    }

    public record PhoneJson(String number, String tel) {
    }

    public record HoursJson(List<String> days, String from, String to) {
    }

    public record ContactJson(String id, String name, String official, List<String> kinds, boolean emergency,
                              List<PhoneJson> phones, boolean open24h, List<HoursJson> hours, String area,
                              List<String> languages, Boolean free, Boolean anonymous, Boolean noLegalStayNeeded,
                              String web, String email, String description, String descriptionLang, LocalDate verified,
                              String source, String url) {
    }

    public record HitJson(String topic, String contact, String lang, String title, String snippet, String url) {
    }

    public record SearchJson(String query, String lang, int total, boolean fallback, List<HitJson> results) {
    }

    @GET
    @Path("languages")
    public List<LanguageJson> languages() {
        return store.current().languages().stream().map(l -> new LanguageJson(l.code(), l.name(), l.dir())).toList();
    }

    @GET
    @Path("topics")
    public List<TopicJson> topics(@QueryParam("lang") String lang) {
        Content content = store.current();
        Language language = language(content, lang);
        List<TopicJson> out = new ArrayList<>();
        for (String id : content.topicIds()) {
            TopicJson t = topic(content, id, language, false);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    @GET
    @Path("topics/{id}")
    public TopicJson topic(@PathParam("id") String id, @QueryParam("lang") String lang) {
        Content content = store.current();
        Language language = language(content, lang);
        TopicJson t = content.isTopic(id) ? topic(content, id, language, true) : null;
        if (t == null) {
            throw ApiError.of(404, "No topic '" + clip(id) + "': the topic ids are listed at /api/v1/topics?lang=" + language.code(),
                    content.topicIds());
        }
        return t;
    }

    @GET
    @Path("contacts")
    public List<ContactJson> contacts(@QueryParam("lang") String lang, @Context UriInfo uri) {
        Content content = store.current();
        Language language = language(content, lang);
        ContactFilter filter = ContactFilter.fromParameters(uri.getQueryParameters()::getFirst, content);
        String l = language.code();
        return content.contacts().stream().filter(filter::matches).map(c -> new ContactJson(c.id(), c.nameIn(l),
                c.official(), c.kinds(), c.emergency(),
                c.phones().stream().map(p -> new PhoneJson(p.number(), no.hjelp.portal.content.Shortcodes.telHref(p))).toList(),
                c.open24h(), c.hours().stream().map(h -> new HoursJson(h.days().stream().map(Enum::name).toList(), h.from(), h.to())).toList(),
                c.area(), c.languages(), c.free(), c.anonymous(), c.noLegalStayNeeded(), c.web(), c.email(),
                c.descriptionIn(l), c.describedIn(l) ? l : (c.describedIn("en") ? "en" : "nb"), c.verified(), c.source(),
                "/" + l + "/contacts#" + c.id())).toList();
    }

    @GET
    @Path("search")
    public SearchJson search(@QueryParam("lang") String lang, @QueryParam("q") String q, @QueryParam("limit") String limit) {
        Content content = store.current();
        Language language = language(content, lang);
        int max = 10;
        if (limit != null && !limit.isBlank()) {
            try {
                max = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                max = -1;
            }
            if (max < 1 || max > 50) {
                throw ApiError.of(400, "limit must be a whole number from 1 to 50", List.of());
            }
        }
        SearchResults r = index.search(language.code(), q, max);
        List<HitJson> hits = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            boolean topic = "topic".equals(h.kind());
            hits.add(new HitJson(topic ? h.id() : null, topic ? null : h.id(), h.lang(), h.title(), h.snippet(), h.url()));
        }
        return new SearchJson(r.query(), r.lang(), r.total(), r.fallback(), hits);
    }

    private static TopicJson topic(Content content, String id, Language reader, boolean withHtml) {
        TopicText t = content.textWithFallback(id, reader.code()).orElse(null);
        if (t == null) {
            return null;
        }
        boolean fallback = !t.lang().equals(reader.code());
        Language textLang = content.language(t.lang()).orElse(reader);
        String html = withHtml ? new MarkdownRenderer().html(t, textLang, content) : null;
        return new TopicJson(id, t.lang(), t.title(), t.summary(), "/" + reader.code() + "/" + id, t.translation().id(),
                content.state(id, reader.code()).id(), fallback, t.verified(), html);
    }

    private static Language language(Content content, String lang) {
        return content.language(lang).orElseThrow(() -> ApiError.of(400,
                (lang == null || lang.isBlank() ? "lang is required" : "Unknown lang '" + clip(lang) + "'")
                        + ": use one of the codes in 'valid' (also at /api/v1/languages)",
                content.languages().stream().map(Language::code).toList()));
    }

    /** Echo at most a little of what the caller sent, so an error never reflects a large input. */
    private static String clip(String s) {
        String c = s.replaceAll("[^\\p{L}\\p{N}_-]", "?");
        return c.length() > 40 ? c.substring(0, 40) + "…" : c;
    }
}
