package no.hjelp.portal.editor;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.hjelp.portal.content.Contact;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.ContentStore;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.content.TranslationState;

/**
 * The translation dashboard: topics × languages with each translation's state, filtered by
 * language and state ({@code ?lang=&state=}), with counts; and the contacts due for checking
 * (verified more than six months ago).
 */
@Named("editor.dashboard")
@RequestScoped
public class Dashboard {

    @Inject
    ContentStore store;

    @Inject
    HttpServletRequest request;

    private Content content;
    private List<Language> languages;
    private TranslationState state;
    private final Map<TranslationState, Integer> counts = new EnumMap<>(TranslationState.class);
    private final List<Row> rows = new ArrayList<>();

    /** One topic and its states in the languages shown. */
    public record Row(String topic, String title, List<TranslationState> states) {
    }

    @PostConstruct
    void init() {
        content = store.current();
        String lang = request.getParameter("lang");
        languages = content.language(lang).map(List::of).orElse(content.languages());
        state = parse(request.getParameter("state"));
        for (String topic : content.topicIds()) {
            List<TranslationState> states = new ArrayList<>();
            boolean show = state == null;
            for (Language l : languages) {
                TranslationState s = content.state(topic, l.code());
                states.add(s);
                counts.merge(s, 1, Integer::sum);
                show |= s == state;
            }
            if (show) {
                rows.add(new Row(topic, content.text(topic, content.sourceLanguage().code()).map(t -> t.title()).orElse(topic), states));
            }
        }
    }

    private static TranslationState parse(String s) {
        for (TranslationState t : TranslationState.values()) {
            if (t.id().equals(s)) {
                return t;
            }
        }
        return null;
    }

    public List<Language> getLanguages() {
        return languages;
    }

    public List<Language> getAllLanguages() {
        return content.languages();
    }

    public List<TranslationState> getStates() {
        return List.of(TranslationState.values());
    }

    public List<Row> getRows() {
        return rows;
    }

    public int count(TranslationState s) {
        return counts.getOrDefault(s, 0);
    }

    public String getState() {
        return state == null ? "" : state.id();
    }

    /** Contacts whose facts were last checked more than six months ago, oldest first. */
    public List<Contact> getDueContacts() {
        LocalDate limit = LocalDate.now().minusMonths(6);
        return content.contacts().stream().filter(c -> c.verified() == null || c.verified().isBefore(limit))
                .sorted((a, b) -> String.valueOf(a.verified()).compareTo(String.valueOf(b.verified()))).toList();
    }
}
