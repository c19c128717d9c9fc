package no.hjelp.portal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The JSON API, version 1: {@code /api/v1/languages}, {@code topics}, {@code contacts}, {@code search}. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {

    /** Jersey would otherwise publish a WADL description at /api/v1/application.wadl. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
