package org.dutylists.canonical;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.stream.Stream;
import org.dutylists.kernel.DutyKind;

/**
 * One of the three lists. {@code name} is the list's name as the document spells it (上级部门收回事项清单 or
 * 上级部门回收事项清单): citations quote it. {@code sourceLine} is the heading's line in a text document.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DutyList(DutyKind kind, String title, String name, int declaredCount, List<Category> categories,
        Integer sourceLine) {
    public DutyList {
        categories = List.copyOf(categories);
    }

    public Stream<Item> items() {
        return categories.stream().flatMap(c -> c.items().stream());
    }
}
