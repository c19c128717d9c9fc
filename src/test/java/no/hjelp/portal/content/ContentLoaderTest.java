package no.hjelp.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import no.hjelp.portal.content.internal.ContentLoader;
import org.junit.jupiter.api.Test;

/** Content loading and validation against the good and broken fixtures in src/test/resources/fixtures. */
class ContentLoaderTest {

    static Path fixture(String name) {
        try {
            return Path.of(ContentLoaderTest.class.getResource("/fixtures/" + name + "/languages.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Content good() {
        return new ContentLoader().load(fixture("good"));
    }

    @Test
    void goodFixtureLoadsWithoutProblems() {
        Content c = good();
        assertEquals(List.of(), c.problems());
        assertEquals(List.of("nb", "en", "ar"), c.languages().stream().map(Language::code).toList());
        assertTrue(c.text("get-help-now", "ar").isPresent());
        assertEquals(2, c.contacts().size());
        assertEquals("month", c.fact("reflection-period").orElseThrow().unit());
        assertEquals(6, c.fact("reflection-period").orElseThrow().amount());
    }

    @Test
    void aDraftLanguageIsCheckedButNotServed() {
        Content c = good();
        assertTrue(c.language("de").isEmpty(), "not listed or served");
        assertEquals(3, c.languages().size());
        assertEquals(List.of(), c.problems(), "its files are valid and were checked");
    }

    @Test
    void languageNameAndDirectionComeFromIcu() {
        Content c = good();
        Language ar = c.language("ar").orElseThrow();
        assertTrue(ar.rtl());
        assertEquals("العربية", ar.name());
        assertEquals("Norsk bokmål", c.language("nb").orElseThrow().name());
        assertFalse(c.language("en").orElseThrow().rtl());
        assertEquals("nb", c.sourceLanguage().code());
    }

    private static List<String> problemsFor(Content c, String file) {
        return c.problems().stream().filter(p -> p.file().equals(file)).map(ContentProblem::toString).toList();
    }

    @Test
    void badYamlIsReportedWithFileAndLineAndSkipped() {
        Content c = new ContentLoader().load(fixture("broken"));
        List<String> p = problemsFor(c, "topics/legal-aid/en.md");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("topics/legal-aid/en.md:4: not valid YAML"), p.get(0));
        assertTrue(p.get(0).contains("starts on line 3"), p.get(0));
        assertTrue(c.text("legal-aid", "en").isEmpty());
    }

    @Test
    void unknownFrontMatterKeyNamesTheLine() {
        Content c = new ContentLoader().load(fixture("broken"));
        List<String> p = problemsFor(c, "topics/legal-aid/ar.md");
        assertTrue(p.stream().anyMatch(s -> s.startsWith("topics/legal-aid/ar.md:10: unknown key 'colour'")), p.toString());
        assertTrue(c.text("legal-aid", "ar").isEmpty());
    }

    @Test
    void unknownShortcodeAndDeadLinkNameTheirLines() {
        Content c = new ContentLoader().load(fixture("broken"));
        List<String> p = problemsFor(c, "topics/get-help-now/en.md");
        assertTrue(p.stream().anyMatch(s -> s.startsWith("topics/get-help-now/en.md:13: unknown contact 'nobody'")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("topics/get-help-now/en.md:15: link to 'no-such-topic' goes nowhere")), p.toString());
        assertTrue(c.text("get-help-now", "en").isEmpty());
    }

    @Test
    void missingRequiredFieldAndBadDateAreReported() {
        Content c = new ContentLoader().load(fixture("broken"));
        List<String> p = problemsFor(c, "topics/get-help-now/ar.md");
        assertTrue(p.stream().anyMatch(s -> s.contains("'summary' is required")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("topics/get-help-now/ar.md:6: 'verified' must be a date")), p.toString());
    }

    @Test
    void theRestIsServedWhenSomeFilesAreBroken() {
        Content c = new ContentLoader().load(fixture("broken"));
        assertTrue(c.text("get-help-now", "nb").isPresent());
        assertTrue(c.text("legal-aid", "nb").isPresent());
        assertTrue(c.problems().stream().anyMatch(p -> p.toString().contains("'not-a-topic' is not a topic id")));
    }

    @Test
    void lowConfidencePhoneIsNeverPublished() {
        Content c = new ContentLoader().load(fixture("broken"));
        assertTrue(c.contact("old-line").isEmpty());
        assertTrue(c.problems().stream().anyMatch(p -> p.file().equals("contacts.yaml")
                && p.message().contains("confidence 'low'") && p.line() > 0), c.problems().toString());
        assertTrue(c.contact("odd").isEmpty());
        assertTrue(c.problems().stream().anyMatch(p -> p.message().contains("unknown kind 'spaceship'")));
        assertTrue(c.contact("rosa").isPresent());
    }

    @Test
    void translationStateIsComputed() {
        Content c = good();
        assertEquals(TranslationState.ORIGINAL, c.state("get-help-now", "nb"));
        // en was translated from version 1, nb is now version 2
        assertEquals(TranslationState.OUTDATED, c.state("get-help-now", "en"));
        assertEquals(TranslationState.MACHINE_DRAFTED, c.state("get-help-now", "ar"));
        assertEquals(TranslationState.MISSING, c.state("legal-aid", "ar"));
        assertEquals("machine-drafted", TranslationState.MACHINE_DRAFTED.id());
        assertTrue(TranslationState.OUTDATED.needsNotice());
        assertFalse(TranslationState.REVIEWED.needsNotice());
    }
}
