package org.dutylists.routing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dutylists.kernel.DutyCategory;
import org.dutylists.routing.RoutingService;
import org.dutylists.routing.api.RoutingViews.RoutingAnswer;
import org.dutylists.routing.api.RoutingViews.TicketRequest;
import org.dutylists.web.Parameters;
import org.dutylists.web.Problems;

/** The 12345 hotline: routes a ticket (工单) to the unit that must act, citing the list item as the basis. */
@Path("/api/v1/routing/tickets")
public class TicketsResource {
    @Inject
    RoutingService routing;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RoutingAnswer route(TicketRequest ticket) {
        if (ticket == null) {
            throw Problems.invalidParameter("body", "must be a JSON ticket: {\"township\": …, \"text\": …}.");
        }
        String ticketNumber = Parameters.text("ticketNumber", ticket.ticketNumber(), 64).orElse(null);
        var hint = Parameters.parsed("categoryHint", ticket.categoryHint(), DutyCategory::parse,
                "a category code such as urban-rural-development or its Chinese name such as 城乡建设");
        String subject = Parameters.text("subject", ticket.subject(), RoutingService.MAX_SUBJECT_LENGTH).orElse(null);
        return routing.route(ticket.township(), subject, ticket.text(), "text", ticketNumber, hint);
    }
}
