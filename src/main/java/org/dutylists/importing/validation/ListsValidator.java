package org.dutylists.importing.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dutylists.canonical.Category;
import org.dutylists.canonical.DutyList;
import org.dutylists.canonical.Item;
import org.dutylists.canonical.TownshipLists;
import org.dutylists.kernel.DepartmentNames;
import org.dutylists.kernel.DutyCategory;
import org.dutylists.kernel.DutyKind;

/**
 * Checks one township's lists, whatever format they came in: declared against found counts per list and category,
 * numbering (gaps, duplicates, order), known categories, required cells, and department names that look like variants
 * of one another.
 */
public final class ListsValidator {
    private ListsValidator() {
    }

    public record Result(List<ListCount> counts, List<Finding> findings) {
    }

    public static Result validate(TownshipLists lists) {
        List<Finding> findings = new ArrayList<>();
        List<ListCount> counts = new ArrayList<>();
        for (DutyKind kind : DutyKind.values()) {
            if (lists.lists().stream().noneMatch(l -> l.kind() == kind)) {
                findings.add(Finding.inList(FindingCode.MISSING_LIST, kind, null, null,
                        "The " + kind + " list (" + kind.standardListName() + ") is missing."));
            }
        }
        Map<DutyKind, Integer> seen = new LinkedHashMap<>();
        for (DutyList list : lists.lists()) {
            if (seen.merge(list.kind(), 1, Integer::sum) > 1) {
                findings.add(Finding.inList(FindingCode.DUPLICATE_LIST, list.kind(), null, list.sourceLine(),
                        "The " + list.kind() + " list appears more than once."));
            }
            counts.add(checkList(list, findings));
        }
        checkDepartmentVariants(lists, findings);
        return new Result(counts, findings);
    }

    private static ListCount checkList(DutyList list, List<Finding> findings) {
        DutyKind kind = list.kind();
        List<ListCount.CategoryCount> categoryCounts = new ArrayList<>();
        List<DutyCategory> seen = new ArrayList<>();
        for (Category category : list.categories()) {
            var known = DutyCategory.ofChineseName(category.name());
            if (known.isEmpty()) {
                findings.add(Finding.inList(FindingCode.UNKNOWN_CATEGORY, kind, null, category.sourceLine(),
                        "Unknown category 「" + category.name() + "」."));
            } else if (seen.contains(known.get())) {
                findings.add(Finding.inList(FindingCode.DUPLICATE_CATEGORY, kind, null, category.sourceLine(),
                        "Category 「" + category.name() + "」 appears twice in the " + kind + " list."));
            } else {
                seen.add(known.get());
            }
            int found = category.items().size();
            categoryCounts.add(new ListCount.CategoryCount(category.name(), category.declaredCount(), found));
            if (found != category.declaredCount()) {
                findings.add(Finding.inList(FindingCode.CATEGORY_COUNT_MISMATCH, kind, null, category.sourceLine(),
                        "Category 「" + category.name() + "」 of the " + kind + " list declares "
                                + category.declaredCount() + " items but has " + found + "."));
            }
        }
        List<Item> items = list.items().toList();
        if (items.size() != list.declaredCount()) {
            findings.add(Finding.inList(FindingCode.LIST_COUNT_MISMATCH, kind, null, list.sourceLine(),
                    "The " + kind + " list 「" + list.title() + "」 declares " + list.declaredCount() + " items but has "
                            + items.size() + "."));
        }
        checkNumbering(kind, items, findings, items.size() == list.declaredCount());
        for (Item item : items) {
            checkCells(kind, item, findings);
            checkCharacters(kind, item, findings);
        }
        return new ListCount(kind, list.name(), list.declaredCount(), items.size(), categoryCounts);
    }

    private static void checkNumbering(DutyKind kind, List<Item> items, List<Finding> findings, boolean countsMatch) {
        Map<Integer, Item> byNumber = new TreeMap<>();
        int previous = 0;
        for (Item item : items) {
            Item earlier = byNumber.putIfAbsent(item.number(), item);
            if (earlier != null) {
                findings.add(Finding.inList(FindingCode.DUPLICATE_NUMBER, kind, item.number(), firstLine(item),
                        "Item number " + item.number() + " of the " + kind + " list is used twice"
                                + (firstLine(earlier) == null ? "" : " (first on line " + firstLine(earlier) + ")")
                                + "."));
            } else if (item.number() < previous) {
                findings.add(Finding.inList(FindingCode.NUMBERING_ORDER, kind, item.number(), firstLine(item),
                        "Item " + item.number() + " comes after item " + previous + "."));
            }
            previous = Math.max(previous, item.number());
        }
        int expected = 1;
        for (int number : byNumber.keySet()) {
            if (number > expected) {
                String missing = number - 1 == expected ? String.valueOf(expected) : expected + "–" + (number - 1);
                findings.add(new Finding(countsMatch ? Severity.WARNING : Severity.ERROR, FindingCode.NUMBERING_GAP,
                        "The " + kind + " list has no item " + missing + ".", firstLine(byNumber.get(number)), null,
                        kind, number));
            }
            expected = number + 1;
        }
    }

