package org.dutylists.catalogue.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.dutylists.catalogue.CatalogueService;
import org.dutylists.catalogue.api.CatalogueViews.Page;
import org.dutylists.catalogue.api.CatalogueViews.TownshipDetail;
import org.dutylists.catalogue.api.CatalogueViews.TownshipSummary;
import org.dutylists.web.Paging;
import org.dutylists.web.Problems;
import org.dutylists.web.RevisionedRead;

@Path("/api/v1/townships")
@Produces(MediaType.APPLICATION_JSON)
@RevisionedRead
public class TownshipsResource {
    @Inject
    CatalogueService catalogue;

    @GET
    public Page<TownshipSummary> list(@QueryParam("county") String county, @QueryParam("q") String q,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return catalogue.townships(CatalogueParameters.county(county), CatalogueParameters.q(q),
                Paging.of(limit, offset));
    }

    @GET
    @Path("/{id}")
    public TownshipDetail get(@PathParam("id") String id) {
        return catalogue.township(CatalogueParameters.townshipPath(id))
                .orElseThrow(() -> Problems.notFound("No township with ID " + id + ".",
                        "List the townships and their IDs with GET /api/v1/townships (filter by name with ?q=)."));
    }
}
