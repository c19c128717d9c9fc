package no.hjelp.portal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.TopicText;
import no.hjelp.portal.content.Translation;
import no.hjelp.portal.content.internal.ContentLoader;
import org.junit.jupiter.api.Test;

/** The topic edit form's file: read, written back, and accepted by the loader unchanged in meaning. */
class TopicFileTest {

    static final Path CONTENT = Path.of("content").toAbsolutePath();
    static final String FILE = "topics/health-care-rights/en.md";

    private static String read(String file) throws IOException {
        return Files.readString(CONTENT.resolve(file), StandardCharsets.UTF_8);
    }

    /** Loads the real content folder with one file replaced (nothing is written). */
    private static Content loadWith(String file, String text) {
        return new ContentLoader().load(CONTENT, Map.of(file, text));
    }

    private static void assertSameMeaning(TopicText expected, TopicText actual) {
        String f = expected.file();
        assertEquals(expected.title(), actual.title(), f);
        assertEquals(expected.summary(), actual.summary(), f);
        assertEquals(expected.audiences(), actual.audiences(), f);
        assertEquals(expected.version(), actual.version(), f);
        assertEquals(expected.sourceVersion(), actual.sourceVersion(), f);
        assertEquals(expected.translation(), actual.translation(), f);
        assertEquals(expected.verified(), actual.verified(), f);
        assertEquals(expected.sources(), actual.sources(), f);
        assertEquals(expected.keywords(), actual.keywords(), f);
        assertEquals(expected.body().strip(), actual.body().strip(), f);
    }

    @Test
    void parseReadsEveryField() throws IOException {
        TopicFile t = TopicFile.parse(read(FILE));
        assertEquals("Your right to health care", t.title());
        assertTrue(t.summary().startsWith("The health care you have a right to depends on your residence status."));
        assertEquals(List.of("victims", "migrants"), t.audiences());
        assertNull(t.version());
        assertEquals(1, t.sourceVersion());
        assertEquals("machine-drafted", t.translation());
        assertEquals(LocalDate.of(2026, 11, 28), t.verified());
        assertEquals(7, t.sources().size());
        assertEquals("helsenorge.no/helsehjelp/helsehjelp-til-personer-uten-lovlig-opphold", t.sources().get(0));
        assertTrue(t.keywords().containsAll(List.of("doctor", "no papers", "GP", "HIV", "free doctor")), t.keywords().toString());
        assertTrue(t.body().startsWith("Everyone in Norway has the right to health care when it is urgent."), t.body());
        assertTrue(t.body().contains("{{fact:abortion-limit}}"));
    }

    @Test
    void writtenBackTheLoaderAcceptsItWithTheSameMeaning() throws IOException {
        String original = read(FILE);
        String text = TopicFile.parse(original).text();
        assertTrue(text.startsWith("---\ntitle: \"Your right to health care\"\n"), text);
        Content before = new ContentLoader().load(CONTENT);
        Content after = loadWith(FILE, text);
        assertEquals(List.of(), after.problems());
        assertSameMeaning(before.text("health-care-rights", "en").orElseThrow(), after.text("health-care-rights", "en").orElseThrow());
        assertEquals(Translation.MACHINE_DRAFTED, after.text("health-care-rights", "en").orElseThrow().translation());
        assertEquals(text, TopicFile.parse(text).text(), "writing is stable");
    }

    @Test
    void theSourceLanguageKeepsItsVersion() throws IOException {
        String file = "topics/health-care-rights/nb.md";
        TopicFile t = TopicFile.parse(read(file));
        assertEquals(1, t.version());
        assertNull(t.sourceVersion());
        assertEquals("original", t.translation());
        Content after = loadWith(file, t.text());
        assertEquals(List.of(), after.problems());
        assertEquals(1, after.text("health-care-rights", "nb").orElseThrow().version());
    }

