package no.hjelp.portal.cluster;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import no.hjelp.portal.content.ContentPublished;
import no.hjelp.portal.content.ContentStore;

/**
 * Tells the other nodes of a Payara Micro cluster that editors published here, so that each reads
 * the shared content folder again, rebuilds its search index and drops its page cache. The message
 * is a clustered CDI event (Payara's data grid, Hazelcast); a single node ({@code --nohazelcast})
 * has nobody to tell. A node that was down when the message went out reads the folder when it
 * starts, so it catches up anyway.
 */
@ApplicationScoped
public class ClusterSync {

    private static final Logger LOG = Logger.getLogger(ClusterSync.class.getName());
    static final String EVENT = "portal-content-published";

    /** This JVM, to ignore our own message if the grid echoes it back. */
    static final String NODE = UUID.randomUUID().toString();

    /** What goes over the wire: who published and which files. */
    public record Notice(String node, List<String> files) implements Serializable {
    }

    @Inject
    @Outbound(eventName = EVENT, loopBack = false)
    Event<Notice> outbound;

    @Inject
    ContentStore store;

    void onPublished(@Observes ContentPublished published) {
        try {
            outbound.fire(new Notice(NODE, published.files()));
        } catch (RuntimeException e) {
            // no data grid (single node): nothing to tell
            LOG.fine("No cluster to tell about the publish: " + e);
        }
    }

    void onNotice(@Observes @Inbound(eventName = EVENT) Notice notice) {
        if (NODE.equals(notice.node())) {
            return;
        }
        long start = System.nanoTime();
        store.reload(notice.files());
        LOG.info("Content published on another node (" + notice.files().size() + " files); reloaded in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
