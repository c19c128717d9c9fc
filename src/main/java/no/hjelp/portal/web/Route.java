package no.hjelp.portal.web;

import no.hjelp.portal.content.Language;

/**
 * What a public URL resolved to, put on the request by {@link RouteFilter} for the page beans.
 *
 * @param view   the Facelets view under {@code /WEB-INF/views/}
 * @param lang   the reader's language (from the URL, or for {@code /} and bad URLs from Accept-Language)
 * @param topic  the topic id for topic pages, else null
 */
public record Route(String view, Language lang, String topic) {

    static final String ATTRIBUTE = Route.class.getName();

    public static final String LANGUAGES = "languages";
    public static final String HOME = "home";
    public static final String TOPIC = "topic";
    public static final String CONTACTS = "contacts";
    public static final String SEARCH = "search";
    public static final String NAVIGATOR = "navigator";
    public static final String BROCHURES = "brochures";
    public static final String BROCHURE = "brochure";
    public static final String NOT_FOUND = "not-found";
}
