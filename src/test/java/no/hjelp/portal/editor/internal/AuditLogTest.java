package no.hjelp.portal.editor.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The append-only audit log: one line per event, four tab-separated fields, never forged. */
class AuditLogTest {

    @TempDir
    Path tmp;

    private List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void linesAreAppendedInOrderWithFourFields() throws IOException {
        Path file = tmp.resolve("data/audit.log");
        AuditLog log = new AuditLog(file);
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        log.record("anna", "sign in", "-");
        log.record("anna", "save draft", "topics/legal-aid/en r2");
        log.record("per", "publish", "topics/legal-aid/en r4");
        Instant after = Instant.now();

        List<String> lines = lines(file);
        assertEquals(3, lines.size());
        String[] first = lines.get(0).split("\t", -1);
        assertEquals(4, first.length, lines.get(0));
        Instant t = Instant.parse(first[0]);
        assertTrue(!t.isBefore(before) && !t.isAfter(after), first[0]);
        assertEquals(List.of("anna", "sign in", "-"), List.of(first).subList(1, 4));
        assertEquals("anna\tsave draft\ttopics/legal-aid/en r2", lines.get(1).substring(lines.get(1).indexOf('\t') + 1));
        assertEquals("per\tpublish\ttopics/legal-aid/en r4", lines.get(2).substring(lines.get(2).indexOf('\t') + 1));

        // a second instance (another node, a restart) appends, never truncates
        new AuditLog(file).record("kari", "unpublish", "topics/legal-aid/th r2");
        assertEquals(4, lines(file).size());
        assertEquals(lines.get(0), lines(file).get(0));
    }

    @Test
    void aTabOrLineBreakInANameCannotForgeAFieldOrALine() throws IOException {
        Path file = tmp.resolve("audit.log");
        AuditLog log = new AuditLog(file);
        log.record("mallory\tadmin\tgrant roles", "sign in", "-");
        log.record("eve\n2030-01-01T00:00:00Z\tadmin\tpublish", "save draft\r\nforged", "topics/x/en r1\u0000\u001b[31m");
        log.record(null, "sign in", null);

        List<String> lines = lines(file);
        assertEquals(3, lines.size(), String.join("\n", lines));
        for (String line : lines) {
            assertEquals(4, line.split("\t", -1).length, line);
        }
        String[] a = lines.get(0).split("\t", -1);
        assertEquals("mallory admin grant roles", a[1]);
        assertEquals("sign in", a[2]);
        String[] b = lines.get(1).split("\t", -1);
        assertEquals("eve 2030-01-01T00:00:00Z admin publish", b[1]);
        assertEquals("save draft  forged", b[2]);
        assertEquals("topics/x/en r1  [31m", b[3]);
        assertTrue(lines.get(1).chars().filter(Character::isISOControl).allMatch(ch -> ch == '\t'),
                "no control characters other than the separators");
        String[] c = lines.get(2).split("\t", -1);
        assertEquals("-", c[1]);
        assertEquals("-", c[3]);
    }

    @Test
    void longValuesAreCut() {
        String cleaned = AuditLog.clean("x".repeat(500));
        assertEquals(201, cleaned.length());
        assertTrue(cleaned.endsWith("…"));
        assertEquals("a b", AuditLog.clean("  a\tb \n"));
    }

    @Test
    void lastIsNewestFirst() {
        AuditLog log = new AuditLog(tmp.resolve("audit.log"));
        assertEquals(List.of(), log.last(5), "no file yet");
        for (int i = 1; i <= 5; i++) {
            log.record("ed" + i, "save draft", "topics/legal-aid/en r" + i);
        }
        List<String[]> last = log.last(3);
        assertEquals(3, last.size());
        assertArrayEquals(new String[] {"ed5", "save draft", "topics/legal-aid/en r5"}, tail(last.get(0)));
        assertArrayEquals(new String[] {"ed4", "save draft", "topics/legal-aid/en r4"}, tail(last.get(1)));
        assertArrayEquals(new String[] {"ed3", "save draft", "topics/legal-aid/en r3"}, tail(last.get(2)));
        assertEquals(5, log.last(100).size());
        assertEquals("ed1", log.last(100).get(4)[1]);
        assertEquals(0, log.last(0).size());
    }

    @Test
    void lastKeepsATabInTheLastFieldOfAHandEditedLine() throws IOException {
        Path file = tmp.resolve("audit.log");
        Files.writeString(file, "2026-01-01T00:00:00Z\tanna\tpublish\ta note\twith a tab\n", StandardCharsets.UTF_8);
        String[] line = new AuditLog(file).last(1).get(0);
        assertEquals(4, line.length);
        assertEquals("a note\twith a tab", line[3]);
    }

    private static String[] tail(String[] fields) {
        assertEquals(4, fields.length);
        Instant.parse(fields[0]);
        return new String[] {fields[1], fields[2], fields[3]};
    }
}
