package org.dutylists.web;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The API's errors as RFC 9457 problem details ({@code application/problem+json}), written by the resteasy-problem
 * extension. Every problem says what to fix: {@code invalidParams} names the parameters, {@code hint} where to look.
 */
public final class Problems {
    private static final String TYPES = "https://dutylists.org/problems/";

    private Problems() {
    }

    public static HttpProblem invalidParameter(String name, String reason) {
        return HttpProblem.builder()
                .withType(URI.create(TYPES + "invalid-parameter"))
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Invalid parameter")
                .withDetail("Parameter '" + name + "' " + reason)
                .with("invalidParams", List.of(Map.of("name", name, "reason", reason)))
                .build();
    }

    public static HttpProblem notFound(String detail, String hint) {
        return HttpProblem.builder()
                .withType(URI.create(TYPES + "not-found"))
                .withStatus(Response.Status.NOT_FOUND)
                .withTitle("Not found")
                .withDetail(detail)
                .with("hint", hint)
                .build();
    }
}
