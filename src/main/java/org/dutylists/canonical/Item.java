package org.dutylists.canonical;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One duty item. {@code name} and {@code cells} hold the published text exactly (HTML tags removed, paragraph breaks
 * kept, every other character kept); {@code derived} sits beside it and never replaces it. {@code sourceLines} are the
 * document lines the row came from, continuation rows included.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Item(int number, String name, Cells cells, Derived derived, List<Integer> sourceLines) {
}
