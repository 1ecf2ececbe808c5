package org.dutylists.web;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A JSON body of the wrong shape (an array for an object, a list for a string) would otherwise get Quarkus' bare
 * 400 without a body; this answers it as a problem. Unknown fields (a more specific exception) keep the
 * resteasy-problem extension's own problem, which names the {@code field}.
 */
public class JsonBodyProblems {
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return Problems.invalidParameter("body", "does not have the documented shape (see /q/openapi)"
                + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr()) + ".").toResponse();
    }
}
