package no.hjelp.portal.brochure;

import no.hjelp.portal.content.Brochure;
import no.hjelp.portal.content.Language;

/**
 * One brochure to print: which, in which language, optionally side by side with a second
 * language, on which paper.
 *
 * @param second the language printed beside {@code lang}, or null for a single-language brochure
 */
public record BrochureRequest(Brochure brochure, Language lang, Language second, Paper paper) {

    /** A file name that says what is inside: {@code victims-th-nb-a5.pdf}. */
    public String fileName(String extension) {
        return brochure.id() + "-" + lang.code() + (second == null ? "" : "-" + second.code()) + "-" + paper.id() + "." + extension;
    }
}
