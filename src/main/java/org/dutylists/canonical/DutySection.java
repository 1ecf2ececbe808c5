package org.dutylists.canonical;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A part of a cell: the departments its heading names (as spelled; empty when the text names none), its text, and the
 * numbered steps read from that text (a single step when it is not numbered).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DutySection(List<String> departments, String text, List<String> steps) {
    public DutySection {
        departments = List.copyOf(departments);
        steps = List.copyOf(steps);
    }
}
