package no.hjelp.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.hjelp.portal.content.Contact;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.ContentStore;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.i18n.Messages;

/**
 * What every public page needs: the reader's language, UI strings, the quick-exit address, links
 * to the same page in other languages, and the emergency contacts pinned on every page.
 * Request-scoped and stateless: nothing here creates a session.
 */
@Named("page")
@RequestScoped
public class PublicPage {

    @Inject
    ContentStore store;

    @Inject
    HttpServletRequest request;

    private Route route;
    private Content content;
    private Messages messages;
    private List<Alternate> alternates;

    /** A link to this page in another language. */
    public record Alternate(Language lang, String url) {

        public Language getLang() {
            return lang;
        }

        public String getUrl() {
            return url;
        }
    }

    @PostConstruct
    void init() {
        content = store.current();
        route = (Route) request.getAttribute(Route.ATTRIBUTE);
        if (route == null) {
            route = new Route(Route.NOT_FOUND, content.language("en").orElse(content.languages().get(0)), null);
        }
        messages = Messages.get(route.lang().code(), route.lang().tag());
    }

    public Route getRoute() {
        return route;
    }

    public Language getLang() {
        return route.lang();
    }

    public Content getContent() {
        return content;
    }

    public Messages getMessages() {
        return messages;
    }

    public String text(String key) {
        return messages.text(key);
    }

    /** A string with one named argument, e.g. {@code #{page.format('search.count', 'count', 3)}}. */
    public String format(String key, String name, Object value) {
        return messages.format(key, Map.of(name, value));
    }

    /** A string with two named arguments. */
    public String format2(String key, String name1, Object value1, String name2, Object value2) {
        return messages.format(key, Map.of(name1, value1, name2, value2));
    }

    public String date(LocalDate date) {
        return date == null ? "" : messages.date(date);
    }

    public String getQuickExit() {
        return content.site().quickExit();
    }

    public List<Language> getLanguages() {
        return content.languages();
    }

    /** Every language by its own name, in ICU's root collation order (scripts grouped, then letters). */
    public List<Language> getLanguagesSorted() {
        com.ibm.icu.text.Collator collator = com.ibm.icu.text.Collator.getInstance(com.ibm.icu.util.ULocale.ROOT);
        return content.languages().stream().sorted((a, b) -> collator.compare(a.name(), b.name())).toList();
    }

    /** The contacts pinned on top of pages: police, ambulance and the like. */
    public List<Contact> getEmergencyContacts() {
        return content.contacts().stream().filter(Contact::emergency).toList();
    }

    /** The address of the site, for hreflang links and the sitemap: {@code portal.base.url}, else this request's. */
    public String getBase() {
        return baseUrl(request);
    }

    static String baseUrl(HttpServletRequest request) {
        String configured = System.getProperty("portal.base.url", System.getenv("PORTAL_BASE_URL"));
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    /** This page in every language it exists in (for {@code hreflang} and the language list). */
    public List<Alternate> getAlternates() {
        if (alternates == null) {
            alternates = alternates();
        }
        return alternates;
    }

    private List<Alternate> alternates() {
        List<Alternate> out = new ArrayList<>();
        for (Language l : content.languages()) {
            String path = switch (route.view()) {
                case Route.TOPIC -> content.text(route.topic(), l.code()).isPresent() ? "/" + l.code() + "/" + route.topic() : null;
                case Route.HOME -> "/" + l.code() + "/";
                case Route.CONTACTS -> "/" + l.code() + "/contacts";
                case Route.SEARCH -> "/" + l.code() + "/search";
                case Route.NAVIGATOR -> "/" + l.code() + "/navigator";
                case Route.BROCHURES -> "/" + l.code() + "/brochures";
                case Route.BROCHURE -> "/" + l.code() + "/brochures/" + route.topic();
                default -> null;
            };
            if (path != null) {
                out.add(new Alternate(l, path));
            }
        }
        return out;
    }

    /** The topic's title in the reader's language, else English, else Norwegian. */
    public String topicTitle(String topic) {
        return TopicPage.pick(content, topic, route.lang().code()).map(t -> t.title()).orElse(topic);
    }

    /** A phone number's {@code tel:} link. */
    public String tel(Contact.Phone phone) {
        return no.hjelp.portal.content.Shortcodes.telHref(phone);
    }

    /** A phone number as shown: Latin digits, groups joined so it never breaks. */
    public String phone(Contact.Phone phone) {
        return no.hjelp.portal.content.Shortcodes.displayPhone(phone);
    }

    public String kindLabel(String kind) {
        return messages.text("kind." + kind);
    }
}
