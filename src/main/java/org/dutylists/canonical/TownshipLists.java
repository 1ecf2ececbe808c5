package org.dutylists.canonical;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One township's three duty lists in the canonical JSON format ({@code schemas/township-lists.schema.json}). The
 * document parser produces it and the import accepts it, so lists from other sources (a spreadsheet, a form) take the
 * same path into the catalogue.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TownshipLists(String schemaVersion, Township township, Source source, List<DutyList> lists) {
    public static final String SCHEMA_VERSION = "1.0";

    public TownshipLists {
        lists = List.copyOf(lists);
    }

    /** The same lists without where they came from: no source, no line numbers. What "the same content" means. */
    public TownshipLists withoutSourceLocations() {
        return new TownshipLists(schemaVersion, township, null, lists.stream()
                .map(list -> new DutyList(list.kind(), list.title(), list.name(), list.declaredCount(),
                        list.categories().stream().map(c -> new Category(c.name(), c.declaredCount(), c.items().stream()
                                .map(i -> new Item(i.number(), i.name(), i.cells(), i.derived(), null)).toList(), null))
                                .toList(), null))
                .toList());
    }
}
