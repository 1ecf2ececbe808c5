package org.dutylists.web;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The API's request bodies are JSON, and the contract answers 415 to any other: a body sent without a Content-Type,
 * or with a wildcard one, would otherwise be read as JSON on the framework's guess (it matches {@code @Consumes} as
 * if the caller had said so).
 */
public class JsonRequestBodies {
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @ServerRequestFilter
    public Response requireJsonContentType(ContainerRequestContext request) {
        if (!WITH_BODY.contains(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        MediaType type = request.getMediaType();
        if (type != null && !type.isWildcardType() && !type.isWildcardSubtype()) {
            return null; // a concrete type: @Consumes decides, with its own 415 for one it does not take
        }
        return HttpProblem.builder()
                .withStatus(Response.Status.UNSUPPORTED_MEDIA_TYPE)
                .withTitle("Unsupported Media Type")
                .withDetail(request.getMethod() + " " + request.getUriInfo().getPath() + " takes a JSON body: send"
                        + " 'Content-Type: application/json' (the request's was "
                        + (type == null ? "missing" : "'" + type + "'") + ").")
                .build().toResponse();
    }
}
