package no.hjelp.portal.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rights navigator's decision table ({@code content/navigator/rules.yaml}) and its texts per
 * language ({@code content/navigator/<lang>.yaml}). Rules are content, not code: see the comment
 * at the top of rules.yaml for how a right is chosen.
 */
public record NavigatorTable(Map<String, String> unknown, List<Right> rights, Map<String, Texts> texts) {

    /** The questions and the answers each allows, "unknown" included. */
    public static final Map<String, List<String>> QUESTIONS = Map.of(
            "age", List.of("under18", "adult", "unknown"),
            "origin", List.of("norway", "eea", "elsewhere", "unknown"),
            "status", List.of("none", "visitor", "reflection", "asylum", "marriage", "other", "unknown"));
    /** What a reader may say they need most; it orders the answer, never removes a right. */
    public static final List<String> NEEDS = List.of("health", "housing", "money", "legal", "return");

    public static NavigatorTable empty() {
        return new NavigatorTable(Map.of("age", "adult", "origin", "elsewhere", "status", "none"), List.of(), Map.of());
    }

    /**
     * One right and when it applies.
     *
     * @param when        answers that must match (a missing question means any answer)
     * @param alsoWhen    a second set of conditions; the right applies when either set matches
     * @param whenUnknown true for the advice added whenever a reader answered "I don't know"
     * @param group       rights in one group exclude each other, or null
     */
    public record Right(String id, String group, Map<String, Set<String>> when, Map<String, Set<String>> alsoWhen,
                        boolean whenUnknown, List<String> needs, String basis, LocalDate verified, String source,
                        String topic, List<String> contacts) {
    }

    /** A right's words in one language. */
    public record RightText(String title, String text, int line) {
    }

    /** The texts of one language file, with the translation fields topics have too. */
    public record Texts(String lang, Integer version, Integer sourceVersion, Translation translation,
                        Map<String, RightText> rights, String file) {
    }

    public Optional<Texts> texts(String lang) {
        return Optional.ofNullable(texts.get(lang));
    }
}
