package org.dutylists.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutylists.testing.ContractValidation.breaking;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The read API portals and apps browse: every endpoint on the two default townships, over HTTP. */
@QuarkusTest
class CatalogueApiTests {
    private static final String NOT_FOUND = "https://dutylists.org/problems/not-found";
    private static final String INVALID_PARAMETER = "https://dutylists.org/problems/invalid-parameter";

    @Test
    void listsTheDefaultTownshipsWithTheirCountsPerList() {
        JsonPath page = given().queryParam("county", "150430").get("/api/v1/townships")
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getInt("total")).isEqualTo(1);
        assertThat(page.getString("items[0].id")).isEqualTo("150430106");
        assertThat(page.getString("items[0].name")).isEqualTo("金厂沟梁镇");
        assertThat(page.getString("items[0].county.name")).isEqualTo("敖汉旗");
        assertThat(page.getString("items[0].city.id")).isEqualTo("150400");
        assertThat(page.getMap("items[0].counts")).isEqualTo(
                Map.of("basic", 100, "cooperative", 64, "transferred", 91, "total", 255));

        given().queryParam("q", "阿龙山").get("/api/v1/townships").then().statusCode(200)
                .body("items.id", hasItem("150785102")).body("items.name", everyItem(equalTo("阿龙山镇")));
    }

    @Test
    void showsATownshipsListsAndCategoriesAsPublished() {
        JsonPath township = given().get("/api/v1/townships/150785102").then().statusCode(200).extract().jsonPath();
        assertThat(township.getString("province.name")).isEqualTo("内蒙古自治区");
        assertThat(township.getList("lists.kind")).containsExactly("BASIC", "COOPERATIVE", "TRANSFERRED");
        assertThat(township.getString("lists[2].name")).isEqualTo("上级部门收回事项清单");
        assertThat(township.getList("lists[0].categories.name")).containsExactly("党的建设", "经济发展", "民生服务",
                "平安法治", "生态环保", "城乡建设", "综合政务");
        List<Map<String, Object>> categories = township.getList("lists[0].categories");
        assertThat(categories).allSatisfy(c -> assertThat(c.get("count")).isEqualTo(c.get("declaredCount")));
        assertThat(township.getInt("version.number")).isPositive();
        assertThat(township.getString("version.sourceChecksum")).hasSize(64);
    }

    @Test
    void countsCategoriesPerTownshipAndOverall() {
        JsonPath one = given().queryParam("township", "150785102").get("/api/v1/categories")
                .then().statusCode(200).extract().jsonPath();
        assertThat(one.getList("items.code")).doesNotContain("rural-revitalization");
        assertThat(one.getInt("items.find { it.code == 'party-building' }.counts.basic")).isEqualTo(26);

        JsonPath all = given().get("/api/v1/categories").then().statusCode(200).extract().jsonPath();
        assertThat(all.getInt("total")).isEqualTo(9);
        assertThat(all.getInt("items.find { it.code == 'safety-and-rule-of-law' }.counts.transferred"))
                .isGreaterThanOrEqualTo(60 + 11);
    }

    @Test
    void filtersItemsByTownshipKindCategoryDepartmentAndName() {
        given().queryParam("township", "150430106").queryParam("kind", "transferred")
                .queryParam("category", "平安法治").queryParam("limit", 100)
                .get("/api/v1/items").then().statusCode(200)
                .body("total", equalTo(60)).body("items", hasSize(60))
                .body("items.kind", everyItem(equalTo("TRANSFERRED")))
                .body("items.category.code", everyItem(equalTo("safety-and-rule-of-law")))
                .body("items[0].id", equalTo("150430106-T-13"))
                .body("items[0].citation", equalTo("「金厂沟梁镇上级部门回收事项清单 第13项」"));

        given().queryParam("township", "150785102").queryParam("q", "草原").get("/api/v1/items")
                .then().statusCode(200).body("items.name", everyItem(org.hamcrest.Matchers.containsString("草原")));

        String fire = departmentId("150430", "敖汉旗消防救援大队");
        given().queryParam("department", fire).queryParam("township", "150430106").get("/api/v1/items")
                .then().statusCode(200).body("items.kind", everyItem(equalTo("COOPERATIVE")))
                .body("items.id", hasItem("150430106-C-23"));
    }

    @Test
    void pagesThroughACollection() {
        Response first = given().queryParam("township", "150430106").queryParam("limit", 40).get("/api/v1/items");
        Response last = given().queryParam("township", "150430106").queryParam("limit", 40).queryParam("offset", 240)
                .get("/api/v1/items");
        Response beyond = given().queryParam("township", "150430106").queryParam("offset", 255).get("/api/v1/items");

        first.then().statusCode(200).body("total", equalTo(255)).body("items", hasSize(40))
                .body("items[0].id", equalTo("150430106-B-1")).body("limit", equalTo(40)).body("offset", equalTo(0));
        last.then().statusCode(200).body("items", hasSize(15)).body("items[14].id", equalTo("150430106-T-91"));
        beyond.then().statusCode(200).body("total", equalTo(255)).body("items", hasSize(0));
    }

    @Test
    void showsAnItemWithItsPublishedTextDerivedStructureUnitsAndCitation() {
        JsonPath basic = given().get("/api/v1/items/150430106-B-38").then().statusCode(200).extract().jsonPath();
        assertThat(basic.getString("citation")).isEqualTo("「金厂沟梁镇基本履职事项清单 第38项」");
        assertThat(basic.getList("units")).hasSize(1);
        assertThat(basic.getString("units[0].type")).isEqualTo("TOWNSHIP");
        assertThat(basic.getString("units[0].role")).isEqualTo("LEAD");

        JsonPath cooperative = given().get("/api/v1/items/150430106-C-5").then().statusCode(200).extract()
                .jsonPath();
        assertThat(cooperative.getString("cells.leadDepartments")).isEqualTo("敖汉旗委宣传部、敖汉旗政务服务与数据管理局");
        assertThat(cooperative.getList("derived.departmentDuties.departments")).hasSize(2);
        assertThat(cooperative.getList("units.role")).containsExactly("LEAD", "LEAD", "ASSIST");
        assertThat(cooperative.getList("units.name")).containsExactly("敖汉旗委宣传部", "敖汉旗政务服务与数据管理局",
                "金厂沟梁镇");

        JsonPath transferred = given().get("/api/v1/items/150785102-T-16").then().statusCode(200).extract()
                .jsonPath();
        assertThat(transferred.getList("units.role")).containsExactly("RECEIVER", "FORMER_HOLDER");
        assertThat(transferred.getString("units[0].spelledAs")).isEqualTo("根河信访局");
        assertThat(transferred.getString("list.name")).isEqualTo("上级部门收回事项清单");

        JsonPath penalty = given().get("/api/v1/items/150430106-B-81").then().statusCode(200).extract().jsonPath();
        assertThat(penalty.getString("name")).startsWith("*对损毁生活污水管网");
        assertThat(penalty.getList("derived.penaltyPowers")).hasSize(1);
    }

    @Test
    void linksDepartmentSpellingsToOneCanonicalDepartment() {
        String id = departmentId("150785", "根河市城市管理综合执法局");
        JsonPath department = given().get("/api/v1/departments/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(department.getList("aliases", String.class))
                .contains("根河市城市管理综合执法局", "根河市城市管理综合 执法局");
        assertThat(department.getString("townships[0].township.name")).isEqualTo("阿龙山镇");
        assertThat(department.getInt("counts.received")).isEqualTo(11);
        assertThat(department.getList("townships[0].leads.spelledAs", String.class))
                .contains("根河市城市管理综合 执法局");

        JsonPath ecology = given().queryParam("q", "生态环境局").queryParam("county", "150785").get("/api/v1/departments")
                .then().statusCode(200).extract().jsonPath();
        assertThat(ecology.getInt("total")).isEqualTo(1);
        assertThat(ecology.getString("items[0].name")).isEqualTo("呼伦贝尔市生态环境局根河市分局");
        assertThat(ecology.getList("items[0].aliases", String.class)).contains("生态环境局根河市分局");
    }

    @Test
    void listsTransfersFromTheTownshipToTheReceivingDepartment() {
        String forestry = departmentId("150430", "敖汉旗林业和草原局");
        JsonPath transfers = given().queryParam("township", "150430106").queryParam("department", forestry)
                .queryParam("limit", 100).get("/api/v1/transfers").then().statusCode(200).extract().jsonPath();
        assertThat(transfers.getInt("total")).isEqualTo(17);
        assertThat(transfers.getList("items.from.name")).containsOnly("金厂沟梁镇");
        assertThat(transfers.getList("items.to[0].id")).containsOnly(forestry);
        assertThat(transfers.getString("items[0].publishedText")).startsWith("敖汉旗林业和草原局：");
        assertThat(transfers.getList("items[0].workingMethod")).isNotEmpty();
    }

    @Test
    void answersUnknownIdsWithNotFoundProblems() {
        given().get("/api/v1/townships/150430199").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo(NOT_FOUND))
                .body("detail", containsString("150430199")).body("hint", startsWith("List the townships"));
        given().get("/api/v1/items/150430106-B-101").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo(NOT_FOUND))
                .body("detail", containsString("150430106-B-101"))
                .body("hint", containsString("GET /api/v1/items?township=150430106"));
        given().get("/api/v1/departments/150430-D-999").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo(NOT_FOUND))
                .body("detail", containsString("150430-D-999"))
                .body("hint", containsString("GET /api/v1/departments?county=150430"));
        // The HTTP stack's own problem: no type of ours, the path that was asked for.
        given().filter(breaking("path")).get("/api/v1/no-such-resource").then().statusCode(404)
                .contentType("application/problem+json").body("type", nullValue()).body("title", equalTo("Not Found"))
                .body("status", equalTo(404)).body("instance", equalTo("/api/v1/no-such-resource"));
    }

    @Test
    void answersBadParametersWithProblemsNamingTheParameter() {
        // Values the contract refuses (each request says which parameter it breaks).
        Map<String, Map<String, Object>> bad = Map.of(
                "limit", Map.of("limit", "0"),
                "offset", Map.of("offset", "-1"),
                "kind", Map.of("kind", "SPECIAL"),
                "township", Map.of("township", "15043"),
                "department", Map.of("department", "敖汉旗民政局"),
                "q", Map.of("q", "长".repeat(101)));
        bad.forEach((parameter, query) -> invalidParameter(given().filter(breaking(parameter)).queryParams(query)
                .get("/api/v1/items"), parameter));
        // Values of the contract's form that name nothing, or hold a control character.
        invalidParameter(given().queryParam("category", "sports").get("/api/v1/items"), "category")
                .body("detail", containsString("sports"));
        invalidParameter(given().urlEncodingEnabled(false).get("/api/v1/items?q=%00"), "q")
                .body("invalidParams[0].reason", containsString("control characters"));
        invalidParameter(given().filter(breaking("limit")).queryParam("limit", "lots").get("/api/v1/townships"),
                "limit").body("detail", equalTo("Parameter 'limit' must be a whole number, got 'lots'."));
        // Full-width digits are digits to Integer.parseInt, not to the contract: refused, not read as 10.
        invalidParameter(given().filter(breaking("limit")).queryParam("limit", "１０").get("/api/v1/townships"),
                "limit").body("detail", equalTo("Parameter 'limit' must be written in ASCII digits (0-9), got '１０'."));
        invalidParameter(given().filter(breaking("offset")).queryParam("offset", "５").get("/api/v1/items"), "offset");
        invalidParameter(given().filter(breaking("id")).get("/api/v1/items/38"), "id")
                .body("invalidParams[0].reason", containsString("item ID"));
        invalidParameter(given().filter(breaking("id")).get("/api/v1/townships/jinchanggouliang"), "id")
                .body("detail", containsString("'jinchanggouliang'"))
                .body("invalidParams[0].reason", containsString("9-digit township code"));
        invalidParameter(given().filter(breaking("id")).get("/api/v1/departments/150430-X-1"), "id")
                .body("detail", containsString("'150430-X-1'"))
                .body("invalidParams[0].reason", containsString("department ID such as 150430-D-3"));
        // A filter given twice is not silently narrowed to its first value.
        invalidParameter(given().filter(breaking("kind")).queryParam("kind", "BASIC", "TRANSFERRED")
                .get("/api/v1/items"), "kind").body("invalidParams[0].reason", containsString("more than once"));
    }

    /** A 400 invalid-parameter problem naming exactly {@code name}, with the reason in the detail. */
    private static ValidatableResponse invalidParameter(Response response, String name) {
        ValidatableResponse answer = response.then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(INVALID_PARAMETER)).body("title", equalTo("Invalid parameter"))
                .body("invalidParams.name", contains(name));
        String reason = response.jsonPath().getString("invalidParams[0].reason");
        return answer.body("detail", equalTo("Parameter '" + name + "' " + reason));
    }

    static String departmentId(String county, String name) {
        return given().queryParam("county", county).queryParam("q", name).get("/api/v1/departments")
                .then().statusCode(200).extract().jsonPath().getString("items.find { it.name == '" + name + "' }.id");
    }
}
