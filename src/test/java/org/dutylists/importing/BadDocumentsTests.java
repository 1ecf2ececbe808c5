package org.dutylists.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dutylists.importing.validation.Finding;
import org.dutylists.importing.validation.FindingCode;
import org.dutylists.importing.validation.Severity;
import org.dutylists.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Bad documents are rejected whole, with a report that says what is wrong and on which line; the reader hands out no
 * lists at all for them. Each bad document is the real 金厂沟梁镇 document with one realistic defect.
 */
class BadDocumentsTests {

    @Test
    void rejectsAnEmptyFile() {
        assertRejected(new byte[0], FindingCode.EMPTY_DOCUMENT, null);
        assertRejected("\n \n\t\n".getBytes(StandardCharsets.UTF_8), FindingCode.EMPTY_DOCUMENT, null);
    }

    @Test
    void rejectsGbkEncodedBytesWithTheLineWhereDecodingFails() {
        byte[] gbk = Seeds.text(Seeds.AOHAN).getBytes(Charset.forName("GBK"));
        Finding finding = assertRejected(gbk, FindingCode.NOT_UTF8, 3);
        assertThat(finding.message()).contains("GBK");
    }

    @Test
    void rejectsBinaryGarbage() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        DocumentReader.Reading reading = Seeds.read("garbage.bin", garbage);
        assertThat(reading.lists()).isEmpty();
        assertThat(reading.report().errors()).extracting(Finding::code)
                .containsAnyOf(FindingCode.BINARY_CONTENT, FindingCode.NOT_UTF8);
    }

    @Test
    void rejectsACategoryWhoseCountDoesNotMatchItsHeading() {
        String text = Seeds.text(Seeds.AOHAN).replace("一、党的建设（25项）", "一、党的建设（24项）");
        Finding finding = assertRejected(text, FindingCode.CATEGORY_COUNT_MISMATCH, 15);
        assertThat(finding.message()).contains("党的建设").contains("24").contains("25");
    }

    @Test
    void rejectsAListWhoseCountDoesNotMatchItsHeading() {
        String text = Seeds.text(Seeds.AOHAN).replace("配合履职事项清单（64项）", "配合履职事项清单（65项）");
        assertRejected(text, FindingCode.LIST_COUNT_MISMATCH, 145);
    }

    @Test
    void rejectsAnUnknownCategoryHeading() {
        String text = insertBefore(Seeds.text(Seeds.AOHAN), "九、综合政务（7项）", "十、其他事项（0项）\t");
        Finding finding = assertRejected(text, FindingCode.UNKNOWN_CATEGORY, 134);
        assertThat(finding.message()).contains("其他事项");
    }

    @Test
    void rejectsALineThatIsNoHeadingRowOrContinuation() {
        String text = insertBefore(Seeds.text(Seeds.AOHAN), "九、综合政务（7项）", "附件：各嘎查村联系方式");
        Finding finding = assertRejected(text, FindingCode.UNRECOGNIZED_LINE, 134);
        assertThat(finding.message()).contains("附件：各嘎查村联系方式");
    }

    @Test
    void rejectsARowWithMissingColumns() {
        List<String> lines = lines(Seeds.text(Seeds.AOHAN));
        int row = indexOfLineStarting(lines, "3\t村党组织书记定向考录");
        String line = lines.get(row);
        lines.set(row, line.substring(0, line.lastIndexOf('\t')));
        Finding finding = assertRejected(String.join("\n", lines), FindingCode.ROW_MISSING_COLUMNS, row + 1);
        assertThat(finding.message()).contains("4 of the 5 columns");
    }

    @Test
    void rejectsADuplicateItemNumber() {
        List<String> lines = lines(Seeds.text(Seeds.AOHAN));
        int row = indexOfLineStarting(lines, "2\t全面贯彻铸牢中华民族共同体意识");
        lines.set(row, "1" + lines.get(row).substring(1));
        Finding finding = assertRejected(String.join("\n", lines), FindingCode.DUPLICATE_NUMBER, row + 1);
        assertThat(finding.message()).contains("used twice").contains("first on line 16");
    }

    @Test
    void rejectsAnImpossibleCountAndItemNumberZeroAsUnreadableLines() {
        String hugeCount = Seeds.text(Seeds.AOHAN).replace("一、党的建设（25项）", "一、党的建设（99999999999项）");
        assertRejected(hugeCount, FindingCode.UNRECOGNIZED_LINE, 15);
        List<String> lines = lines(Seeds.text(Seeds.AOHAN));
        int row = indexOfLineStarting(lines, "1\t学习贯彻");
        lines.set(row, "0" + lines.get(row).substring(1));
        assertRejected(String.join("\n", lines), FindingCode.UNRECOGNIZED_LINE, row + 1);
    }

    @Test
    void rejectsATakenBackItemThatNamesNoReceivingDepartment() {
        String text = Seeds.text(Seeds.GENHE).replace("<p>根河信访局：</p> ", "");
        Finding finding = assertRejected(text, FindingCode.NO_RECEIVING_DEPARTMENT, 206);
        assertThat(finding.item()).isEqualTo(16);
    }

    @Test
    void rejectsCanonicalJsonWithCategoriesThatAreTheSameOrControlCharacters() throws Exception {
        var json = Seeds.json();
        var lists = (com.fasterxml.jackson.databind.node.ObjectNode) json.valueToTree(Seeds.lists(Seeds.GENHE));
        var categories = (com.fasterxml.jackson.databind.node.ArrayNode) lists.withArray("lists").get(0)
                .get("categories");
        ((com.fasterxml.jackson.databind.node.ObjectNode) categories.get(1)).put("name", "党 的建设");
        DocumentReader.Reading twice = Seeds.read("twice.json", json.writeValueAsBytes(lists));
        assertThat(twice.report().errors()).extracting(Finding::code).contains(FindingCode.DUPLICATE_CATEGORY);

        var fresh = (com.fasterxml.jackson.databind.node.ObjectNode) json.valueToTree(Seeds.lists(Seeds.GENHE));
        var item = (com.fasterxml.jackson.databind.node.ObjectNode) fresh.withArray("lists").get(0).get("categories")
                .get(0).get("items").get(0);
        item.put("name", item.get("name").asText() + "\u0000");
        DocumentReader.Reading control = Seeds.read("control.json", json.writeValueAsBytes(fresh));
        assertThat(control.lists()).isEmpty();
        assertThat(control.report().errors()).extracting(Finding::code).containsExactly(FindingCode.CONTROL_CHARACTER);
    }

    @Test
    void rejectsAContinuationRowWithNothingToContinue() {
        String text = insertBefore(Seeds.text(Seeds.AOHAN), "一、党的建设（5项）",
                "\t\t\t被截断的上级部门职责\t");
        assertRejected(text, FindingCode.ORPHAN_CONTINUATION, 148);
    }

    @Test
    void rejectsADocumentOfATownshipTheManifestDoesNotKnow() {
        String text = Seeds.text(Seeds.GENHE).replace("阿龙山镇", "金河镇");
        assertRejected(text, FindingCode.UNKNOWN_TOWNSHIP, 3);
    }

    @Test
    void rejectsADocumentWithoutOneOfTheThreeLists() {
        String text = Seeds.text(Seeds.GENHE);
        text = text.substring(0, text.indexOf("内蒙古自治区呼伦贝尔市根河市阿龙山镇上级部门收回事项清单"));
        assertRejected(text, FindingCode.MISSING_LIST, null);
    }

    @Test
    void reportsEveryErrorOfADocumentAtOnce() {
        String text = Seeds.text(Seeds.AOHAN).replace("一、党的建设（25项）", "一、党的建设（24项）")
                .replace("二、经济发展（4项）", "二、经济发展（5项）");
        DocumentReader.Reading reading = Seeds.read("two-errors.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(reading.report().errors()).extracting(Finding::code).containsOnly(
                FindingCode.CATEGORY_COUNT_MISMATCH).hasSize(2);
        assertThat(reading.report().render()).contains("REJECTED: 2 error(s)").contains("line 15").contains("line 45");
    }

    private static Finding assertRejected(String text, FindingCode code, Integer line) {
        return assertRejected(text.getBytes(StandardCharsets.UTF_8), code, line);
    }

    private static Finding assertRejected(byte[] bytes, FindingCode code, Integer line) {
        DocumentReader.Reading reading = Seeds.read("bad.txt", bytes);
        assertThat(reading.lists()).as("lists of a rejected document").isEmpty();
        assertThat(reading.report().accepted()).isFalse();
        List<Finding> matching = reading.report().errors().stream().filter(f -> f.code() == code).toList();
        assertThat(matching).as("%s in %s", code, reading.report().findings()).isNotEmpty();
        Finding finding = matching.getFirst();
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.line()).isEqualTo(line);
        return finding;
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    private static int indexOfLineStarting(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    private static String insertBefore(String text, String anchor, String line) {
        int at = text.indexOf(anchor);
        return text.substring(0, at) + line + "\n" + text.substring(at);
    }
}
