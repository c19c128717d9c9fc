package no.hjelp.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.ContentChanged;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.content.MarkdownRenderer;
import no.hjelp.portal.content.TopicText;

/**
 * Topic bodies rendered to HTML once per content snapshot, not on every request: the text only
 * changes when the content does, and then the whole cache is dropped.
 */
@ApplicationScoped
public class RenderedTopics {

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Map<String, String> html = new ConcurrentHashMap<>();
    private volatile Content renderedFrom;

    void onContent(@Observes ContentChanged event) {
        html.clear();
        renderedFrom = event.content();
    }

    /** The body of {@code text} as HTML for readers of {@code lang}. */
    public String html(TopicText text, Language lang, Content content) {
        if (content != renderedFrom) {
            // a request still holding an older snapshot renders without polluting the cache
            return renderer.html(text, lang, content);
        }
        return html.computeIfAbsent(text.topic() + "/" + text.lang() + "/" + lang.code(),
                k -> renderer.html(text, lang, content));
    }
}
