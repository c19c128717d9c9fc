package no.hjelp.portal.search;

import java.util.List;

/**
 * The answer to a search.
 *
 * @param query    the query as searched (trimmed and capped)
 * @param fallback true when nothing matched in the reader's language and the hits come from the
 *                 fallback languages (English, Norwegian); each hit names its language
 */
public record SearchResults(String query, String lang, int total, List<SearchHit> hits, boolean fallback) {

    public static SearchResults empty(String query, String lang) {
        return new SearchResults(query, lang, 0, List.of(), false);
    }
}
