package no.hjelp.portal.content.internal;

import jakarta.enterprise.event.Event;
import java.nio.file.Path;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

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

    /** Records what the store fires, however it is fired. */
    public static final class RecordingEvent implements Event<ContentChanged> {
        public final List<ContentChanged> fired = new ArrayList<>();

        @Override
        public void fire(ContentChanged event) {
            fired.add(event);
        }

        @Override
        public <U extends ContentChanged> CompletionStage<U> fireAsync(U event) {
            fired.add(event);
            return java.util.concurrent.CompletableFuture.completedFuture(event);
        }

        @Override
        public <U extends ContentChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            return fireAsync(event);
        }

        @Override
        public Event<ContentChanged> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <U extends ContentChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            return (Event<U>) this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <U extends ContentChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            return (Event<U>) this;
        }
    }

}
