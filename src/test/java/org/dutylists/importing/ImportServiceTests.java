package org.dutylists.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dutylists.catalogue.CataloguePublisher.Publication;
import org.dutylists.importing.validation.Finding;
import org.dutylists.importing.validation.FindingCode;
import org.dutylists.kernel.DataRevisions;
import org.dutylists.testing.TestTownships;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Importing into PostgreSQL: all or nothing, idempotent, versioned; the canonical JSON path; the command line. Each
 * test imports a township of its own, made from the real 阿龙山镇 document under another name.
 */
@QuarkusTest
class ImportServiceTests {
    @Inject
    ImportService importService;

    @Inject
    EntityManager entityManager;

    @Inject
    DataRevisions revisions;

    @Inject
    ObjectMapper json;

    @Inject
    ImportCommand importCommand;

    @Test
    void importingTheSameDocumentAgainChangesNothing() {
        TownshipManifest manifest = TestTownships.manifestWith("159701001", "重导镇");
        byte[] document = TestTownships.bytes(TestTownships.document("重导镇"));

        ImportService.ImportResult first = importService.importDocument("重导镇.txt", document, manifest);
        ImportService.ImportResult again = importService.importDocument("重导镇-copy.txt", document, manifest);

        assertThat(first.publication().orElseThrow().status()).isEqualTo(Publication.Status.CREATED);
        assertThat(again.publication().orElseThrow().status()).isEqualTo(Publication.Status.UNCHANGED);
        assertThat(again.publication().get().versionNumber()).isEqualTo(1);
        assertThat(again.publication().get().revision()).isEqualTo(first.publication().get().revision());
        // The same lists with a blank line more (every source line number shifts) are still the same content.
        ImportService.ImportResult shifted = importService.importDocument("重导镇-shifted.txt",
                TestTownships.bytes("\n" + TestTownships.document("重导镇")), manifest);
        assertThat(shifted.publication().orElseThrow().status()).isEqualTo(Publication.Status.UNCHANGED);
        assertThat(count("select count(*) from list_version where township_id = '159701001'")).isEqualTo(1);
        assertThat(count("select count(*) from duty_item where township_id = '159701001'")).isEqualTo(181);
    }

