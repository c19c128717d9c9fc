package no.hjelp.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.Language;

/** Picks the reader's language from {@code Accept-Language} where the URL does not say it. */
final class Negotiation {

    private Negotiation() {
    }

    /** The first language the browser asks for that the portal has; English if none; else the first listed. */
    static Language preferred(HttpServletRequest request, Content content) {
        for (Locale locale : Collections.list(request.getLocales())) {
            String code = locale.getLanguage();
            if ("no".equals(code) || "nn".equals(code)) {
                code = "nb";
            }
            var lang = content.language(code);
            if (lang.isPresent()) {
                return lang.get();
            }
        }
        return content.language("en").orElse(content.languages().get(0));
    }
}
