package org.dutylists.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A JSON body of the wrong shape (an array for an object, a number for a string) would otherwise get Quarkus' bare
 * 400 without a body; this answers it as a problem naming the field. Unknown fields and scalars of the wrong type
 * (more specific exceptions) keep the resteasy-problem extension's own problem, which names the {@code field}.
 */
public class JsonBodyProblems {
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String field = e.getPath().stream()
                .filter(r -> r.getFieldName() != null || r.getIndex() >= 0)
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        return field.isEmpty()
                ? Problems.invalidParameter("body", "does not have the documented shape (see /q/openapi)" + where
                        + ".").toResponse()
                : Problems.invalidParameter(field, "must be a " + expected(e) + " as documented (see /q/openapi)"
                        + where + ".").toResponse();
    }

    private static String expected(JsonMappingException e) {
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (type == null) {
            return "value of the documented type";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "JSON string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "JSON boolean";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "JSON number";
        }
        return "value of the documented type";
    }
}
