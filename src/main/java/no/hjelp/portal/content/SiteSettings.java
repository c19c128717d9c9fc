package no.hjelp.portal.content;

import java.util.List;

/** Settings from {@code content/site.yaml}. */
public record SiteSettings(String quickExit, List<Situation> situations) {

    /** An entry point on the home page: an i18n key for its label and the topic it opens. */
    public record Situation(String label, String topic) {
    }
}
