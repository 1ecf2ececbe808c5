package org.dutylists.catalogue.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.dutylists.catalogue.CatalogueService;
import org.dutylists.catalogue.api.CatalogueViews.Page;
import org.dutylists.catalogue.api.CatalogueViews.Transfer;
import org.dutylists.web.Paging;
import org.dutylists.web.RevisionedRead;

/** The taken-back items (上级部门收回事项) as transfers from the township to the receiving department. */
@Path("/api/v1/transfers")
@Produces(MediaType.APPLICATION_JSON)
@RevisionedRead
public class TransfersResource {
    @Inject
    CatalogueService catalogue;

    @GET
    public Page<Transfer> list(@QueryParam("township") String township, @QueryParam("department") String department,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return catalogue.transfers(CatalogueParameters.township(township), CatalogueParameters.department(department),
                Paging.of(limit, offset));
    }
}
