package no.hjelp.portal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API, version 1: {@code /api/v1/languages}, {@code topics}, {@code contacts}, {@code search}. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
}
