package no.hjelp.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.ContentStore;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.content.MarkdownRenderer;
import no.hjelp.portal.content.NavigatorTable;
import no.hjelp.portal.content.TopicText;
import no.hjelp.portal.navigator.Answers;
import no.hjelp.portal.navigator.Navigator;

/**
 * {@code GET /api/v1/navigator?lang=xx&age=&origin=&status=[&need=]}: the rights that apply.
 * A missing or unknown answer counts as "unknown"; an unknown {@code lang} is a 400.
 */
@Path("navigator")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class NavigatorApi {

    @Inject
    ContentStore store;

    public record RightJson(String id, String title, String text, String basis, LocalDate verified, String topic,
                            List<String> contacts, String lang) {
    }

    public record AnswerJson(Map<String, String> answers, List<RightJson> rights) {
    }

    @GET
    public AnswerJson rights(@QueryParam("lang") String lang, @QueryParam("age") String age,
                             @QueryParam("origin") String origin, @QueryParam("status") String status,
                             @QueryParam("need") String need) {
        Content content = store.current();
        Language reader = content.language(lang).orElseThrow(() -> ApiError.of(400,
                "Unknown or missing lang: use one of the codes in 'valid' (also at /api/v1/languages)",
                content.languages().stream().map(Language::code).toList()));
        Answers answers = Answers.from(Map.of("age", nz(age), "origin", nz(origin), "status", nz(status), "need", nz(need))::get);
        MarkdownRenderer markdown = new MarkdownRenderer();
        List<RightJson> out = new ArrayList<>();
        for (NavigatorTable.Right r : Navigator.rights(content.navigator(), answers)) {
            NavigatorTable.Texts texts = Navigator.textsFor(content, reader.code(), r.id());
            NavigatorTable.RightText t = texts.rights().get(r.id());
            Language textLang = content.language(texts.lang()).orElse(reader);
            String html = markdown.html(TopicText.snippet(textLang.code(), t.text(), texts.file(), t.line()), textLang, content);
            out.add(new RightJson(r.id(), t.title(), html, r.basis(), r.verified(), r.topic(), r.contacts(), textLang.code()));
        }
        return new AnswerJson(Map.of("age", answers.age(), "origin", answers.origin(), "status", answers.status(),
                "need", answers.need() == null ? "" : answers.need()), out);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
