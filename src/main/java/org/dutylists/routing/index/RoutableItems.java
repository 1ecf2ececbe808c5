package org.dutylists.routing.index;

import java.util.ArrayList;
import java.util.List;
import org.dutylists.canonical.Derived;
import org.dutylists.canonical.DutySection;
import org.dutylists.catalogue.api.CatalogueViews.ItemDetail;
import org.dutylists.catalogue.api.CatalogueViews.Unit;
import org.dutylists.canonical.PenaltyPowers;
import org.dutylists.kernel.DepartmentNames;

/** Turns the catalogue's item detail into what routing indexes. */
public final class RoutableItems {
    private RoutableItems() {
    }

    public static RoutableItem of(ItemDetail item) {
        Derived derived = item.derived();
        List<RoutableItem.Unit> units = item.units().stream()
                .map(u -> new RoutableItem.Unit(u.id(), u.name(), u.type(), u.role(), u.spelledAs()))
                .toList();
        List<RoutableItem.DepartmentPart> parts = new ArrayList<>();
        String title = item.name();
        List<String> penalties = List.of();
        String townshipPart = null;
        switch (item.kind()) {
            case BASIC -> {
                penalties = derived.penaltyPowers() == null ? List.of() : derived.penaltyPowers();
                title = PenaltyPowers.textBefore(item.name());
            }
            case COOPERATIVE -> {
                townshipPart = item.cells().cooperationDuties();
                List<String> leads = item.units().stream().filter(u -> u.spelledAs() != null).map(Unit::id).toList();
                for (DutySection section : nullToEmpty(derived.departmentDuties())) {
                    parts.add(new RoutableItem.DepartmentPart(
                            section.departments().isEmpty() ? leads : ids(section.departments(), item.units()),
                            section.text()));
                }
                if (derived.support() != null) {
                    parts.add(new RoutableItem.DepartmentPart(List.of(), derived.support().text()));
                }
            }
            case TRANSFERRED -> {
                for (DutySection section : nullToEmpty(derived.workingMethod())) {
                    parts.add(new RoutableItem.DepartmentPart(ids(section.departments(), item.units()),
                            section.text()));
                }
                if (parts.isEmpty()) {
                    parts.add(new RoutableItem.DepartmentPart(List.of(),
                            item.cells().receivingDepartmentAndMethod()));
                }
            }
        }
        return new RoutableItem(item.id(), item.kind(), item.number(), item.category().code(), item.category().name(),
                item.name(), title, penalties, townshipPart, parts, units, item.citation());
    }

    /** The IDs of the item's units a section names; a name no unit carries stays as it is. */
    private static List<String> ids(List<String> spelled, List<Unit> units) {
        return spelled.stream().map(name -> units.stream()
                .filter(u -> u.spelledAs() != null && DepartmentNames.areVariants(u.spelledAs(), name))
                .map(Unit::id).findFirst().orElse(DepartmentNames.tidy(name))).toList();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
