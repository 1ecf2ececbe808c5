package org.dutylists.routing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.dutylists.routing.RoutingService;
import org.dutylists.routing.api.RoutingViews.RoutingAnswer;
import org.dutylists.web.RevisionedRead;

/** Citizens' apps: 「我家旁边有人往河里倒垃圾，找谁?」 → the responsible unit, its role and the list item. */
@Path("/api/v1/matters")
@Produces(MediaType.APPLICATION_JSON)
@RevisionedRead
public class MattersResource {
    @Inject
    RoutingService routing;

    @GET
    public RoutingAnswer find(@QueryParam("township") String township, @QueryParam("q") String q) {
        return routing.route(township, null, q, "q", null, Optional.empty());
    }
}
