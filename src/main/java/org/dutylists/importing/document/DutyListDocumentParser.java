package org.dutylists.importing.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dutylists.importing.TownshipManifest;
import org.dutylists.canonical.Category;
import org.dutylists.canonical.Cells;
import org.dutylists.canonical.DutyList;
import org.dutylists.canonical.Item;
import org.dutylists.canonical.Source;
import org.dutylists.canonical.Township;
import org.dutylists.canonical.TownshipLists;
import org.dutylists.importing.validation.Finding;
import org.dutylists.importing.validation.FindingCode;
import org.dutylists.kernel.DutyCategory;
import org.dutylists.kernel.DutyKind;

/**
 * Reads the published text export of a township's duty lists (the format described in {@code shared/seeds/README.md})
 * into the canonical model. It reads line by line: list headings, table header rows (repeated on every page),
 * category headings, item rows, and continuation rows that carry a row's cells over a page break. Anything else after
 * the first list heading is an error with its line number: a document is read whole or not at all.
 */
public final class DutyListDocumentParser {
    private static final Pattern LIST_HEADING = Pattern.compile(
            "^(?<prefix>.*?)(?<list>基本履职事项清单|配合履职事项清单|上级部门(?:收回|回收)事项清单)\\s*[（(]\\s*(?<count>\\d{1,5})\\s*项\\s*[)）]$");
    private static final Pattern LIST_LIKE_HEADING = Pattern.compile("^.*清单\\s*[（(]\\s*\\d+\\s*项\\s*[)）]$");
    private static final Pattern CATEGORY_HEADING = Pattern.compile(
            "^[一二三四五六七八九十]+\\s*[、.．]\\s*(?<name>[^（()）]+?)\\s*[（(]\\s*(?<count>\\d{1,5})\\s*项\\s*[)）]$");
    /** Item numbers as item IDs allow them: 1 to 9999. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("^[1-9]\\d{0,3}$");
    private static final Pattern TOC_LINE = Pattern.compile("^\\s*\\d+\\s*[.．、].*清单.*$|^目\\s*录$");
    /** Punctuation that ends a sentence or a heading: a page break after it is a real paragraph break. */
    private static final String SENTENCE_END = "。；;：:！!？?）)」》”\"…";

    private final TownshipManifest manifest;

    public DutyListDocumentParser(TownshipManifest manifest) {
        this.manifest = manifest;
    }

    /** The lists (absent when the document cannot be read into lists at all) and the findings made on the way. */
    public record Outcome(Optional<TownshipLists> lists, List<Finding> findings) {
    }

    public Outcome parse(String documentName, byte[] bytes, String checksum) {
        return switch (DocumentText.decode(bytes)) {
            case DocumentText.Unreadable u -> new Outcome(Optional.empty(), List.of(u.finding()));
            case DocumentText.Text t -> new Reading(documentName, checksum).read(t.text());
        };
    }

    /** The state of one pass over one document. */
    private final class Reading {
        private final String documentName;
        private final String checksum;
        private final List<Finding> findings = new ArrayList<>();
        private final List<String> preamble = new ArrayList<>();
        private final List<ListDraft> lists = new ArrayList<>();
        private final Set<String> headingPrefixes = new LinkedHashSet<>();
        private ListDraft list;
        private RowDraft lastRow;

        Reading(String documentName, String checksum) {
            this.documentName = documentName;
            this.checksum = checksum;
        }

        Outcome read(String text) {
            String[] lines = text.split("\\r?\\n|\\r", -1);
            for (int i = 0; i < lines.length; i++) {
                readLine(i + 1, lines[i]);
            }
            if (lists.isEmpty()) {
                findings.add(Finding.at(FindingCode.NO_LISTS_FOUND, null,
                        "No list heading found (e.g. 「…基本履职事项清单（100项）」): this is not a duty list document."));
                return new Outcome(Optional.empty(), findings);
            }
            if (!preamble.isEmpty()) {
                findings.add(Finding.at(FindingCode.PREAMBLE_SKIPPED, 1, "Skipped " + preamble.size()
                        + " title and table-of-contents line(s) before the first list heading."));
            }
            Optional<Township> township = township();
            if (township.isEmpty()) {
                return new Outcome(Optional.empty(), findings);
            }
            List<DutyList> built = lists.stream().map(ListDraft::build).toList();
            Source source = new Source(documentName, title(), Source.FORMAT_TEXT, checksum);
            return new Outcome(Optional.of(new TownshipLists(TownshipLists.SCHEMA_VERSION, township.get(), source, built)),
                    findings);
        }

