package no.hjelp.portal.content.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where the content is read from: the configured folder, else ./content, else the copy in the WAR. */
class FileContentStoreTest {

    private final String saved = System.getProperty("portal.content.dir");

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty("portal.content.dir");
        } else {
            System.setProperty("portal.content.dir", saved);
        }
    }

    @Test
    void theSystemPropertyWins() {
        System.setProperty("portal.content.dir", "/srv/portal/content");
        assertEquals(Path.of("/srv/portal/content"), FileContentStore.locate());
    }

    @Test
    void otherwiseContentInTheWorkingDirectory() {
        System.clearProperty("portal.content.dir");
        if (System.getenv("PORTAL_CONTENT_DIR") == null) {
            assertEquals(Path.of("content").toAbsolutePath(), FileContentStore.locate());
        }
    }

    @Test
    void thePackagedCopyIsCompleteAndValid() {
        Path bundled = FileContentStore.bundled();
        assertTrue(Files.isRegularFile(bundled.resolve("contacts.yaml")), bundled.toString());
        assertEquals(0, new ContentLoader().load(bundled).problems().size());
    }
}
