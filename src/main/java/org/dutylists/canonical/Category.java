package org.dutylists.canonical;

import java.util.List;

/** A duty category (领域) within one list, in document order, with the count its heading declares. */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record Category(String name, int declaredCount, List<Item> items, Integer sourceLine) {
    public Category {
        items = List.copyOf(items);
    }
}
