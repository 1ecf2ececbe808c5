package org.dutylists.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutylists.testing.ContractValidation.breaking;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * "Who handles this matter?" over HTTP, for citizens' apps (GET /matters) and the 12345 hotline (POST
 * /routing/tickets). The requests are written for these tests from the lists' items, not taken from the dev set.
 */
@QuarkusTest
class RoutingApiTests {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        150430106 | 我们村有人在承包的耕地上盖房子，这违法吧？ | 150430106-B-57 | 金厂沟梁镇       | TOWNSHIP   | LEAD
        150785102 | 我们村有人在承包的耕地上盖房子，这违法吧？ | 150785102-T-61 | 根河市自然资源局  | DEPARTMENT | RECEIVER
        150430106 | 想给家里申请低保，需要准备什么材料？      | 150430106-B-38 | 金厂沟梁镇       | TOWNSHIP   | LEAD
        150430106 | 我家低保金这个月没打到卡上               | 150430106-T-11 | 敖汉旗民政局     | DEPARTMENT | RECEIVER
        150785102 | 想给家里申请低保，需要准备什么材料？      | 150785102-B-42 | 阿龙山镇         | TOWNSHIP   | LEAD
        150430106 | 我们下个月结婚，在哪里领结婚证？          | 150430106-T-7  | 敖汉旗民政局     | DEPARTMENT | RECEIVER
        150430106 | 地里有人烧秸秆，烟呛得喘不过气            | 150430106-B-90 | 金厂沟梁镇       | TOWNSHIP   | LEAD
        150785102 | 有人开越野车在草原上乱跑，把草都轧坏了     | 150785102-B-52 | 阿龙山镇         | TOWNSHIP   | LEAD
        """)
    void routesColloquialRequestsToTheUnitTheListsName(String township, String text, String item, String unit,
            String type, String role) {
        JsonPath answer = given().queryParam("township", township).queryParam("q", text).get("/api/v1/matters")
                .then().statusCode(200).extract().jsonPath();

        assertThat(answer.getString("decision")).isEqualTo("DISPATCH");
        assertThat(answer.getString("candidates[0].item.id")).isEqualTo(item);
        assertThat(answer.getString("candidates[0].units[0].name")).isEqualTo(unit);
        assertThat(answer.getString("candidates[0].units[0].type")).isEqualTo(type);
        assertThat(answer.getString("candidates[0].units[0].role")).isEqualTo(role);
        assertThat(answer.getString("dispatch.to.name")).isEqualTo(unit);
        assertThat(answer.getString("dispatch.basis")).isEqualTo(answer.getString("candidates[0].citation"));
        assertThat(answer.getString("candidates[0].citation")).startsWith("「").endsWith("项」")
                .contains("第" + item.substring(item.lastIndexOf('-') + 1) + "项");
        List<Double> confidences = answer.getList("candidates.confidence", Double.class);
        assertThat(confidences).isSortedAccordingTo((a, b) -> Double.compare(b, a))
                .allSatisfy(c -> assertThat(c).isBetween(0.0, 1.0));
        assertThat(answer.getList("candidates")).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void marksThePassagesOfTheOfficialTextThatMatched() {
        JsonPath answer = given().queryParam("township", "150430106").queryParam("q", "地里有人烧秸秆，烟呛得喘不过气")
                .get("/api/v1/matters").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> matches = answer.getList("candidates[0].matches");
        assertThat(matches).isNotEmpty();
        String itemName = given().get("/api/v1/items/150430106-B-90").jsonPath().getString("name");
        for (Map<String, Object> match : matches) {
            String text = (String) match.get("text");
            assertThat(itemName).contains(text);
            @SuppressWarnings("unchecked")
            List<Map<String, Integer>> highlights = (List<Map<String, Integer>>) match.get("highlights");
            assertThat(highlights).isNotEmpty().allSatisfy(h -> assertThat(text.substring(h.get("start"),
                    h.get("end"))).isNotBlank());
            assertThat((String) match.get("marked")).contains("【").contains("】")
                    .isEqualTo(mark(text, highlights));
        }
        assertThat(matches).extracting(m -> m.get("marked")).anySatisfy(m -> assertThat((String) m)
                .contains("【秸秆】"));
    }

    @Test
    void tellsTheTownshipsOwnDutyFromTheOneACountyDepartmentTookBack() {
        // Applying for 低保 is the township's; paying 低保金 was taken back by the county's civil affairs bureau.
        String apply = top("150430106", "我想申请低保，家里就我和老伴，没有收入");
        String pay = top("150430106", "低保金三个月没发了，钱一直没到账");
        assertThat(apply).isEqualTo("150430106-B-38");
        assertThat(pay).isEqualTo("150430106-T-11");
        // The same complaint goes to the township in one place and to a county bureau in the other.
        assertThat(top("150430106", "有人占了耕地建房")).startsWith("150430106-B-");
        assertThat(top("150785102", "有人占了耕地建房")).startsWith("150785102-T-");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        150430106 | 我想办护照，去哪里办？
        150785102 | 手机信号太差了，打电话老断线
        150430106 | 网购的衣服质量不好，商家不给退货怎么办
        """)
    void sendsRequestsNoItemCoversToManualReview(String township, String text) {
        given().queryParam("township", township).queryParam("q", text).get("/api/v1/matters").then()
                .statusCode(200).body("decision", equalTo("MANUAL_REVIEW"))
                .body("reason", equalTo("NOT_COVERED"))
                .body("dispatch", org.hamcrest.Matchers.nullValue())
                .body("candidates.size()", lessThanOrEqualTo(5));
    }

    @Test
    void tellsWhenARequestNamesAMatterNoListCovers() {
        // 快递 is an outside phrase of the thesaurus: no township list handles parcel delivery.
        JsonPath answer = given().queryParam("township", "150785102")
                .queryParam("q", "快递三天了还没送到村里，快递员电话也打不通").get("/api/v1/matters").then()
                .statusCode(200).extract().jsonPath();
        assertThat(answer.getString("decision")).isEqualTo("MANUAL_REVIEW");
        assertThat(answer.getList("analysis.thesaurus.findAll { it.outside }.phrase")).contains("快递");
        // An ordinary request marks nothing as outside.
        assertThat(given().queryParam("township", "150785102").queryParam("q", "有人在河里倒垃圾")
                .get("/api/v1/matters").then().statusCode(200).extract().jsonPath()
                .getList("analysis.thesaurus.findAll { it.outside }")).isEmpty();
    }

    @Test
    void routesAHotlineTicketByTownshipNameWithItsNumberAndCategoryHint() {
        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of(
                        "township", "金厂沟梁镇",
                        "text", "来电人反映：村东头有人在自家承包地里盖了两间房，占了好几亩耕地，要求镇里处理。",
                        "ticketNumber", "12345-20261123-0042",
                        "categoryHint", "乡村振兴"))
                .post("/api/v1/routing/tickets").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getString("township.id")).isEqualTo("150430106");
        assertThat(answer.getString("ticketNumber")).isEqualTo("12345-20261123-0042");
        assertThat(answer.getString("decision")).isEqualTo("DISPATCH");
        assertThat(answer.getString("dispatch.to.name")).isEqualTo("金厂沟梁镇");
        assertThat(answer.getString("candidates[0].item.id")).isEqualTo("150430106-B-57");
        assertThat(answer.getString("candidates[0].item.category.code")).isEqualTo("rural-revitalization");
        assertThat(answer.getList("analysis.thesaurus.phrase")).isNotEmpty();
    }

    @Test
    void aCooperativeItemIsDispatchedToItsLeadDepartmentWithTheTownshipAssisting() {
        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("township", "150430106",
                        "text", "想给家里八十多岁的老人做适老化改造，装扶手，怎么报名？"))
                .post("/api/v1/routing/tickets").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getString("candidates[0].item.id")).isEqualTo("150430106-C-9");
        assertThat(answer.getString("candidates[0].units[0].role")).isEqualTo("LEAD");
        assertThat(answer.getString("candidates[0].units[0].name")).isEqualTo("敖汉旗民政局");
        assertThat(answer.getList("candidates[0].units.role")).contains("ASSIST");
        assertThat(answer.getString("dispatch.assist[0].name")).isEqualTo("金厂沟梁镇");
    }

    @Test
    void rejectsBadInputWithProblemDetails() {
        // Texts the contract refuses (none, blank, too long), then texts of its form without words.
        for (String text : List.of("", "   \t ", "长".repeat(5001))) {
            given().filter(breaking("q")).queryParam("township", "150430106").queryParam("q", text)
                    .get("/api/v1/matters").then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo("q"));
        }
        for (String text : List.of("？？？！！。。。", "😀😡👍🙏")) {
            given().queryParam("township", "150430106").queryParam("q", text)
                    .get("/api/v1/matters").then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo("q"));
        }
        given().filter(breaking("township")).queryParam("q", "有人烧秸秆").get("/api/v1/matters").then()
                .statusCode(400).body("invalidParams[0].name", equalTo("township"));
        given().contentType(ContentType.JSON).body(Map.of("township", "150430106", "text", " "))
                .post("/api/v1/routing/tickets").then().statusCode(400).body("invalidParams[0].name", equalTo("text"));
        given().filter(breaking("body")).contentType(ContentType.JSON).body("[]").post("/api/v1/routing/tickets")
                .then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("body"));
        given().filter(breaking("township")).contentType(ContentType.JSON).body(Map.of("text", "有人烧秸秆"))
                .post("/api/v1/routing/tickets")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("township"));
        given().contentType(ContentType.JSON).body(Map.of("township", "150430106", "text", "有人烧秸秆",
                "categoryHint", "sports")).post("/api/v1/routing/tickets").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("categoryHint"));
        given().filter(breaking("priority")).contentType(ContentType.JSON).body(Map.of("township", "150430106",
                "text", "有人烧秸秆", "priority", "high")).post("/api/v1/routing/tickets").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("priority"));
        given().filter(breaking("body")).contentType(ContentType.JSON)
                .body("{\"township\": \"150430106\", \"text\": ").post("/api/v1/routing/tickets").then()
                .statusCode(400).contentType("application/problem+json").body("title", equalTo("Bad Request"))
                .body("instance", equalTo("/api/v1/routing/tickets"));
        given().filter(breaking("Content-Type")).contentType(ContentType.TEXT).body("有人烧秸秆")
                .post("/api/v1/routing/tickets").then()
                .statusCode(415).contentType("application/problem+json")
                .body("title", equalTo("Unsupported Media Type")).body("status", equalTo(415));
        // A JSON body without a Content-Type, or with a wildcard one, is not taken on a guess.
        given().filter(breaking("Content-Type")).noContentType()
                .body("{\"township\": \"150430106\", \"text\": \"有人烧秸秆\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/routing/tickets").then().statusCode(415).contentType("application/problem+json")
                .body("title", equalTo("Unsupported Media Type"))
                .body("detail", containsString("application/json"));
        given().filter(breaking("Content-Type")).contentType("*/*")
                .body("{\"township\": \"150430106\", \"text\": \"有人烧秸秆\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/routing/tickets").then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("'*/*"));
        // Nothing the caller sent is silently altered or dropped: no number read as text, no second value ignored.
        given().filter(breaking("township")).contentType(ContentType.JSON)
                .body("{\"township\": 150430106, \"text\": \"有人烧秸秆\"}")
                .post("/api/v1/routing/tickets").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("township"));
        given().filter(breaking("text")).contentType(ContentType.JSON)
                .body("{\"township\": \"150430106\", \"text\": 12345}")
                .post("/api/v1/routing/tickets").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("text"));
        given().filter(breaking("q")).queryParam("township", "150430106").queryParam("q", "有人烧秸秆", "狗咬人")
                .get("/api/v1/matters")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("q"));
    }

    @Test
    void aQuestionTooLongForTheRequestLineIs414AndOneOfTheLongestAllowedIsAnswered() {
        // 65,536 bytes of request line: 5,000 characters (45,000 bytes percent-encoded) fit, 7,300 do not.
        given().queryParam("township", "150430106").queryParam("q", "烧秸秆".repeat(1666) + "烧秸")
                .get("/api/v1/matters").then().statusCode(200).body("township.id", equalTo("150430106"));
        given().filter(breaking("q")).queryParam("township", "150430106").queryParam("q", "长".repeat(7300))
                .get("/api/v1/matters").then().statusCode(414);
    }

    @Test
    void answersAnUnknownTownshipWith404SayingWhereToFindValidIds() {
        given().queryParam("township", "150430199").queryParam("q", "有人烧秸秆").get("/api/v1/matters").then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://dutylists.org/problems/not-found"))
                .body("detail", org.hamcrest.Matchers.containsString("150430199"))
                .body("hint", org.hamcrest.Matchers.containsString("GET /api/v1/townships"));
        given().contentType(ContentType.JSON).body(Map.of("township", "金沟镇", "text", "有人烧秸秆"))
                .post("/api/v1/routing/tickets").then().statusCode(404)
                .body("type", equalTo("https://dutylists.org/problems/not-found"))
                .body("detail", org.hamcrest.Matchers.containsString("金沟镇"))
                .body("hint", org.hamcrest.Matchers.containsString("GET /api/v1/townships"));
    }

    @Test
    void neverAnswers500ToOddButValidText() {
        for (String text : List.of("a", "123", "*", "镇", "有人 *对 <p>倒垃圾</p> 找谁?", "ＡＢＣ１２３", "\u0000烧秸秆")) {
            given().queryParam("township", "150785102").queryParam("q", text).get("/api/v1/matters").then()
                    .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(400)));
        }
        given().queryParam("township", "150785102").queryParam("q", "有人在河里倒垃圾 ".repeat(300))
                .get("/api/v1/matters").then().statusCode(200).body("candidates.item.id", hasItem(
                        org.hamcrest.Matchers.startsWith("150785102-")));
        // The longest ticket allowed, made of the lists' own words: thousands of distinct terms.
        StringBuilder longest = new StringBuilder();
        for (int offset = 0; longest.length() < 5000; offset = (offset + 100) % 200) {
            given().queryParam("township", "150785102").queryParam("limit", 100).queryParam("offset", offset)
                    .get("/api/v1/items").jsonPath().getList("items.name", String.class).forEach(longest::append);
        }
        given().contentType(ContentType.JSON).body(Map.of("township", "150785102", "text",
                longest.substring(0, 5000))).post("/api/v1/routing/tickets").then().statusCode(200)
                .body("township.id", equalTo("150785102")).body("candidates", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.empty())).body("candidates.item.id", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.startsWith("150785102-")));
    }

    private static String top(String township, String text) {
        return given().queryParam("township", township).queryParam("q", text).get("/api/v1/matters")
                .then().statusCode(200).extract().jsonPath().getString("candidates[0].item.id");
    }

    private static String mark(String text, List<Map<String, Integer>> highlights) {
        StringBuilder s = new StringBuilder();
        int at = 0;
        for (Map<String, Integer> h : highlights) {
            s.append(text, at, h.get("start")).append('【').append(text, h.get("start"), h.get("end")).append('】');
            at = h.get("end");
        }
        return s.append(text.substring(at)).toString();
    }
}
