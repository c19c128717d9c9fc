package no.hjelp.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.ContentStore;
import no.hjelp.portal.content.Language;

/** {@code GET /api/v1/brochures?lang=xx}: each brochure with the address of its A4 PDF in that language. */
@Path("brochures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class BrochureApi {

    @Inject
    ContentStore store;

    public record BrochureJson(String id, String lang, String title, String pdf, String online) {
    }

    @GET
    public List<BrochureJson> brochures(@QueryParam("lang") String lang) {
        Content content = store.current();
        Language l = content.language(lang).orElseThrow(() -> ApiError.of(400,
                "Unknown or missing lang: use one of the codes in 'valid' (also at /api/v1/languages)",
                content.languages().stream().map(Language::code).toList()));
        return content.brochures().values().stream().map(b -> new BrochureJson(b.id(), l.code(), b.titleIn(l.code()),
                "/" + l.code() + "/brochures/" + b.id() + ".pdf", "/" + l.code() + "/brochures/" + b.id())).toList();
    }
}
