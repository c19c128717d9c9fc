package no.hjelp.portal.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An error answer: {@code {"error": "...", "valid": [...]}}. The message says what was wrong and
 * what is valid, so a developer can fix the call without reading our code.
 */
public record ApiError(int status, String error, List<String> valid) {

    public static WebApplicationException of(int status, String error, List<String> valid) {
        return new WebApplicationException(error, Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(status, error, valid)).build());
    }
}
