package org.dutylists.importing.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.dutylists.canonical.Cells;
import org.dutylists.canonical.Derived;
import org.dutylists.canonical.DutySection;
import org.dutylists.canonical.PenaltyPowers;
import org.dutylists.kernel.DutyKind;

/**
 * Derives an item's structure from its published cells. Used for documents and for canonical JSON alike, so the two
 * paths can never disagree about what a cell means.
 */
public final class DerivedStructure {
    private static final Pattern LEAD_SEPARATOR = Pattern.compile("[、，,；;\\n/]+");

    private DerivedStructure() {
    }

    public static Derived of(DutyKind kind, String name, Cells cells) {
        return switch (kind) {
            case BASIC -> Derived.basic(PenaltyPowers.of(name));
            case COOPERATIVE -> {
                List<String> leads = leadDepartments(nullToEmpty(cells.leadDepartments()));
                DepartmentSections.Split split = DepartmentSections.of(nullToEmpty(cells.departmentDuties()), leads,
                        leads.size() == 1 ? leads : List.of());
                yield Derived.cooperative(leads, split.sections(), split.support(),
                        NumberedSteps.of(nullToEmpty(cells.cooperationDuties())));
            }
            case TRANSFERRED -> {
                DepartmentSections.Split split = DepartmentSections.of(
                        nullToEmpty(cells.receivingDepartmentAndMethod()), List.of(), List.of());
                List<DutySection> sections = new ArrayList<>(split.sections());
                if (split.support() != null) {
                    sections.add(split.support());
                }
                List<String> receivers = sections.stream().flatMap(s -> s.departments().stream()).distinct().toList();
                yield Derived.transferred(receivers, sections);
            }
        };
    }

    /** 对应上级部门 lists several departments separated by 、 (sometimes ，or a line break). */
    static List<String> leadDepartments(String cell) {
        return Arrays.stream(LEAD_SEPARATOR.split(cell)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
