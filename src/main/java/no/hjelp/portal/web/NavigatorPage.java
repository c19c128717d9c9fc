package no.hjelp.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import no.hjelp.portal.content.Contact;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.content.MarkdownRenderer;
import no.hjelp.portal.content.NavigatorTable;
import no.hjelp.portal.content.TopicText;
import no.hjelp.portal.content.TranslationState;
import no.hjelp.portal.navigator.Answers;
import no.hjelp.portal.navigator.Navigator;

/**
 * The rights navigator, {@code /{lang}/navigator?age=&origin=&status=&need=}: a plain GET form in a
 * transient view, so the answers live only in the address. Nothing is stored or logged.
 */
@Named
@RequestScoped
public class NavigatorPage {

    @Inject
    PublicPage page;

    @Inject
    HttpServletRequest request;

    private Answers answers;
    private boolean asked;
    private List<Result> results = List.of();
    private NavigatorTable.Texts texts;
    private Language textLang;

    /** One right, ready to show. */
    public record Result(NavigatorTable.Right right, String title, String html, List<Contact> contacts) {
    }

    @PostConstruct
    void init() {
        Content content = page.getContent();
        answers = Answers.from(request::getParameter);
        asked = request.getParameter("age") != null || request.getParameter("origin") != null
                || request.getParameter("status") != null || request.getParameter("need") != null;
        texts = pickTexts(content, page.getLang().code());
        if (texts == null) {
            return;
        }
        textLang = content.language(texts.lang()).orElse(page.getLang());
        if (asked) {
            MarkdownRenderer markdown = new MarkdownRenderer();
            List<Result> out = new ArrayList<>();
            for (NavigatorTable.Right r : Navigator.rights(content.navigator(), answers)) {
                NavigatorTable.Texts own = Navigator.textsFor(content, page.getLang().code(), r.id());
                NavigatorTable.RightText t = own.rights().get(r.id());
                Language lang = content.language(own.lang()).orElse(textLang);
                String html = markdown.html(TopicText.snippet(lang.code(), t.text(), own.file(), t.line()), lang, content);
                List<Contact> contacts = r.contacts().stream().map(id -> content.contact(id).orElse(null))
                        .filter(c -> c != null).toList();
                out.add(new Result(r, t.title(), html, contacts));
            }
            results = out;
        }
    }

    /** The texts in the reader's language, else English, else Norwegian. */
    static NavigatorTable.Texts pickTexts(Content content, String lang) {
        for (String l : List.of(lang, "en", content.sourceLanguage().code())) {
            var t = content.navigator().texts(l);
            if (t.isPresent()) {
                return t.get();
            }
        }
        return null;
    }

    public Answers getAnswers() {
        return answers;
    }

    public boolean isAsked() {
        return asked;
    }

    public List<Result> getResults() {
        return results;
    }

    public Language getTextLang() {
        return textLang;
    }

    public boolean isFallback() {
        return textLang != null && !textLang.code().equals(page.getLang().code());
    }

    /** True when the reader should see the machine-translation notice. */
    public boolean isNotice() {
        Content content = page.getContent();
        var source = content.navigator().texts(content.sourceLanguage().code()).orElse(null);
        return texts != null && TranslationState.of(source == null ? null : source.version(), texts.translation(),
                texts.sourceVersion()).needsNotice();
    }

    /** The answers a question allows, "unknown" last. */
    public List<String> options(String question) {
        return NavigatorTable.QUESTIONS.get(question);
    }

    public List<String> getNeeds() {
        return NavigatorTable.NEEDS;
    }

    /** The answers as a query string, rebuilt from the parsed answers (never echoed from the request). */
    public String getQuery() {
        return "age=" + answers.age() + "&origin=" + answers.origin() + "&status=" + answers.status()
                + (answers.need() == null ? "" : "&need=" + answers.need());
    }

    public String answer(String question) {
        return switch (question) {
            case "age" -> answers.age();
            case "origin" -> answers.origin();
            default -> answers.status();
        };
    }
}
