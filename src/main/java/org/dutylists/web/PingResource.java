package org.dutylists.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A trivial endpoint of the same HTTP stack: load balancers may use it, and the benchmarks compare every other
 * endpoint's throughput against it.
 */
@Path("/api/v1/ping")
public class PingResource {
    public record Pong(String status) {
    }

    private static final Pong OK = new Pong("ok");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Pong ping() {
        return OK;
    }
}
