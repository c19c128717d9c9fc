package no.hjelp.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import no.hjelp.portal.search.SearchIndex;
import no.hjelp.portal.search.SearchResults;

/**
 * The search page: {@code /{lang}/search?q=...}. A plain GET form, so searching creates no session
 * and works without JavaScript. The query is never logged.
 */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    PublicPage page;

    @Inject
    SearchIndex index;

    @Inject
    HttpServletRequest request;

    private SearchResults results;

    @PostConstruct
    void init() {
        results = index.search(page.getLang().code(), request.getParameter("q"), 20);
    }

    public SearchResults getResults() {
        return results;
    }

    /** True when the reader asked something (the page then shows a count, even of zero). */
    public boolean isAsked() {
        return !results.query().isEmpty();
    }

    public String languageName(String code) {
        return page.getContent().language(code).map(l -> l.name()).orElse(code);
    }
}
