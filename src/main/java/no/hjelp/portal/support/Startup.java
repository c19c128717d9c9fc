package no.hjelp.portal.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.hjelp.portal.content.ContentStore;

/** Loads the content (and so builds the search index) when the application starts, not on the first request. */
@ApplicationScoped
public class Startup {

    @Inject
    ContentStore store;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        store.current();
    }
}
