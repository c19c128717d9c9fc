package no.hjelp.portal.search;

/**
 * One search result.
 *
 * @param kind    "topic" or "contact"
 * @param id      the topic or contact id
 * @param lang    the language of the text that matched (the reader's, or a fallback)
 * @param snippet HTML: escaped text with the matching words in {@code <mark>}
 * @param url     where the result is read, e.g. {@code /nb/legal-aid}
 */
public record SearchHit(String kind, String id, String lang, String title, String snippet, String url) {
}
