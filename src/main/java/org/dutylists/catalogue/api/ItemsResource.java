package org.dutylists.catalogue.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.dutylists.catalogue.CatalogueService;
import org.dutylists.catalogue.CatalogueService.ItemFilter;
import org.dutylists.catalogue.api.CatalogueViews.ItemSummary;
import org.dutylists.catalogue.api.CatalogueViews.Page;
import org.dutylists.web.Paging;
import org.dutylists.web.Problems;
import org.dutylists.web.RevisionedRead;

@Path("/api/v1/items")
@Produces(MediaType.APPLICATION_JSON)
@RevisionedRead
public class ItemsResource {
    @Inject
    CatalogueService catalogue;

    @GET
    public Page<ItemSummary> list(@QueryParam("township") String township, @QueryParam("kind") String kind,
            @QueryParam("category") String category, @QueryParam("department") String department,
            @QueryParam("q") String q, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        ItemFilter filter = new ItemFilter(CatalogueParameters.township(township), CatalogueParameters.kind(kind),
                CatalogueParameters.category(category), CatalogueParameters.department(department),
                CatalogueParameters.q(q));
        return catalogue.items(filter, Paging.of(limit, offset));
    }

    /** The {@link CatalogueViews.ItemDetail}, serialised once per revision. */
    @GET
    @Path("/{id}")
    public byte[] get(@PathParam("id") String id) {
        return catalogue.itemJson(CatalogueParameters.itemPath(id))
                .orElseThrow(() -> Problems.notFound("No item with ID " + id + " in the township's current lists.",
                        "Browse a township's items with GET /api/v1/items?township=" + id.substring(0, 9) + "."));
    }
}
