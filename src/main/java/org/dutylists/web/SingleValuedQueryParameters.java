package org.dutylists.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every query parameter of the API takes one value. JAX-RS would take the first of {@code ?q=a&q=b} and drop the
 * rest without a word; a repeated parameter is a 400 naming it instead. Names are counted from the raw query string,
 * exactly as sent ({@code q} and {@code Q} are different parameters).
 */
public class SingleValuedQueryParameters {
    @ServerRequestFilter
    public Response rejectRepeated(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query == null || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            int count = counts.merge(name, 1, Integer::sum);
            if (count == 2) {
                return Problems.invalidParameter(name, "was given more than once; every query parameter takes one"
                        + " value.").toResponse();
            }
        }
        return null;
    }

    private static String decode(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // A malformed escape is left for parameter parsing to report; as a name it is counted as sent.
            return name;
        }
    }
}
