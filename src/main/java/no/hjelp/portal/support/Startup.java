package no.hjelp.portal.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import no.hjelp.portal.content.ContentStore;
import no.hjelp.portal.editor.internal.Accounts;

/**
 * Loads the content (and so builds the search index) and the editors' accounts (creating the
 * first administrator if asked to) when the application starts, not on the first request.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    ContentStore store;

    @Inject
    Accounts accounts;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        store.current();
        LOG.info("Editors' accounts: " + accounts.size());
    }
}
