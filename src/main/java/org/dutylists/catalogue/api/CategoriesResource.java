package org.dutylists.catalogue.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.dutylists.catalogue.CatalogueService;
import org.dutylists.catalogue.api.CatalogueViews.CategorySummary;
import org.dutylists.catalogue.api.CatalogueViews.Page;
import org.dutylists.web.Paging;
import org.dutylists.web.RevisionedRead;

@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@RevisionedRead
public class CategoriesResource {
    @Inject
    CatalogueService catalogue;

    @GET
    public Page<CategorySummary> list(@QueryParam("township") String township, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        return catalogue.categories(CatalogueParameters.township(township), Paging.of(limit, offset));
    }
}
