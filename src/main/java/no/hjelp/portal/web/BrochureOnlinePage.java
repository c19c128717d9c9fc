package no.hjelp.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import no.hjelp.portal.content.Brochure;
import no.hjelp.portal.content.Contact;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.content.TopicText;

/**
 * A brochure read online, {@code /{lang}/brochures/{id}}: where the printed QR code leads. The same
 * topics and contacts as the PDF, as one web page in the same language.
 */
@Named
@RequestScoped
public class BrochureOnlinePage {

    @Inject
    PublicPage page;

    @Inject
    RenderedTopics rendered;

    private Brochure brochure;
    private final List<Section> sections = new ArrayList<>();

    /** One topic of the brochure, in the reader's language or a fallback. */
    public record Section(String topic, TopicText text, Language lang, String html) {
    }

    @PostConstruct
    void init() {
        Content content = page.getContent();
        brochure = content.brochures().get(page.getRoute().topic());
        if (brochure == null) {
            return;
        }
        for (String t : brochure.topics()) {
            TopicPage.pick(content, t, page.getLang().code()).ifPresent(text -> {
                Language l = content.language(text.lang()).orElse(page.getLang());
                sections.add(new Section(t, text, l, rendered.html(text, l, content)));
            });
        }
    }

    public Brochure getBrochure() {
        return brochure;
    }

    public String getTitle() {
        return brochure.titleIn(page.getLang().code());
    }

    public List<Section> getSections() {
        return sections;
    }

    public List<Contact> getContacts() {
        return brochure.contacts().stream().map(id -> page.getContent().contact(id).orElse(null)).filter(c -> c != null).toList();
    }
}
