package no.hjelp.portal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import no.hjelp.portal.content.internal.ContentLoader;

/**
 * What a reader asked the contact directory to show. Shared by the page and the API.
 * Values that do not exist are dropped (the reader still gets a list, never an error).
 *
 * @param city      a city, or null; national contacts match every city
 * @param kind      one of {@link ContentLoader#KINDS}, or null
 * @param language  a language code the staff must speak, or null
 */
public record ContactFilter(String city, String kind, String language, boolean open24h, boolean free,
                            boolean anonymous, boolean noLegalStay) {

    /** Reads {@code city, kind, language, open24h, free, anonymous, nostay} from request parameters. */
    public static ContactFilter fromParameters(Function<String, String> params, Content content) {
        String city = params.apply("city");
        if (city != null && !cities(content).contains(city)) {
            city = null;
        }
        String kind = params.apply("kind");
        if (kind != null && !ContentLoader.KINDS.contains(kind)) {
            kind = null;
        }
        String language = params.apply("language");
        if (language != null && content.language(language).isEmpty()) {
            language = null;
        }
        return new ContactFilter(city, kind, language, on(params.apply("open24h")), on(params.apply("free")),
                on(params.apply("anonymous")), on(params.apply("nostay")));
    }

    private static boolean on(String value) {
        return value != null && (value.equals("on") || value.equals("true") || value.equals("1"));
    }

    public boolean matches(Contact c) {
        return (city == null || "national".equals(c.area()) || List.of(c.area().split(",\\s*")).contains(city))
                && (kind == null || c.kinds().contains(kind))
                && (language == null || c.languages().contains(language))
                && (!open24h || c.open24h())
                && (!free || Boolean.TRUE.equals(c.free()))
                && (!anonymous || Boolean.TRUE.equals(c.anonymous()))
                && (!noLegalStay || Boolean.TRUE.equals(c.noLegalStayNeeded()));
    }

    public boolean isActive() {
        return city != null || kind != null || language != null || open24h || free || anonymous || noLegalStay;
    }

    /** The cities contacts are in, sorted; "national" is not a city. */
    public static List<String> cities(Content content) {
        TreeSet<String> set = new TreeSet<>();
        for (Contact c : content.contacts()) {
            for (String a : c.area().split(",\\s*")) {
                if (!a.equals("national") && !a.isBlank()) {
                    set.add(a);
                }
            }
        }
        return new ArrayList<>(set);
    }
}
