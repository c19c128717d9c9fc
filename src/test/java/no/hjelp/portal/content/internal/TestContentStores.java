package no.hjelp.portal.content.internal;

import jakarta.enterprise.event.Event;
import java.nio.file.Path;
import no.hjelp.portal.content.ContentChanged;

/**
 * Builds a {@link FileContentStore} outside CDI for tests in other packages: sets its event field,
 * points {@code portal.content.dir} at the folder for its {@code init()} and puts the property back.
 */
public final class TestContentStores {

    private TestContentStores() {
    }

    public static FileContentStore open(Path contentDir, Event<ContentChanged> changed) {
        String saved = System.getProperty("portal.content.dir");
        System.setProperty("portal.content.dir", contentDir.toString());
        try {
            FileContentStore store = new FileContentStore();
            store.changed = changed;
            store.init();
            return store;
        } finally {
            if (saved == null) {
                System.clearProperty("portal.content.dir");
            } else {
                System.setProperty("portal.content.dir", saved);
            }
        }
    }
}
