package no.hjelp.portal.editor;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.hjelp.portal.editor.internal.Yaml1;

/**
 * A topic file as the edit form sees it: the front-matter fields and the Markdown body, written
 * back in the same layout as the files in {@code content/topics/}.
 */
public record TopicFile(String title, String summary, List<String> audiences, Integer version, Integer sourceVersion,
                        String translation, LocalDate verified, List<String> sources, List<String> keywords, String body)
        implements Serializable {

    public String text() {
        StringBuilder b = new StringBuilder("---\n");
        b.append("title: ").append(Yaml1.quote(title)).append('\n');
        b.append("summary: ").append(Yaml1.quote(summary)).append('\n');
        b.append("audiences: [").append(String.join(", ", audiences)).append("]\n");
        if (version != null) {
            b.append("version: ").append(version).append('\n');
        }
        if (sourceVersion != null) {
            b.append("sourceVersion: ").append(sourceVersion).append('\n');
        }
        b.append("translation: ").append(translation).append('\n');
        if (verified != null) {
            b.append("verified: ").append(verified).append('\n');
        }
        b.append("sources: ").append(Yaml1.list(sources)).append('\n');
        if (!keywords.isEmpty()) {
            b.append("keywords: ").append(Yaml1.list(keywords)).append('\n');
        }
        String text = body == null ? "" : body.replace("\r\n", "\n").strip();
        return b.append("---\n").append(text).append('\n').toString();
    }

    /** Reads a topic file; a file that is not one gives empty fields and the whole text as body. */
    @SuppressWarnings("unchecked")
    public static TopicFile parse(String text) {
        String t = text == null ? "" : text.replace("\r\n", "\n");
        int end = t.startsWith("---\n") ? t.indexOf("\n---\n", 3) : -1;
        Map<String, Object> fm = Map.of();
        String body = t;
        if (end > 0) {
            try {
                Object o = Yaml1.load(t.substring(4, end + 1));
                if (o instanceof Map<?, ?> m) {
                    fm = (Map<String, Object>) m;
                }
                body = t.substring(end + 5);
            } catch (RuntimeException e) {
                fm = Map.of();
            }
        }
        return new TopicFile(Yaml1.string(fm.get("title")), Yaml1.string(fm.get("summary")), Yaml1.strings(fm.get("audiences")),
                integer(fm.get("version")), integer(fm.get("sourceVersion")),
                fm.get("translation") == null ? "original" : fm.get("translation").toString(), Yaml1.date(fm.get("verified")),
                Yaml1.strings(fm.get("sources")), Yaml1.strings(fm.get("keywords")), body);
    }

    private static Integer integer(Object o) {
        try {
            return o == null ? null : Integer.valueOf(o.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Comma-separated input (keywords) as a list without blanks. */
    public static List<String> commaList(String s) {
        List<String> out = new ArrayList<>();
        for (String part : (s == null ? "" : s).split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** One value per line (sources) as a list without blanks. */
    public static List<String> lineList(String s) {
        List<String> out = new ArrayList<>();
        for (String part : (s == null ? "" : s).split("\\R")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
