package org.dutylists.importing.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dutylists.canonical.DutySection;
import org.dutylists.kernel.DepartmentNames;

/**
 * Splits a department cell into its parts. Cooperative items write one section per department
 * ({@code 敖汉旗民政局：…}), sometimes under a {@code 部门职责：} label, and a {@code 履职保障：} part (the support the
 * departments provide); transferred items write the receiving department before the colon, then the working method.
 */
public final class DepartmentSections {
    private static final String NAME = "[\\p{IsHan}（）()]{1,30}?(?:局|部|委员会|委|办公室|大队|支队|联合会|政府|各部门|中心|站|所|院)";
    private static final Pattern HEADER = Pattern.compile(
            "(?:^|(?<=[\\s\\u3000。；;]))(" + NAME + "(?:\\s*[、，,]\\s*" + NAME + ")*)\\s*[：:]");
    private static final Pattern DUTIES_LABEL = Pattern.compile("^\\s*部门职责\\s*[：:]");
    private static final Pattern SUPPORT_LABEL = Pattern.compile("(?:^|(?<=[\\s\\u3000。；;]))履职保障\\s*[：:]");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*[、，,]\\s*");
    private static final Pattern REGION = Pattern.compile("[旗市县盟区]|各部门|政府");

    /** The sections of a cell: per-department duties, and the support part if there is one. */
    public record Split(List<DutySection> sections, DutySection support) {
    }

    private DepartmentSections() {
    }

    /**
     * @param knownDepartments departments the item names elsewhere (its lead departments); a heading that opens the
     *     text or names one of them is always a section heading, other headings must at least name a region (敖汉旗…,
     *     根河市…), so that a step such as {@code 配合旗财政局：} inside a paragraph is not taken for one.
     * @param defaultDepartments the departments a section without heading belongs to
     */
    public static Split of(String text, List<String> knownDepartments, List<String> defaultDepartments) {
        String body = DUTIES_LABEL.matcher(text).replaceFirst("");
        List<Boundary> boundaries = new ArrayList<>();
        Matcher h = HEADER.matcher(body);
        while (h.find()) {
            List<String> names = Arrays.stream(NAME_SEPARATOR.split(h.group(1))).map(String::strip).toList();
            boolean opensText = body.substring(0, h.start()).isBlank();
            if (names.stream().allMatch(n -> opensText || isDepartment(n, knownDepartments))) {
                boundaries.add(new Boundary(h.start(), h.end(), names));
            }
        }
        Matcher s = SUPPORT_LABEL.matcher(body);
        while (s.find()) {
            boundaries.add(new Boundary(s.start(), s.end(), null));
        }
        boundaries.sort((a, b) -> Integer.compare(a.start, b.start));

        List<DutySection> sections = new ArrayList<>();
        DutySection support = null;
        String opening = body.substring(0, boundaries.isEmpty() ? body.length() : boundaries.getFirst().start).strip();
        if (!opening.isEmpty()) {
            sections.add(section(defaultDepartments, opening));
        }
        for (int i = 0; i < boundaries.size(); i++) {
            Boundary b = boundaries.get(i);
            int end = i + 1 < boundaries.size() ? boundaries.get(i + 1).start : body.length();
            String part = body.substring(b.end, end).strip();
            if (b.departments == null) {
                support = support == null ? section(List.of(), part)
                        : section(List.of(), support.text() + "\n" + part);
            } else {
                sections.add(section(b.departments, part));
            }
        }
        return new Split(sections, support);
    }

    private static DutySection section(List<String> departments, String text) {
        return new DutySection(departments, text, NumberedSteps.of(text));
    }

    private static boolean isDepartment(String name, List<String> known) {
        if (known.stream().anyMatch(k -> DepartmentNames.areVariants(k, name))) {
            return true;
        }
        return name.length() >= 4 && REGION.matcher(name).find();
    }

    private record Boundary(int start, int end, List<String> departments) {
    }
}