    /**
     * Every topic file of the real content, read by the form and written back, means the same to
     * the loader (all of them at once: the loader takes any number of changed files).
     */
    @Test
    void everyTopicFileRoundTrips() throws IOException {
        Content before = new ContentLoader().load(CONTENT);
        Map<String, String> changes = new java.util.HashMap<>();
        try (Stream<Path> files = Files.walk(CONTENT.resolve("topics"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String name = CONTENT.relativize(p).toString().replace('\\', '/');
                String text = TopicFile.parse(Files.readString(p, StandardCharsets.UTF_8)).text();
                changes.put(name, text);
            }
        }
        assertTrue(changes.size() > 500, "all topic files: " + changes.size());
        Content after = new ContentLoader().load(CONTENT, changes);
        assertEquals(List.of(), after.problems());
        List<String> failures = new ArrayList<>();
        for (String name : changes.keySet()) {
            String[] parts = name.split("/");
            String id = parts[1];
            String lang = parts[2].replace(".md", "");
            TopicText expected = before.text(id, lang).orElseThrow(() -> new AssertionError("not loaded: " + name));
            try {
                assertSameMeaning(expected, after.text(id, lang).orElseThrow(() -> new AssertionError("not loaded after: " + name)));
            } catch (AssertionError e) {
                failures.add(name + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * The loader keeps every scalar as written (no YAML 1.1 "no" → false, "0113" → 75, "12:00" →
     * 720); the form must read a hand-written file the same way, or saving it unchanged changes it.
     */
    @Test
    void handWrittenPlainScalarsAreReadAsWritten() {
        String text = """
                ---
                title: Yes
                summary: "A summary."
                audiences: [victims]
                sourceVersion: 1
                translation: machine-drafted
                verified: 2026-11-28
                sources: [udi.no]
                keywords: [no, off, 0113, 12:00]
                ---
                Body.
                """;
        TopicText loaded = loadWith(FILE, text).text("health-care-rights", "en").orElseThrow();
        assertEquals("Yes", loaded.title());
        assertEquals(List.of("no", "off", "0113", "12:00"), loaded.keywords());

        TopicFile form = TopicFile.parse(text);
        assertEquals("Yes", form.title());
        assertEquals(List.of("no", "off", "0113", "12:00"), form.keywords());
        TopicText saved = loadWith(FILE, form.text()).text("health-care-rights", "en").orElseThrow();
        assertSameMeaning(loaded, saved);
    }

    @Test
    void quotesBackslashesAndColonsSurvive() {
        String title = "Say \"no\": it is C:\\path\\to or \\n literally";
        String summary = "A summary: with # hash, 'single' and \"double\" quotes, and a \\ backslash";
        List<String> keywords = List.of("no", "yes", "on", "1:30", "0113", "2026-11-28", "a, b", "\"quoted\"", "back\\slash");
        List<String> sources = List.of("https://example.org/a?b=c&d=e#f", "Lov: § 8-3 \"text\"");
        TopicFile t = new TopicFile(title, summary, List.of("victims"), null, 2, "reviewed", LocalDate.of(2026, 1, 31),
                sources, keywords, "Body with \"quotes\" and \\backslash\\ and {{contact:rosa}}.\n\n---\n\nMore text.");
        String text = t.text();

        TopicFile back = TopicFile.parse(text);
        assertEquals(title, back.title());
        assertEquals(summary, back.summary());
        assertEquals(List.of("victims"), back.audiences());
        assertEquals(2, back.sourceVersion());
        assertEquals("reviewed", back.translation());
        assertEquals(LocalDate.of(2026, 1, 31), back.verified());
        assertEquals(sources, back.sources());
        assertEquals(keywords, back.keywords());
        assertEquals(t.body().strip(), back.body().strip());

        Content c = loadWith(FILE, text);
        assertEquals(List.of(), c.problems());
        TopicText loaded = c.text("health-care-rights", "en").orElseThrow();
        assertEquals(title, loaded.title());
        assertEquals(summary, loaded.summary());
        assertEquals(keywords, loaded.keywords());
        assertEquals(sources, loaded.sources());
        assertEquals(Translation.REVIEWED, loaded.translation());
        assertTrue(loaded.body().contains("\\backslash\\"), loaded.body());
        assertTrue(loaded.body().contains("More text."), "a --- line in the body does not end the front matter early");
    }

    @Test
    void aLineBreakOrTabInATitleCannotAddAFrontMatterField() {
        TopicFile t = new TopicFile("Title\ntranslation: original\tand a tab", "Summary", List.of("victims"), null, 1,
                "machine-drafted", LocalDate.of(2026, 11, 28), List.of("a source"), List.of(), "Body.");
        String text = t.text();
        TopicFile back = TopicFile.parse(text);
        assertEquals("machine-drafted", back.translation());
        assertEquals("Title\ntranslation: original and a tab", back.title());
        assertEquals(List.of(), loadWith(FILE, text).problems());
    }

    @Test
    void notATopicFileGivesEmptyFieldsAndTheWholeTextAsBody() {
        TopicFile t = TopicFile.parse("just text\nno front matter");
        assertEquals("", t.title());
        assertEquals(List.of(), t.audiences());
        assertEquals("original", t.translation());
        assertEquals("just text\nno front matter", t.body());
        TopicFile broken = TopicFile.parse("---\ntitle: [unclosed\n---\nbody");
        assertEquals("", broken.title());
        assertTrue(broken.body().contains("body"));
        assertEquals("", TopicFile.parse(null).body());
    }

    @Test
    void windowsLineEndingsAreRead() throws IOException {
        TopicFile t = TopicFile.parse(read(FILE).replace("\n", "\r\n"));
        assertEquals("Your right to health care", t.title());
        assertTrue(!t.text().contains("\r"), "written with \\n only");
    }

    @Test
    void commaListDropsBlanksAndTrims() {
        assertEquals(List.of("lege", "fastlege", "uten papirer"), TopicFile.commaList(" lege,, fastlege , ,uten papirer,"));
        assertEquals(List.of(), TopicFile.commaList(" , ,"));
        assertEquals(List.of(), TopicFile.commaList(null));
    }

    @Test
    void lineListDropsBlanksAndTrims() {
        assertEquals(List.of("udi.no/a", "helsenorge.no/b", "lovdata.no/c"),
                TopicFile.lineList("udi.no/a\n\n  helsenorge.no/b  \r\n   \rlovdata.no/c\n"));
        assertEquals(List.of("one, with comma"), TopicFile.lineList("one, with comma"));
        assertEquals(List.of(), TopicFile.lineList(null));
    }
}
