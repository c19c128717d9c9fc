package no.hjelp.portal.content.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content file that breaks while the portal runs (a half-copied backup, a bad hand edit) does not
 * take its page away: the last good version is served and the problem reported, until it is mended.
 */
class ContentFaultsTest {

    @TempDir
    Path tmp;

    private Path copyOfContent() throws Exception {
        Path to = tmp.resolve("content");
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path f : files.toList()) {
                Path t = to.resolve(Path.of("content").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return to;
    }

    @Test
    void aFileCorruptedWhileRunningIsServedFromItsLastGoodVersionAndReported() throws Exception {
        Path dir = copyOfContent();
        TestContentStores.RecordingEvent events = new TestContentStores.RecordingEvent();
        FileContentStore store = TestContentStores.open(dir, events);
        String title = store.current().text("legal-aid", "en").orElseThrow().title();

        Path file = dir.resolve("topics/legal-aid/en.md");
        Files.write(file, new byte[] {'-', '-', '-', '\n', 't', 'i', (byte) 0xC3, 0x28, '\n'});
        // contacts.yaml cut in half, as by a copy that died
        Path contacts = dir.resolve("contacts.yaml");
        String yaml = Files.readString(contacts, StandardCharsets.UTF_8);
        Files.writeString(contacts, yaml.substring(0, yaml.length() / 2) + "\n  - id: [broken\n");
        store.checkForChanges();

        assertEquals(title, store.current().text("legal-aid", "en").orElseThrow().title(), "the last good text is served");
        assertEquals(22, store.current().contacts().size(), "every contact is still served");
        assertTrue(store.held().stream().anyMatch(p -> p.file().equals("topics/legal-aid/en.md")), String.valueOf(store.held()));
        assertTrue(store.held().stream().anyMatch(p -> p.file().equals("contacts.yaml")), String.valueOf(store.held()));
        assertTrue(store.current().problems().isEmpty(), "what is served has no problem");

        // mended: the new text is served and nothing is held any more
        Files.writeString(file, Files.readString(Path.of("content/topics/legal-aid/en.md")).replace(title, "Mended title"));
        Files.writeString(contacts, yaml);
        store.checkForChanges();
        assertEquals("Mended title", store.current().text("legal-aid", "en").orElseThrow().title());
        assertTrue(store.held().isEmpty(), String.valueOf(store.held()));
        int fired = events.fired.size();
        store.checkForChanges();
        assertEquals(fired, events.fired.size(), "an unchanged folder is not read again");
    }

    @Test
    void startingWithACorruptedFileServesTheRest() throws Exception {
        Path dir = copyOfContent();
        Files.writeString(dir.resolve("topics/legal-aid/en.md"), "no front matter at all");
        FileContentStore store = TestContentStores.open(dir, new TestContentStores.RecordingEvent());
        assertFalse(store.current().text("legal-aid", "en").isPresent(), "the broken file is skipped");
        assertTrue(store.current().text("legal-aid", "nb").isPresent(), "the rest is served");
        assertEquals(1, store.current().problems().size(), String.valueOf(store.current().problems()));
    }
}
