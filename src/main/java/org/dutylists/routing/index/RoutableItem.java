package org.dutylists.routing.index;

import java.util.List;
import org.dutylists.kernel.DutyKind;
import org.dutylists.kernel.UnitRole;
import org.dutylists.kernel.UnitType;

/**
 * An item as routing sees it: its text by weight class (what it is, what the township does, what departments do),
 * and the units that act on it.
 *
 * @param title the item name without its penalty sentences
 * @param penaltyPowers the {@code *} sentences of a basic item
 * @param townshipPart the township's cooperation duties of a cooperative item
 * @param departmentParts per-department duty sections (cooperative) or working method sections (transferred)
 */
public record RoutableItem(String id, DutyKind kind, int number, String categoryCode, String categoryName,
        String name, String title, List<String> penaltyPowers, String townshipPart,
        List<DepartmentPart> departmentParts, List<Unit> units, String citation) {

    /** A department's part of the item text: its section of the duties, or of the working method. */
    public record DepartmentPart(List<String> departmentIds, String text) {
    }

    /** A unit responsible for the item. {@code spelledAs} is how the item spells a department. */
    public record Unit(String id, String name, UnitType type, UnitRole role, String spelledAs) {
    }
}
