package no.hjelp.portal.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.hjelp.portal.content.ContentProblem;
import no.hjelp.portal.content.ContentStore;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * {@code /health} details about the content: files skipped at load, and files broken on disk
 * whose last good version is being served. The node is still up (it serves everything it can),
 * so the check stays UP; the details tell the operator what to mend.
 */
@Liveness
@ApplicationScoped
public class ContentHealth implements HealthCheck {

    @Inject
    ContentStore store;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("content").up()
                .withData("problems", store.current().problems().size())
                .withData("brokenFilesServedFromLastGoodVersion", store.held().size());
        int i = 0;
        for (ContentProblem p : store.held()) {
            if (i < 10) {
                b.withData("broken." + i++, p.toString());
            }
        }
        for (ContentProblem p : store.current().problems()) {
            if (i < 20) {
                b.withData("problem." + i++, p.toString());
            }
        }
        return b.build();
    }
}
