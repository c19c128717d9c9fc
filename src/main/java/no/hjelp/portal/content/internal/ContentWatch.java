package no.hjelp.portal.content.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Looks at the content folder every few seconds ({@code portal.content.check.seconds}, default 10;
 * 0 turns it off) and reads it again when a file changed outside the editors' area — a hand edit,
 * a restored backup, a file another node wrote while this one missed the message.
 */
@ApplicationScoped
public class ContentWatch {

    private static final Logger LOG = Logger.getLogger(ContentWatch.class.getName());

    @Inject
    FileContentStore store;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    /** Started with the application, not on first use (nothing else asks for it). */
    void onStart(@jakarta.enterprise.event.Observes @jakarta.enterprise.context.Initialized(ApplicationScoped.class) Object event) {
    }

    @PostConstruct
    void start() {
        long seconds = Long.getLong("portal.content.check.seconds", 10);
        if (seconds > 0 && scheduler != null) {
            task = scheduler.scheduleWithFixedDelay(() -> {
                try {
                    store.checkForChanges();
                } catch (RuntimeException e) {
                    LOG.warning("Checking the content folder failed: " + e);
                }
            }, seconds, seconds, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
