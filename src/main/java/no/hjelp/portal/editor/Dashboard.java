package no.hjelp.portal.editor;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.hjelp.portal.content.Contact;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.ContentStore;
import no.hjelp.portal.content.Language;

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
    @Inject
    Workflow workflow;

    private String state;
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    /** The states a cell can show: a waiting draft or review first, else the translation's state. */
    public static final List<String> STATES = List.of("missing", "outdated", "draft", "in-review", "machine-drafted",
            "reviewed", "original");

    /** One topic and its states in the languages shown (ids from {@link #STATES}). */
    public record Row(String topic, String title, List<String> states) {
    }

    @PostConstruct
    void init() {
        content = store.current();
        String lang = request.getParameter("lang");
        languages = content.language(lang).map(List::of).orElse(content.languages());
        String wanted = request.getParameter("state");
        state = wanted != null && STATES.contains(wanted) ? wanted : null;
        for (String topic : content.topicIds()) {
            List<String> states = new ArrayList<>();
            boolean show = state == null;
            for (Language l : languages) {
                String s = workflow.pending(Item.topic(topic, l.code()))
                        .map(r -> r.status() == Revision.Status.REVIEW ? "in-review" : "draft")
                        .orElse(content.state(topic, l.code()).id());
                states.add(s);
                counts.merge(s, 1, Integer::sum);
                show |= s.equals(state);
            }
            if (show) {
                rows.add(new Row(topic, content.text(topic, content.sourceLanguage().code()).map(t -> t.title()).orElse(topic), states));
            }
        }
    }

    public List<Language> getLanguages() {
        return languages;
    }

    public List<Language> getAllLanguages() {
        return content.languages();
    }

    public List<String> getStates() {
        return STATES;
    }

    public List<Row> getRows() {
        return rows;
    }

    public int count(String s) {
        return counts.getOrDefault(s, 0);
    }

    public String getState() {
        return state == null ? "" : state;
    }

    /** Contacts whose facts were last checked more than six months ago, oldest first. */
    public List<Contact> getDueContacts() {
        LocalDate limit = LocalDate.now().minusMonths(6);
        return content.contacts().stream().filter(c -> c.verified() == null || c.verified().isBefore(limit))
                .sorted((a, b) -> String.valueOf(a.verified()).compareTo(String.valueOf(b.verified()))).toList();
    }
}