    @Test
    void aNewVersionReplacesTheListsInOneGoAndThePreviousVersionStaysStored() {
        TownshipManifest manifest = TestTownships.manifestWith("159701002", "改版镇");
        String original = TestTownships.document("改版镇");
        String revised = original.replace("开展宣传教育活动，建设基层宣传队伍", "开展宣传教育活动和读书会，建设基层宣传队伍");
        assertThat(revised).isNotEqualTo(original);

        importService.importDocument("改版镇-2025.txt", TestTownships.bytes(original), manifest);
        Publication second = importService.importDocument("改版镇-2026.txt", TestTownships.bytes(revised), manifest)
                .publication().orElseThrow();
        revisions.refresh();

        assertThat(second.status()).isEqualTo(Publication.Status.CREATED);
        assertThat(second.versionNumber()).isEqualTo(2);
        given().get("/api/v1/items/159701002-B-12").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.containsString("读书会"));
        given().get("/api/v1/townships/159701002").then().statusCode(200)
                .body("version.number", org.hamcrest.Matchers.equalTo(2))
                .body("version.sourceName", org.hamcrest.Matchers.equalTo("改版镇-2026.txt"));
        // The first version is still there, whole, with its own checksum and text.
        assertThat(count("select count(*) from list_version where township_id = '159701002'")).isEqualTo(2);
        assertThat(count("select count(*) from duty_item i join list_version v on v.id = i.version_id"
                + " where v.township_id = '159701002' and v.version_number = 1")).isEqualTo(181);
        assertThat(text("select source_text from list_version where township_id = '159701002'"
                + " and version_number = 1")).isEqualTo(original);
        assertThat(text("select i.name from duty_item i join list_version v on v.id = i.version_id where"
                + " v.township_id = '159701002' and v.version_number = 1 and i.item_id = '159701002-B-12'"))
                .doesNotContain("读书会");
        assertThat(text("select count(distinct source_checksum) from list_version where township_id = '159701002'"))
                .isEqualTo("2");
    }

    @Test
    void aRejectedDocumentImportsNothingAndSaysWhy() {
        TownshipManifest manifest = TestTownships.manifestWith("159701003", "退件镇");
        String bad = TestTownships.document("退件镇").replace("二、经济发展（6项）", "二、经济发展（7项）");

        ImportService.ImportResult result = importService.importDocument("退件镇.txt", TestTownships.bytes(bad),
                manifest);

        assertThat(result.publication()).isEmpty();
        assertThat(result.report().errors()).extracting(Finding::code)
                .containsExactly(FindingCode.CATEGORY_COUNT_MISMATCH);
        assertThat(result.report().errors().getFirst().line()).isEqualTo(37);
        assertThat(count("select count(*) from township where id = '159701003'")).isZero();
        assertThat(count("select count(*) from list_version where township_id = '159701003'")).isZero();
        given().get("/api/v1/townships/159701003").then().statusCode(404)
                .body("type", org.hamcrest.Matchers.equalTo("https://dutylists.org/problems/not-found"))
                .body("detail", org.hamcrest.Matchers.containsString("159701003"));
    }

    @Test
    void importsListsInTheCanonicalJsonFormatAndRecomputesTheirStructure() throws Exception {
        TownshipManifest manifest = TestTownships.manifestWith("159701004", "表格镇");
        DocumentReader.Reading reading = new DocumentReader(json, manifest)
                .read("表格镇.txt", TestTownships.bytes(TestTownships.document("表格镇")));
        ObjectNode canonical = json.valueToTree(reading.lists().orElseThrow());
        // A spreadsheet export brings the cells but not our derived structure.
        for (JsonNode list : canonical.withArray("lists")) {
            for (JsonNode category : list.withArray("categories")) {
                for (JsonNode item : (ArrayNode) category.get("items")) {
                    ((ObjectNode) item).remove("derived");
                    ((ObjectNode) item).remove("sourceLines");
                }
            }
        }
        byte[] bytes = json.writeValueAsBytes(canonical);

        ImportService.ImportResult result = importService.importDocument("表格镇.json", bytes, manifest);
        revisions.refresh();

        assertThat(result.report().errors()).isEmpty();
        assertThat(result.publication().orElseThrow().status()).isEqualTo(Publication.Status.CREATED);
        given().get("/api/v1/items/159701004-C-17").then().statusCode(200)
                .body("derived.leadDepartments", org.hamcrest.Matchers.contains("根河市应急管理局", "根河市气象局"))
                .body("units[0].role", org.hamcrest.Matchers.equalTo("LEAD"));
        assertThat(text("select source_format from list_version where township_id = '159701004'"))
                .isEqualTo("canonical-json");
    }

    @Test
    void rejectsJsonThatBreaksTheSchemaWithThePathOfEachProblem() throws Exception {
        String broken = "{\"schemaVersion\": \"1.0\", \"township\": {\"id\": \"15078519\", \"name\": \"x\"}, \"lists\": []}";
        DocumentReader.Reading reading = reader().read("broken.json", broken.getBytes(StandardCharsets.UTF_8));
        assertThat(reading.lists()).isEmpty();
        assertThat(reading.report().errors()).extracting(Finding::code).containsOnly(FindingCode.SCHEMA_VIOLATION);
        assertThat(reading.report().errors()).extracting(Finding::path).contains("/township/id", "/lists");

        DocumentReader.Reading notJson = reader().read("notjson.json", "{\"schemaVersion\": ".getBytes());
        assertThat(notJson.report().errors()).extracting(Finding::code).containsExactly(FindingCode.NOT_JSON);
    }

    @Test
    void theCommandLineImportPrintsTheReportAndExitsNonZeroOnError() throws Exception {
        Path dir = Files.createTempDirectory("import-cli");
        Path manifest = dir.resolve("townships.json");
        json.writeValue(manifest.toFile(), TestTownships.manifestWith("159701005", "命令镇"));
        Path good = dir.resolve("命令镇.txt");
        Files.writeString(good, TestTownships.document("命令镇"));
        Path bad = dir.resolve("命令镇-bad.txt");
        Files.writeString(bad, TestTownships.document("命令镇").replace("3\t常态化开展", "4\t常态化开展"));

        StringWriter out = new StringWriter();
        importCommand.out = new PrintWriter(out, true);
        int rejected = new CommandLine(importCommand).execute(bad.toString(), "--manifest", manifest.toString());
        assertThat(rejected).isEqualTo(ImportCommand.REJECTED);
        assertThat(out.toString()).contains("REJECTED").contains("DUPLICATE_NUMBER").contains("line 10")
                .contains("NOT IMPORTED");
        assertThat(count("select count(*) from township where id = '159701005'")).isZero();

        out.getBuffer().setLength(0);
        int imported = new CommandLine(importCommand).execute(good.toString(), "--manifest", manifest.toString());
        assertThat(imported).isZero();
        assertThat(out.toString()).contains("ACCEPTED").contains("CREATED: 159701005 version 1")
                .contains("BASIC").contains("declared 70, found 70");
    }

    @Test
    void reusesTheCountysDepartmentsAndRegistersOnlyNewOnes() {
        // Two townships of one county: the second's lists name the first's departments, and one more.
        importService.importDocument("本镇.txt", TestTownships.bytes(TestTownships.document("本镇")),
                TestTownships.manifestWith("159702001", "本镇"));
        long before = count("select count(*) from department where county_id = '159702'");
        TownshipManifest manifest = TestTownships.manifestWith("159702002", "邻镇");
        String withNewDepartment = TestTownships.document("邻镇").replace("4\t“一苏木乡镇一名家工作室”文化阵地建设工作\t根河市委宣传部",
                "4\t“一苏木乡镇一名家工作室”文化阵地建设工作\t根河市文联");
        importService.importDocument("邻镇.txt", TestTownships.bytes(withNewDepartment), manifest);
        assertThat(before).isPositive();
        assertThat(count("select count(*) from department where county_id = '159702'")).isEqualTo(before + 1);
        assertThat(text("select d.name from department d join department_alias a on a.department_id = d.id"
                + " where a.county_id = '159702' and a.spelling = '根河市文联'")).isEqualTo("根河市文联");
    }

    private static DocumentReader reader() {
        return org.dutylists.testing.Seeds.reader();
    }

    @Transactional
    long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @Transactional
    String text(String sql) {
        return String.valueOf(entityManager.createNativeQuery(sql).getSingleResult());
    }
}
