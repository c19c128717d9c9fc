package no.hjelp.portal.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every API failure answers in JSON with the right status, never an HTML page or a stack trace.
 * Unexpected failures are logged without the request (which may hold what the reader searched for).
 */
@Provider
public class ApiExceptionMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException w) {
            Response r = w.getResponse();
            if (r.hasEntity() && r.getEntity() instanceof ApiError) {
                return r;
            }
            int status = r.getStatus();
            String message = status == 404 ? "Not found: see /api/v1/languages, /api/v1/topics, /api/v1/contacts, /api/v1/search"
                    : status == 405 ? "Method not allowed: the API only answers GET"
                    : "The request could not be answered (" + status + ")";
            return json(status, message);
        }
        if (e instanceof no.hjelp.portal.search.SearchIndex.Busy) {
            Response r = json(503, "Search is busy: please try again in a few seconds");
            return Response.fromResponse(r).header("Retry-After", "5").build();
        }
        LOG.log(Level.SEVERE, "API failure: " + e.getClass().getName() + ": " + e.getMessage());
        return json(500, "Something went wrong on our side; please try again later");
    }

    private static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(status, message, List.of())).build();
    }
}
