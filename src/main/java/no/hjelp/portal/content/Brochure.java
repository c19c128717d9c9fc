package no.hjelp.portal.content;

import java.util.List;
import java.util.Map;

/**
 * A printed brochure, defined in {@code content/brochures/<id>.yaml}: a title per language, the
 * audience, the topics in print order and the contacts listed at the end.
 */
public record Brochure(String id, Map<String, String> title, String audience, List<String> topics,
                       List<String> contacts) {

    /** The title in that language, else English, else Norwegian. */
    public String titleIn(String lang) {
        return title.getOrDefault(lang, title.getOrDefault("en", title.get("nb")));
    }
}
