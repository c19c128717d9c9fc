package no.hjelp.portal.editor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.hjelp.portal.content.Contact;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.Fact;
import no.hjelp.portal.content.internal.ContentLoader;
import no.hjelp.portal.editor.LineDiff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding and replacing one contact or fact in the real content files, leaving the rest as written. */
class YamlBlocksTest {

    static final Path CONTENT = Path.of("content").toAbsolutePath();

    static String contacts;
    static String facts;

    @BeforeAll
    static void read() throws IOException {
        contacts = Files.readString(CONTENT.resolve("contacts.yaml"), StandardCharsets.UTF_8);
        facts = Files.readString(CONTENT.resolve("facts.yaml"), StandardCharsets.UTF_8);
    }

    /** Copies the content folder, so that a changed file can be written and loaded. */
    static Path copyContent(Path target) throws IOException {
        try (Stream<Path> all = Files.walk(CONTENT)) {
            for (Path p : all.toList()) {
                Path t = target.resolve(CONTENT.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }

    /** The changed lines, removed ones first (the order within a change is LineDiff's business, tested there). */
    private static List<LineDiff.Line> changed(String before, String after) {
        return LineDiff.of(before, after).stream().filter(l -> l.op() != ' ')
                .sorted(java.util.Comparator.comparing(l -> l.op() == '+')).toList();
    }

    private static List<String> headerComments(String file) {
        return file.lines().takeWhile(l -> l.startsWith("#")).toList();
    }

    // ---- contacts ----

    @Test
    void contactIsItsOwnBlockOnly() {
        String rosa = YamlBlocks.contact(contacts, "rosa");
        assertNotNull(rosa);
        assertTrue(rosa.startsWith("  - id: rosa\n"), rosa);
        assertTrue(rosa.contains("    phones: [{number: \"22 33 11 60\", confidence: high}]\n"), rosa);
        assertTrue(rosa.endsWith("    source: \"rosa-help.no/om-rosa; rosanorge.no/english; forfreedom.no; helsedirektoratet.no\"\n"),
                rosa);
        assertFalse(rosa.contains("  - id: child-helpline"), rosa);
        assertFalse(rosa.contains("  - id: police\n"), rosa);
        assertFalse(rosa.endsWith("\n\n"), "the blank line between entries is not part of the entry");
        assertTrue(contacts.contains(rosa), "a block is a verbatim part of the file");
        assertNull(YamlBlocks.contact(contacts, "nope"));
        assertNull(YamlBlocks.contact(contacts, "ros"), "ids match whole, not by prefix");
    }

    @Test
    void firstAndLastContactsAreFoundToo() {
        String first = YamlBlocks.contact(contacts, "police-emergency");
        assertTrue(first.startsWith("  - id: police-emergency\n"));
        assertFalse(first.contains("  - id: ambulance"));
        String last = YamlBlocks.contact(contacts, "kom");
        assertTrue(last.startsWith("  - id: kom\n"));
        assertTrue(last.endsWith("    source: \"politiet.no/rad/menneskehandel\"\n"), last);
        assertTrue(contacts.endsWith(last));
    }

    @Test
    void replacingAContactChangesOnlyItsChangedLines() {
        String rosa = YamlBlocks.contact(contacts, "rosa");
        String edited = rosa.replace("\"22 33 11 60\"", "\"22 33 11 99\"");
        String file = YamlBlocks.withContact(contacts, "rosa", edited);
        List<LineDiff.Line> changes = changed(contacts, file);
        assertEquals(List.of(
                new LineDiff.Line('-', "    phones: [{number: \"22 33 11 60\", confidence: high}]"),
                new LineDiff.Line('+', "    phones: [{number: \"22 33 11 99\", confidence: high}]")), changes);
        assertEquals(headerComments(contacts), headerComments(file));
        assertTrue(headerComments(file).size() > 5, "the comments at the top are kept");
        assertEquals(edited, YamlBlocks.contact(file, "rosa"));
    }

    @Test
    void replacingAContactWithItselfChangesNothing() {
        for (String id : List.of("police-emergency", "rosa", "kom")) {
            assertEquals(contacts, YamlBlocks.withContact(contacts, id, YamlBlocks.contact(contacts, id)), id);
        }
    }

    @Test
    void aNewContactIsAppendedAndTheFileStillLoads(@TempDir Path tmp) throws IOException {
        String block = """
                  - id: test-helpline
                    name: {nb: "Testtelefonen", en: "Test helpline"}
                    kinds: [hotline]
                    phones: [{number: "22 00 00 01", confidence: high}]
                    area: national
                    description:
                      nb: "En hjelpetelefon i en test."
                      en: "A helpline in a test."
                    verified: 2026-11-28
                    source: "a unit test"
                """;
        String file = YamlBlocks.withContact(contacts, "test-helpline", block);
        assertTrue(file.startsWith(contacts.stripTrailing() + "\n\n  - id: test-helpline\n"), "appended after a blank line");
        assertTrue(file.endsWith("    source: \"a unit test\"\n"));
        assertTrue(changed(contacts, file).stream().allMatch(l -> l.op() == '+'), "nothing else changed");
        assertEquals(block, YamlBlocks.contact(file, "test-helpline"));

        Path dir = copyContent(tmp.resolve("content"));
        Files.writeString(dir.resolve("contacts.yaml"), file, StandardCharsets.UTF_8);
        Content c = new ContentLoader().load(dir);
        assertEquals(List.of(), c.problems());
        Contact added = c.contact("test-helpline").orElseThrow();
        assertEquals("Test helpline", added.nameIn("en"));
        assertEquals("22 00 00 01", added.phones().get(0).number());
        assertEquals("test-helpline", c.contacts().get(c.contacts().size() - 1).id());
        assertEquals(new ContentLoader().load(CONTENT).contacts().size() + 1, c.contacts().size());
    }

    @Test
    void aNullBlockRemovesTheContact() {
        String rosa = YamlBlocks.contact(contacts, "rosa");
        String file = YamlBlocks.withContact(contacts, "rosa", null);
        assertNull(YamlBlocks.contact(file, "rosa"));
        assertNotNull(YamlBlocks.contact(file, "police"));
        assertNotNull(YamlBlocks.contact(file, "child-helpline"));
        List<LineDiff.Line> changes = changed(contacts, file);
        assertTrue(changes.stream().allMatch(l -> l.op() == '-'), "only removed lines");
        assertEquals(rosa.lines().toList(), changes.stream().map(LineDiff.Line::text).toList());
        assertEquals(contacts, YamlBlocks.withContact(contacts, "nope", null), "removing what is not there changes nothing");
    }

    @Test
    void theContactsFileWithoutOneContactStillParsesAsTheOtherContacts(@TempDir Path tmp) throws IOException {
        // a contact no topic refers to can be removed and the folder stays valid
        Path dir = copyContent(tmp.resolve("content"));
        String withTest = YamlBlocks.withContact(contacts, "test-helpline", """
                  - id: test-helpline
                    name: {en: "Test helpline"}
                    kinds: [hotline]
                    description: {nb: "Test."}
                    verified: 2026-11-28
                    source: "a unit test"
                """);
        String without = YamlBlocks.withContact(withTest, "test-helpline", null);
        assertEquals(contacts, without, "adding then removing gives the file back");
        Content c = new ContentLoader().load(dir, Map.of("contacts.yaml", withTest));
        assertEquals(List.of(), c.problems());
        assertTrue(c.contact("test-helpline").isPresent());
    }

    // ---- facts ----

    @Test
    void factIsItsOwnBlockOnly() {
        String f = YamlBlocks.fact(facts, "reflection-period");
        assertEquals("""
                reflection-period:
                  duration: P6M
                  override: {ti: "6 ወርሒ"}
                  verified: 2026-11-28
                  source: "udi.no/en/word-definitions/human-trafficking; udiregelverk.no UDI 2013-014 (utlendingsforskriften § 8-3)"
                """, f);
        assertNull(YamlBlocks.fact(facts, "reflection"));
        assertTrue(YamlBlocks.fact(facts, "return-repay-period").startsWith("return-repay-period:\n  duration: P2Y\n"));
    }

    @Test
    void changingAFactChangesOnlyThatLineAndLoads(@TempDir Path tmp) throws IOException {
        String f = YamlBlocks.fact(facts, "reflection-period");
        String file = YamlBlocks.withFact(facts, "reflection-period", f.replace("P6M", "P7M"));
        assertEquals(List.of(new LineDiff.Line('-', "  duration: P6M"), new LineDiff.Line('+', "  duration: P7M")),
                changed(facts, file));
        assertEquals(headerComments(facts), headerComments(file));
        assertTrue(file.contains("compensation-after-judgment:\n  duration: P6M\n"), "the other P6M fact is untouched");

        Path dir = copyContent(tmp.resolve("content"));
        Files.writeString(dir.resolve("facts.yaml"), file, StandardCharsets.UTF_8);
        Content c = new ContentLoader().load(dir);
        assertEquals(List.of(), c.problems());
        Fact fact = c.fact("reflection-period").orElseThrow();
        assertEquals(7, fact.amount());
        assertEquals("month", fact.unit());
        assertEquals(6, c.fact("compensation-after-judgment").orElseThrow().amount());
    }

    @Test
    void aNewFactIsAppendedAndANullBlockRemovesIt() {
        String block = "test-number:\n  number: 42\n  verified: 2026-11-28\n  source: \"a unit test\"\n";
        String file = YamlBlocks.withFact(facts, "test-number", block);
        assertTrue(file.endsWith("\n\n" + block), file.substring(file.length() - 200));
        assertEquals(block, YamlBlocks.fact(file, "test-number"));
        Content c = new ContentLoader().load(CONTENT, Map.of("facts.yaml", file));
        assertEquals(List.of(), c.problems());
        assertEquals(42, c.fact("test-number").orElseThrow().amount());

        String removed = YamlBlocks.withFact(facts, "pep-window", null);
        assertNull(YamlBlocks.fact(removed, "pep-window"));
        assertNotNull(YamlBlocks.fact(removed, "abortion-limit"));
        assertNotNull(YamlBlocks.fact(removed, "return-repay-period"));
        assertTrue(changed(facts, removed).stream().allMatch(l -> l.op() == '-'));
        assertEquals(5, changed(facts, removed).size());
    }
}
