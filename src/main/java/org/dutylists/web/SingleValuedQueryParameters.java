package org.dutylists.web;

import io.netty.handler.codec.http.QueryStringDecoder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every query parameter of the API takes one value. JAX-RS would take the first of {@code ?q=a&q=b} and drop the
 * rest without a word; a repeated parameter is a 400 naming it instead. Names are compared exactly as sent
 * ({@code q} and {@code Q} are different parameters), so the raw query is decoded with Netty's decoder rather than
 * read from JAX-RS, whose map folds case.
 */
public class SingleValuedQueryParameters {
    @ServerRequestFilter
    public Response rejectRepeated(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query == null || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        Map<String, List<String>> parameters;
        try {
            parameters = new QueryStringDecoder(query, false).parameters();
        } catch (IllegalArgumentException malformed) {
            return null; // a malformed escape is for parameter parsing to report
        }
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().size() > 1) {
                return Problems.invalidParameter(parameter.getKey(), "was given more than once; every query"
                        + " parameter takes one value.").toResponse();
            }
        }
        return null;
    }
}
