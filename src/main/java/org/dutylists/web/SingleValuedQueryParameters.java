package org.dutylists.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every query parameter of the API takes one value. JAX-RS would take the first of {@code ?q=a&q=b} and drop the
 * rest without a word; a repeated parameter is a 400 naming it instead.
 */
public class SingleValuedQueryParameters {
    @ServerRequestFilter
    public Response rejectRepeated(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getValue().size() > 1) {
                return Problems.invalidParameter(parameter.getKey(), "was given " + parameter.getValue().size()
                        + " times; every query parameter takes one value.").toResponse();
            }
        }
        return null;
    }
}