        private void readLine(int number, String line) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                return;
            }
            Matcher heading = LIST_HEADING.matcher(trimmed);
            if (heading.matches()) {
                startList(number, heading);
                return;
            }
            if (list == null) {
                preamble.add(trimmed);
                return;
            }
            String[] cells = line.split("\t", -1);
            String first = cells[0].strip();
            if (first.replaceAll("\\s", "").equals("序号")) {
                readTableHeader(number, cells);
            } else if (CATEGORY_HEADING.matcher(first).matches() && restBlank(cells)) {
                readCategoryHeading(number, first);
            } else if (ITEM_NUMBER.matcher(first).matches()) {
                readItemRow(number, cells);
            } else if (first.isEmpty() && cells.length > 1) {
                readContinuation(number, cells);
            } else if (LIST_LIKE_HEADING.matcher(trimmed).matches()) {
                findings.add(Finding.at(FindingCode.UNRECOGNIZED_LINE, number, "「" + excerpt(trimmed)
                        + "」 looks like a list heading but names none of the three lists (基本履职事项清单, 配合履职事项清单, "
                        + "上级部门收回事项清单)."));
            } else {
                findings.add(Finding.at(FindingCode.UNRECOGNIZED_LINE, number, "Cannot read 「" + excerpt(trimmed)
                        + "」: it is not a list or category heading, a table header, an item row or a continuation row."));
            }
        }

        private void startList(int number, Matcher heading) {
            DutyKind kind = heading.group("list").startsWith("基本") ? DutyKind.BASIC
                    : heading.group("list").startsWith("配合") ? DutyKind.COOPERATIVE : DutyKind.TRANSFERRED;
            String prefix = heading.group("prefix").replace("*", "").strip();
            headingPrefixes.add(prefix);
            list = new ListDraft(kind, prefix + heading.group("list"), heading.group("list"),
                    Integer.parseInt(heading.group("count")), number);
            lists.add(list);
            lastRow = null;
        }

        private void readTableHeader(int number, String[] cells) {
            List<String> columns = Arrays.stream(trimTrailingEmpty(cells, 0))
                    .map(c -> c.replaceAll("[\\s\\u3000]", "").replace('（', '(').replace('）', ')'))
                    .toList();
            if (!TableHeaders.matches(list.kind, columns)) {
                findings.add(Finding.inList(FindingCode.UNKNOWN_TABLE_HEADER, list.kind, null, number,
                        "Unexpected table header " + columns + " for the " + list.kind + " list; expected "
                                + TableHeaders.describe(list.kind) + "."));
            }
            list.headerSeen = true;
        }

        private void readCategoryHeading(int number, String first) {
            Matcher m = CATEGORY_HEADING.matcher(first);
            m.matches();
            String name = m.group("name").replaceAll("[\\s\\u3000]+", "");
            int declared = Integer.parseInt(m.group("count"));
            if (DutyCategory.ofChineseName(name).isEmpty()) {
                findings.add(Finding.inList(FindingCode.UNKNOWN_CATEGORY, list.kind, null, number,
                        "Unknown category heading 「" + first + "」; known categories: " + knownCategories() + "."));
            }
            if (list.categories.stream().anyMatch(c -> c.name.equals(name))) {
                findings.add(Finding.inList(FindingCode.DUPLICATE_CATEGORY, list.kind, null, number,
                        "Category 「" + name + "」 appears twice in the " + list.kind + " list."));
            }
            list.categories.add(new CategoryDraft(name, declared, number));
            lastRow = null;
        }

        private void readItemRow(int number, String[] cells) {
            if (!list.headerSeen) {
                findings.add(Finding.inList(FindingCode.MISSING_TABLE_HEADER, list.kind, null, number,
                        "Item row before the table header (序号 …) of the " + list.kind + " list."));
            }
            if (list.categories.isEmpty()) {
                findings.add(Finding.inList(FindingCode.ROW_OUTSIDE_CATEGORY, list.kind, null, number,
                        "Item row before any category heading (e.g. 一、党的建设（25项）)."));
                return;
            }
            String[] row = checkedColumns(number, cells);
            if (row == null) {
                return;
            }
            lastRow = new RowDraft(Integer.parseInt(row[0].strip()), row, number);
            list.categories.getLast().rows.add(lastRow);
        }

        private void readContinuation(int number, String[] cells) {
            if (lastRow == null) {
                findings.add(Finding.at(FindingCode.ORPHAN_CONTINUATION, number,
                        "A continuation row (starting with a tab) with no item row before it to continue."));
                return;
            }
            String[] row = checkedColumns(number, cells);
            if (row == null) {
                return;
            }
            lastRow.continueWith(row, number);
            findings.add(Finding.inList(FindingCode.CONTINUATION_MERGED, list.kind, lastRow.number, number,
                    "Merged the continuation row into item " + lastRow.number + " (line " + lastRow.lines.getFirst()
                            + ")."));
        }

        /** The row's cells, or null (with a finding) when their number does not fit the list's table. */
        private String[] checkedColumns(int number, String[] cells) {
            int expected = TableHeaders.columns(list.kind);
            String[] row = trimTrailingEmpty(cells, expected);
            if (row.length < expected) {
                findings.add(Finding.inList(FindingCode.ROW_MISSING_COLUMNS, list.kind, null, number, "The row has "
                        + row.length + " of the " + expected + " columns of the " + list.kind + " list ("
                        + TableHeaders.describe(list.kind) + "): 「" + excerpt(String.join(" | ", row)) + "」."));
                return null;
            }
            if (row.length > expected) {
                findings.add(Finding.inList(FindingCode.ROW_EXTRA_COLUMNS, list.kind, null, number, "The row has "
                        + row.length + " columns; the " + list.kind + " list has " + expected + "."));
                return null;
            }
            return row;
        }

        private Optional<Township> township() {
            if (headingPrefixes.size() > 1) {
                findings.add(Finding.at(FindingCode.TOWNSHIP_MISMATCH, null,
                        "The list headings name different townships: " + headingPrefixes + "."));
                return Optional.empty();
            }
            String prefix = headingPrefixes.iterator().next();
            Optional<TownshipManifest.Entry> entry = manifest.findByHeading(prefix);
            if (entry.isEmpty()) {
                findings.add(Finding.at(FindingCode.UNKNOWN_TOWNSHIP, lists.getFirst().line,
                        "The township 「" + prefix + "」 is not in the township manifest; add its division codes there."));
                return Optional.empty();
            }
            return Optional.of(entry.get().township());
        }

        private String title() {
            String title = String.join("", preamble.stream()
                    .filter(l -> !TOC_LINE.matcher(l).matches())
                    .map(l -> l.replace("*", "").strip())
                    .toList());
            return title.isEmpty() ? null : title;
        }
    }

    /** One list while it is read. */
    private final class ListDraft {
        final DutyKind kind;
        final String title;
        final String name;
        final int declared;
        final int line;
        final List<CategoryDraft> categories = new ArrayList<>();
        boolean headerSeen;

        ListDraft(DutyKind kind, String title, String name, int declared, int line) {
            this.kind = kind;
            this.title = title;
            this.name = name;
            this.declared = declared;
            this.line = line;
        }

        DutyList build() {
            return new DutyList(kind, title, name, declared, categories.stream()
                    .map(c -> new Category(c.name, c.declared, c.rows.stream().map(r -> r.build(kind)).toList(), c.line))
                    .toList(), line);
        }
    }

    private static final class CategoryDraft {
        final String name;
        final int declared;
        final int line;
        final List<RowDraft> rows = new ArrayList<>();

        CategoryDraft(String name, int declared, int line) {
            this.name = name;
            this.declared = declared;
            this.line = line;
        }
    }

    /** One item row with the continuation rows merged into it, cell by cell. */
    private static final class RowDraft {
        final int number;
        final String[] cells;
        final List<Integer> lines = new ArrayList<>();

        RowDraft(int number, String[] cells, int line) {
            this.number = number;
            this.cells = cells.clone();
            lines.add(line);
        }

        void continueWith(String[] continuation, int line) {
            for (int i = 1; i < cells.length; i++) {
                if (!continuation[i].isBlank()) {
                    cells[i] = joinAcrossPageBreak(cells[i], continuation[i]);
                }
            }
            lines.add(line);
        }

        Item build(DutyKind kind) {
            String name = CellText.of(cells[1]);
            Cells published = switch (kind) {
                case BASIC -> Cells.NONE;
                case COOPERATIVE -> new Cells(CellText.of(cells[2]), CellText.of(cells[3]), CellText.of(cells[4]), null);
                case TRANSFERRED -> new Cells(null, null, null, CellText.of(cells[2]));
            };
            return new Item(number, name, published, DerivedStructure.of(kind, name, published), lines);
        }
    }

    /**
     * Appends a continuation cell exactly. Where the page broke mid-sentence (无障 | 碍服务), the export closed and
     * reopened a paragraph at the break; those two tags are dropped so that no line break lands inside the word.
     * Only markup goes: every character of both parts is kept.
     */
    static String joinAcrossPageBreak(String before, String after) {
        String visible = CellText.of(before);
        if (visible.isEmpty()) {
            return before + after;
        }
        char last = visible.charAt(visible.length() - 1);
        if (SENTENCE_END.indexOf(last) >= 0) {
            return before + after;
        }
        String head = before.replaceFirst("</p>(\\s*)$", "$1");
        String tail = after.replaceFirst("^(\\s*)<p(?:\\s[^>]*)?>", "$1");
        return head + tail;
    }

    private static boolean restBlank(String[] cells) {
        for (int i = 1; i < cells.length; i++) {
            if (!cells[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Drops empty cells a row's trailing tabs make beyond the table's width. */
    private static String[] trimTrailingEmpty(String[] cells, int width) {
        int n = cells.length;
        while (n > Math.max(width, 1) && cells[n - 1].isBlank()) {
            n--;
        }
        return Arrays.copyOf(cells, n);
    }

    private static String excerpt(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    private static String knownCategories() {
        return String.join("、", Arrays.stream(DutyCategory.values()).map(DutyCategory::chineseName).toList());
    }
}
