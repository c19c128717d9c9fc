package no.hjelp.portal.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.hjelp.portal.search.SearchIndex;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the content is loaded and the search index built ({@code /health/ready}). */
@Readiness
@ApplicationScoped
public class IndexReadiness implements HealthCheck {

    @Inject
    SearchIndex index;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("search-index").status(index.isReady()).build();
    }
}
