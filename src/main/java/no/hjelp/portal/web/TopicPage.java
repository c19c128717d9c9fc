package no.hjelp.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.content.TopicText;
import no.hjelp.portal.content.TranslationState;

/**
 * A topic page: the text in the reader's language, or, when it is missing, the English (then
 * Norwegian) text with a notice that says so. Machine-drafted and outdated translations carry a
 * notice linking to the original.
 */
@Named
@RequestScoped
public class TopicPage {

    @Inject
    PublicPage page;

    @Inject
    RenderedTopics rendered;

    private TopicText text;
    private Language textLang;
    private TranslationState state;
    private String html;

    @PostConstruct
    void init() {
        Content content = page.getContent();
        String topic = page.getRoute().topic();
        if (topic == null) {
            return;
        }
        text = pick(content, topic, page.getLang().code()).orElse(null);
        if (text != null) {
            textLang = content.language(text.lang()).orElse(page.getLang());
            state = content.state(topic, text.lang());
            html = rendered.html(text, textLang, content);
        }
    }

    /** The text to show: the reader's language, else the fallbacks. */
    static Optional<TopicText> pick(Content content, String topic, String lang) {
        return content.textWithFallback(topic, lang);
    }

    public TopicText getText() {
        return text;
    }

    /** The language the text is in (differs from the page's when it is a fallback). */
    public Language getTextLang() {
        return textLang;
    }

    public boolean isFallback() {
        return text != null && !text.lang().equals(page.getLang().code());
    }

    public TranslationState getState() {
        return state;
    }

    /** True when the reader should be told the text is machine-drafted or older than the original. */
    public boolean isNotice() {
        return state != null && state.needsNotice();
    }

    public String getHtml() {
        return html;
    }

    /** Links to the original and the English text, for the translation notice. */
    public List<Language> getOriginals() {
        Content content = page.getContent();
        return content.languages().stream()
                .filter(l -> l.isSource() || l.code().equals("en"))
                .filter(l -> !l.code().equals(text.lang()))
                .filter(l -> content.text(page.getRoute().topic(), l.code()).isPresent())
                .toList();
    }
}