    private static void checkCells(DutyKind kind, Item item, List<Finding> findings) {
        if (item.name() == null || item.name().isBlank()) {
            findings.add(Finding.inList(FindingCode.EMPTY_REQUIRED_CELL, kind, item.number(), firstLine(item),
                    "Item " + item.number() + " of the " + kind + " list has no name (事项名称)."));
        }
        Map<String, String> required = new LinkedHashMap<>();
        Map<String, String> optional = new LinkedHashMap<>();
        switch (kind) {
            case BASIC -> {
            }
            case COOPERATIVE -> {
                required.put("对应上级部门", item.cells().leadDepartments());
                optional.put("上级部门职责", item.cells().departmentDuties());
                optional.put("苏木乡镇（街道）配合职责", item.cells().cooperationDuties());
            }
            case TRANSFERRED -> required.put("承接部门及工作方式", item.cells().receivingDepartmentAndMethod());
        }
        if (kind == DutyKind.TRANSFERRED && item.derived() != null && nullOrEmpty(item.derived().receivingDepartments())
                && item.cells().receivingDepartmentAndMethod() != null
                && !item.cells().receivingDepartmentAndMethod().isBlank()) {
            findings.add(Finding.inList(FindingCode.NO_RECEIVING_DEPARTMENT, kind, item.number(), firstLine(item),
                    "Item " + item.number() + " of the TRANSFERRED list names no receiving department (承接部门 before"
                            + " a colon, e.g. 「根河市民政局：…」): it could not be routed to anyone."));
        }
        required.forEach((column, text) -> {
            if (text == null || text.isBlank()) {
                findings.add(Finding.inList(FindingCode.EMPTY_REQUIRED_CELL, kind, item.number(), firstLine(item),
                        "Item " + item.number() + " of the " + kind + " list has an empty 「" + column + "」 cell."));
            }
        });
        optional.forEach((column, text) -> {
            if (text == null || text.isBlank()) {
                findings.add(Finding.inList(FindingCode.EMPTY_CELL, kind, item.number(), firstLine(item),
                        "Item " + item.number() + " of the " + kind + " list has an empty 「" + column + "」 cell."));
            }
        });
    }

    /** Control characters are never part of an official text; in JSON they can hide behind \\u escapes. */
    private static void checkCharacters(DutyKind kind, Item item, List<Finding> findings) {
        List<String> texts = new ArrayList<>(item.cells().present().values());
        texts.add(item.name() == null ? "" : item.name());
        for (String text : texts) {
            if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x7F)) {
                findings.add(Finding.inList(FindingCode.CONTROL_CHARACTER, kind, item.number(), firstLine(item),
                        "Item " + item.number() + " of the " + kind + " list contains a control character."));
                return;
            }
        }
    }

    private static boolean nullOrEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

    /** Spellings that differ but look like one department are worth a look before they are published. */
    private static void checkDepartmentVariants(TownshipLists lists, List<Finding> findings) {
        Map<String, Item> firstUse = new LinkedHashMap<>();
        Map<String, DutyKind> firstKind = new LinkedHashMap<>();
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (DutyList list : lists.lists()) {
            list.items().forEach(item -> item.derived().spelledDepartments().forEach(spelled -> {
                firstUse.putIfAbsent(spelled, item);
                firstKind.putIfAbsent(spelled, list.kind());
                uses.merge(spelled, 1, Integer::sum);
            }));
        }
        var t = lists.township();
        List<String> regions = t.county() == null ? List.of()
                : DepartmentNames.regionNames(t.county().name(), t.city().name(), t.province().name());
        List<String> spellings = new ArrayList<>(firstUse.keySet());
        List<List<String>> groups = new ArrayList<>();
        for (String spelled : spellings) {
            List<String> group = groups.stream()
                    .filter(g -> g.stream().anyMatch(other -> DepartmentNames.areVariants(other, spelled)))
                    .findFirst().orElse(null);
            if (group == null) {
                groups.add(new ArrayList<>(List.of(spelled)));
            } else {
                group.add(spelled);
            }
        }
        for (List<String> group : groups) {
            if (group.size() < 2) {
                continue;
            }
            Map<String, Integer> groupUses = new LinkedHashMap<>();
            group.forEach(g -> groupUses.put(g, uses.get(g)));
            String canonical = DepartmentNames.canonicalOf(groupUses, regions);
            for (String spelled : group) {
                if (spelled.equals(canonical)) {
                    continue;
                }
                Item item = firstUse.get(spelled);
                findings.add(Finding.inList(FindingCode.DEPARTMENT_VARIANT, firstKind.get(spelled), item.number(),
                        firstLine(item), "「" + spelled + "」 looks like a variant of 「" + canonical
                                + "」: both are linked to one department, and each item keeps its own spelling."));
            }
        }
    }

    private static Integer firstLine(Item item) {
        return item.sourceLines() == null || item.sourceLines().isEmpty() ? null : item.sourceLines().getFirst();
    }
}
