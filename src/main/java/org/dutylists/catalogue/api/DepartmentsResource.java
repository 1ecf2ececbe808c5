package org.dutylists.catalogue.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.dutylists.catalogue.CatalogueService;
import org.dutylists.catalogue.api.CatalogueViews.DepartmentDetail;
import org.dutylists.catalogue.api.CatalogueViews.DepartmentSummary;
import org.dutylists.catalogue.api.CatalogueViews.Page;
import org.dutylists.web.Paging;
import org.dutylists.web.Problems;
import org.dutylists.web.RevisionedRead;

@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
@RevisionedRead
public class DepartmentsResource {
    @Inject
    CatalogueService catalogue;

    @GET
    public Page<DepartmentSummary> list(@QueryParam("county") String county,
            @QueryParam("township") String township, @QueryParam("q") String q, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        return catalogue.departments(CatalogueParameters.county(county), CatalogueParameters.township(township),
                CatalogueParameters.q(q), Paging.of(limit, offset));
    }

    @GET
    @Path("/{id}")
    public DepartmentDetail get(@PathParam("id") String id) {
        return catalogue.department(CatalogueParameters.departmentPath(id))
                .orElseThrow(() -> Problems.notFound("No department with ID " + id + ".",
                        "List a county's departments with GET /api/v1/departments?county=" + id.substring(0, 6)
                                + "."));
    }
}
