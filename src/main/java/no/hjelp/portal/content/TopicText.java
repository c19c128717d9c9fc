package no.hjelp.portal.content;

import java.time.LocalDate;
import java.util.List;

/**
 * One topic in one language: the front matter of {@code content/topics/<id>/<lang>.md} and its
 * Markdown body.
 *
 * @param bodyLine the line number in the file where the body starts (for error messages)
 */
public record TopicText(String topic, String lang, String title, String summary, List<String> audiences,
                        Integer version, Integer sourceVersion, Translation translation, LocalDate verified,
                        List<String> sources, List<String> keywords, String body, String file, int bodyLine) {

    /** A short text that is not a topic (a navigator answer, say), so that it renders and validates like one. */
    public static TopicText snippet(String lang, String body, String file, int line) {
        return new TopicText("", lang, "", "", List.of(), null, null, Translation.ORIGINAL, null, List.of(), List.of(),
                body, file, line);
    }
}
