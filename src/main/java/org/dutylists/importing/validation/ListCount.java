package org.dutylists.importing.validation;

import java.util.List;
import org.dutylists.kernel.DutyKind;

/** Declared against found item counts of one list and of each of its categories. */
public record ListCount(DutyKind kind, String name, int declared, int found, List<CategoryCount> categories) {
    public record CategoryCount(String name, int declared, int found) {
    }
}
