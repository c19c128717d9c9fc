package no.hjelp.portal.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One consistent, immutable snapshot of the content folder: what the portal serves until the next
 * load. Files with problems are left out and listed in {@link #problems()}.
 */
public final class Content {

    private final List<Language> languages;
    private final Map<String, Language> languageByCode;
    private final List<String> topicIds;
    private final Map<String, Map<String, TopicText>> topics;
    private final List<Contact> contacts;
    private final Map<String, Contact> contactById;
    private final Map<String, Fact> facts;
    private final SiteSettings site;
    private final NavigatorTable navigator;
    private final Map<String, Brochure> brochures;
    private final List<ContentProblem> problems;

    public Content(List<Language> languages, List<String> topicIds, Map<String, Map<String, TopicText>> topics,
                   List<Contact> contacts, Map<String, Fact> facts, SiteSettings site, NavigatorTable navigator,
                   Map<String, Brochure> brochures, List<ContentProblem> problems) {
        this.languages = List.copyOf(languages);
        this.languageByCode = languages.stream()
                .collect(Collectors.toMap(Language::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.topicIds = List.copyOf(topicIds);
        Map<String, Map<String, TopicText>> copy = new LinkedHashMap<>();
        topics.forEach((id, byLang) -> copy.put(id, Collections.unmodifiableMap(new LinkedHashMap<>(byLang))));
        this.topics = Collections.unmodifiableMap(copy);
        this.contacts = List.copyOf(contacts);
        this.contactById = contacts.stream()
                .collect(Collectors.toMap(Contact::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        this.site = site;
        this.navigator = navigator;
        this.brochures = Collections.unmodifiableMap(new LinkedHashMap<>(brochures));
        this.problems = List.copyOf(problems);
    }

    public List<Language> languages() {
        return languages;
    }

    public Optional<Language> language(String code) {
        return Optional.ofNullable(code == null ? null : languageByCode.get(code));
    }

    /** The language every translation is made from (the one without a {@code source}). */
    public Language sourceLanguage() {
        return languages.stream().filter(Language::isSource).findFirst().orElse(languages.get(0));
    }

    /** All fixed topic ids, in display order. */
    public List<String> topicIds() {
        return topicIds;
    }

    public boolean isTopic(String id) {
        return topics.containsKey(id);
    }

    /** The topic in that language, if its file exists and is valid. */
    public Optional<TopicText> text(String topic, String lang) {
        Map<String, TopicText> byLang = topics.get(topic);
        return Optional.ofNullable(byLang == null ? null : byLang.get(lang));
    }

    /**
     * The topic in that language, else in English, else in the source language: what a reader is
     * shown when the translation is missing (always with a notice that says so).
     */
    public Optional<TopicText> textWithFallback(String topic, String lang) {
        return text(topic, lang).or(() -> text(topic, "en")).or(() -> text(topic, sourceLanguage().code()));
    }

    public TranslationState state(String topic, String lang) {
        return TranslationState.of(text(topic, sourceLanguage().code()).orElse(null), text(topic, lang).orElse(null));
    }

    public List<Contact> contacts() {
        return contacts;
    }

    public Optional<Contact> contact(String id) {
        return Optional.ofNullable(contactById.get(id));
    }

    public Map<String, Fact> facts() {
        return facts;
    }

    public Optional<Fact> fact(String id) {
        return Optional.ofNullable(facts.get(id));
    }

    public SiteSettings site() {
        return site;
    }

    public NavigatorTable navigator() {
        return navigator;
    }

    /** The brochures by id, in file-name order. */
    public Map<String, Brochure> brochures() {
        return brochures;
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
