package org.dutylists.routing.examples;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import org.dutylists.kernel.DutyKind;

/**
 * A request as people put it, labelled with the item that answers it, or with none ({@code OUTSIDE}): 「山上松毛虫特别多」
 * for 林业和草原有害生物调查与监测. The item is named by its kind and its name as published, so an example serves every
 * township whose lists carry that item.
 *
 * @param set the labelled set the example comes from: the evaluation leaves a set's own examples out when it measures
 *     that set
 * @param id the ticket's ID in its set
 * @param townshipId the ID of the township the ticket was written for: an {@code OUTSIDE} example serves only that
 *     township (a matter one township's lists leave out may be in another's)
 * @param township that township's name, for people reading the file
 * @param kind {@code BASIC}, {@code COOPERATIVE}, {@code TRANSFERRED} or {@code OUTSIDE} (no list covers it)
 * @param item the item's name exactly as published; absent for {@code OUTSIDE}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExampleRequest(@JsonProperty(required = true) String set, @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String townshipId, @JsonProperty(required = true) String township,
        @JsonProperty(required = true) String kind, String item, @JsonProperty(required = true) String text) {
    public static final String OUTSIDE = "OUTSIDE";

    public ExampleRequest {
        if (text == null || text.isBlank() || set == null || set.isBlank()) {
            throw new IllegalArgumentException("An example request needs its text and its set");
        }
        boolean outside = OUTSIDE.equals(kind);
        if (!outside && Arrays.stream(DutyKind.values()).noneMatch(k -> k.name().equals(kind))) {
            throw new IllegalArgumentException("Example " + id + ": kind must be BASIC, COOPERATIVE, TRANSFERRED or"
                    + " OUTSIDE, got " + kind);
        }
        if (outside != (item == null || item.isBlank())) {
            throw new IllegalArgumentException("Example " + id + ": an OUTSIDE example names no item, any other"
                    + " names one");
        }
    }

    public boolean outside() {
        return OUTSIDE.equals(kind);
    }
}
