package org.dutylists.canonical;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The township and the divisions above it, as far as the document and the township manifest say. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Township(String id, String name, Division county, Division city, Division province) {
}
