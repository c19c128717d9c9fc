package no.hjelp.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.hjelp.portal.content.internal.ContentLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates the whole content/ folder, so CI fails on bad content: every file loads, every topic
 * exists where this issue promises it, facts are today's rules, and phone numbers come only from
 * the contacts file.
 */
class ContentFolderTest {

    static Path dir;
    static Content content;

    @BeforeAll
    static void load() {
        dir = Path.of(System.getProperty("portal.content.dir", "content"));
        content = new ContentLoader().load(dir);
    }

    @Test
    void noProblems() {
        assertEquals(List.of(), content.problems().stream().map(ContentProblem::toString).toList());
    }

    @Test
    void allTwentySixTopicsInNorwegianAndEnglish() {
        assertEquals(26, content.topicIds().size());
        List<String> missing = new ArrayList<>();
        for (String id : content.topicIds()) {
            for (String lang : List.of("nb", "en")) {
                if (content.text(id, lang).isEmpty()) {
                    missing.add(lang + "/" + id);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void coreTopicsInArabicAndThai() {
        List<String> missing = new ArrayList<>();
        for (String id : List.of("what-is-trafficking", "signs-of-trafficking", "get-help-now", "reflection-period",
                "health-care-rights", "legal-aid", "return-home", "safe-browsing")) {
            for (String lang : List.of("ar", "th")) {
                if (content.text(id, lang).isEmpty()) {
                    missing.add(lang + "/" + id);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void norwegianIsTheOriginalAndTranslationsSayWhatTheyAre() {
        for (String id : content.topicIds()) {
            TopicText nb = content.text(id, "nb").orElseThrow();
            assertEquals(Translation.ORIGINAL, nb.translation(), id);
            for (Language l : content.languages()) {
                content.text(id, l.code()).filter(t -> !l.isSource()).ifPresent(t -> {
                    assertTrue(t.translation() != Translation.ORIGINAL, t.file() + " is a translation");
                    assertTrue(t.sourceVersion() <= nb.version(), t.file());
                });
            }
        }
    }

    @Test
    void requiredContactsArePublishedWithTheirNumbers() {
        String[][] expected = {{"police-emergency", "112"}, {"police", "02800"}, {"ambulance", "113"},
            {"legevakt", "116 117"}, {"rosa", "22 33 11 60"}, {"child-helpline", "116 111"},
            {"violence-helpline", "116 006"}, {"health-centre-oslo", "488 90 560"}, {"health-centre-bergen", "400 49 094"},
            {"jurk", "22 84 29 50"}, {"compensation-office", "78 98 95 00"}, {"iom-return", "+47 23 10 53 20"},
            {"labour-inspection", "73 19 97 00"}};
        for (String[] e : expected) {
            Contact c = content.contact(e[0]).orElseThrow(() -> new AssertionError("missing contact " + e[0]));
            assertEquals(e[1], c.phones().get(0).number(), e[0]);
            assertTrue(Set.of("high", "medium").contains(c.phones().get(0).confidence()));
            assertTrue(c.verified() != null && c.source() != null, e[0]);
            for (Language l : content.languages()) {
                assertTrue(c.describedIn(l.code()), e[0] + " has no description in " + l.code());
            }
        }
    }

    @Test
    void todaysRulesNotThoseOf2005() {
        Fact reflection = content.fact("reflection-period").orElseThrow();
        assertEquals(6, reflection.amount());
        assertEquals("month", reflection.unit());
        assertEquals(18, content.fact("abortion-limit").orElseThrow().amount());
        Pattern outdated = Pattern.compile("45 (dager|days)|§ ?224|\\b12 (uker|weeks)", Pattern.CASE_INSENSITIVE);
        List<String> hits = new ArrayList<>();
        forEachTopicFile(f -> {
            if (outdated.matcher(read(f)).find()) {
                hits.add(dir.relativize(f).toString());
            }
        });
        assertEquals(List.of(), hits, "2005 rules found");
    }

    @Test
    void phoneNumbersComeOnlyFromContacts() {
        // 8-digit numbers in groups, or written together, typed into a topic instead of {{phone:...}}
        Pattern typed = Pattern.compile("\\b\\d{2} ?\\d{2} ?\\d{2} ?\\d{2}\\b|\\b\\d{3} ?\\d{2} ?\\d{3}\\b|\\b1\\d\\d \\d{3}\\b|\\b(112|113|110|02800)\\b");
        List<String> hits = new ArrayList<>();
        forEachTopicFile(f -> {
            String body = read(f);
            body = body.substring(body.indexOf("\n---", 3) + 4);
            var m = typed.matcher(body);
            if (m.find()) {
                hits.add(dir.relativize(f) + ": " + m.group());
            }
        });
        assertEquals(List.of(), hits);
    }

    @Test
    void everyTopicFileRecordsWhenItsFactsWereChecked() {
        for (String id : content.topicIds()) {
            for (Language l : content.languages()) {
                content.text(id, l.code()).ifPresent(t -> {
                    assertTrue(t.verified() != null, t.file());
                    assertTrue(!t.sources().isEmpty(), t.file());
                    assertTrue(!t.keywords().isEmpty(), t.file());
                });
            }
        }
    }

    private interface FileAction {
        void run(Path file);
    }

    private static void forEachTopicFile(FileAction action) {
        try (Stream<Path> files = Files.walk(dir.resolve("topics"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(action::run);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
