package org.dutylists.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dutylists.canonical.DutyList;
import org.dutylists.canonical.Item;
import org.dutylists.canonical.TownshipLists;
import org.dutylists.testing.Seeds;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every published character of every cell of every item is in the stored text, and the stored text adds nothing:
 * compared after removing whitespace and HTML tags, against an independent reading of the raw document that knows
 * only rows, tabs and continuation rows.
 */
class PublishedTextFidelityTests {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern ROW = Pattern.compile("^(\\d+)\\t.*");

    @ParameterizedTest
    @ValueSource(strings = {Seeds.AOHAN, Seeds.GENHE})
    void storedTextIsThePublishedTextExactly(String document) {
        Map<String, List<String>> published = publishedCells(Seeds.text(document));
        TownshipLists lists = Seeds.lists(document);
        Map<String, List<String>> stored = new LinkedHashMap<>();
        for (DutyList list : lists.lists()) {
            list.items().forEach(item -> stored.put(list.kind().letter() + "-" + item.number(), storedCells(item)));
        }

        assertThat(stored.keySet()).containsExactlyElementsOf(published.keySet());
        published.forEach((id, cells) -> assertThat(stored.get(id)).as(id).isEqualTo(cells));
    }

    /** Name and cells of each row as the raw text has them: tags and whitespace removed, continuations appended. */
    private static Map<String, List<String>> publishedCells(String text) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        char list = '?';
        List<String> current = null;
        for (String line : text.split("\\R")) {
            if (line.contains("基本履职事项清单（") || line.contains("基本履职事项清单 (")) {
                list = 'B';
            } else if (line.contains("配合履职事项清单（") || line.contains("配合履职事项清单 (")) {
                list = 'C';
            } else if (line.matches(".*上级部门(收回|回收)事项清单\\s*[（(].*")) {
                list = 'T';
            }
            if (ROW.matcher(line).matches()) {
                String[] cells = line.split("\t", -1);
                current = new ArrayList<>();
                for (int i = 1; i < cells.length; i++) {
                    current.add(clean(cells[i]));
                }
                rows.put(list + "-" + cells[0], current);
            } else if (line.startsWith("\t") && current != null && !line.isBlank()) {
                String[] cells = line.split("\t", -1);
                for (int i = 1; i < cells.length; i++) {
                    current.set(i - 1, current.get(i - 1) + clean(cells[i]));
                }
            }
        }
        return rows;
    }

    private static List<String> storedCells(Item item) {
        List<String> cells = new ArrayList<>();
        cells.add(WHITESPACE.matcher(item.name()).replaceAll(""));
        item.cells().present().values().forEach(c -> cells.add(WHITESPACE.matcher(c).replaceAll("")));
        return cells;
    }

    private static String clean(String cell) {
        String withoutTags = TAG.matcher(cell).replaceAll("");
        return WHITESPACE.matcher(Parser.unescapeEntities(withoutTags, false)).replaceAll("");
    }
}
