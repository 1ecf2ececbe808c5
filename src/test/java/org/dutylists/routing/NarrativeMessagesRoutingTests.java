package org.dutylists.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutylists.testing.ContractValidation.breaking;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real citizens write long messages: a title, a story, the history of their complaints and the channel they used.
 * The messages here are written for these tests (real messages never enter the project).
 */
@QuarkusTest
class NarrativeMessagesRoutingTests {
    private static final String TOWNSHIP = "150430106";
    private static final String MATTER = "我家住在镇东头，旁边新开了一家石料加工厂，每天从早到晚机器轰鸣，粉尘满天飞，"
            + "窗台上一天就落一层灰，晾的衣服都是土，家里老人咳嗽得厉害。希望有关部门来查一查，治理粉尘和噪声污染。";
    private static final String HISTORY = "我已经多次打12345热线投诉，也给市长信箱留言、去信访办反映过，"
            + "每次都说转给相关部门，至今没有任何答复，真是石沉大海。";

    @Test
    void theChannelAndTheComplaintsHistoryNeverDecideTheMatter() {
        JsonPath plain = ticket("石料厂粉尘噪声污染", MATTER);
        JsonPath withHistory = ticket("石料厂粉尘噪声污染，多次投诉无果", HISTORY + MATTER + HISTORY);

        String item = plain.getString("candidates[0].item.id");
        assertThat(withHistory.getString("candidates[0].item.id")).isEqualTo(item);
        // The items about handling hotline tickets and petitions are not what the citizen complains about.
        List<String> names = withHistory.getList("candidates.item.name", String.class);
        assertThat(names.getFirst()).doesNotContain("12345", "信访", "热线");
        assertThat(withHistory.getList("analysis.terms", String.class)).contains("粉尘");
    }

    @Test
    void aMatterNoListCoversGoesToReviewSayingSoAndNamesWhoUsuallyHandlesSuchMatters() {
        List<JsonPath> answers = List.of(
                ticket("快递不送到村里", "我在网上买的东西，快递公司一直不给送到村里，快递网点还要多收钱，"
                        + "打了好几次电话也没人管。请问这种情况应该怎么办？"),
                ticket("小区物业费乱收", "我们小区的物业费今年突然涨了一倍，物业公司也不公示维修基金的去向，"
                        + "业主多次反映都没有结果。希望有关部门管一管。"));

        for (JsonPath answer : answers) {
            assertThat(answer.getString("decision")).isEqualTo("MANUAL_REVIEW");
            assertThat(answer.getString("reason")).isEqualTo("NOT_COVERED");
            assertThat(answer.getString("dispatch")).isNull();
            // The referral: the county departments that lead or took back the nearest items, each once, at most 3.
            List<Map<String, Object>> expected = new java.util.ArrayList<>();
            for (Map<String, Object> unit : answer.<Map<String, Object>>getList("candidates.units.flatten()")) {
                if ("DEPARTMENT".equals(unit.get("type")) && List.of("LEAD", "RECEIVER").contains(unit.get("role"))
                        && expected.stream().noneMatch(u -> u.get("id").equals(unit.get("id")))
                        && expected.size() < 3) {
                    expected.add(unit);
                }
            }
            if (expected.isEmpty()) {
                assertThat(answer.getList("referTo")).isNull();
            } else {
                assertThat(answer.<Map<String, Object>>getList("referTo")).isEqualTo(expected);
            }
        }
        assertThat(answers).anySatisfy(a -> assertThat(a.getList("referTo")).isNotEmpty());
    }

    @Test
    void aMessageWithSeveralMattersAnswersTheMainOneAndListsTheOthers() {
        String lowIncome = "另外，我家老伴常年有病，家里没有收入，希望镇里帮我们申请低保。";
        JsonPath answer = ticket("石料厂粉尘噪声污染", MATTER + lowIncome);

        assertThat(answer.getString("candidates[0].item.id"))
                .isEqualTo(ticket("石料厂粉尘噪声污染", MATTER).getString("candidates[0].item.id"));
        List<Map<String, Object>> others = answer.getList("otherMatters");
        assertThat(others).isNotNull().hasSizeLessThanOrEqualTo(2);
        assertThat(answer.getList("otherMatters.statement", String.class)).contains(lowIncome);
        String lowIncomeItem = answer.getString("otherMatters.find { it.statement == '" + lowIncome
                + "' }.candidate.item.id");
        assertThat(lowIncomeItem).isEqualTo(given().queryParam("township", TOWNSHIP).queryParam("q", lowIncome)
                .get("/api/v1/matters").then().statusCode(200).extract().jsonPath()
                .getString("candidates[0].item.id"));
        assertThat(answer.getString("candidates[0].item.id")).isNotEqualTo(lowIncomeItem);
        // A message about one matter lists no other.
        assertThat(ticket("石料厂粉尘噪声污染", MATTER).getList("otherMatters")).isNull();
    }

    @Test
    void aDispatchNeedsNoReferral() {
        JsonPath answer = given().queryParam("township", TOWNSHIP).queryParam("q", "地里有人烧秸秆，烟呛得喘不过气")
                .get("/api/v1/matters").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getString("decision")).isEqualTo("DISPATCH");
        assertThat(answer.getString("referTo")).isNull();
    }

    @Test
    void aMessageOfFiveThousandCharactersIsAnsweredFromTheStatementsThatStateTheMatter() {
        String story = "那年我们村里发生了很多事情，大家议论纷纷，说来话长，我慢慢讲给领导听。".repeat(140);
        String text = (story + MATTER).substring(0, 4990 - MATTER.length()) + MATTER;

        JsonPath answer = ticket("石料厂粉尘噪声污染", text);

        assertThat(text.length()).isLessThanOrEqualTo(5000);
        assertThat(answer.getString("candidates[0].item.id"))
                .isEqualTo(ticket("石料厂粉尘噪声污染", MATTER).getString("candidates[0].item.id"));
    }

    @Test
    void aTitleLongerThanTheContractAllowsIsRefusedNamingIt() {
        given().filter(breaking("subject")).contentType(ContentType.JSON)
                .body(Map.of("township", TOWNSHIP, "subject", "噪".repeat(201), "text", MATTER))
                .post("/api/v1/routing/tickets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("subject"));
    }

    private static JsonPath ticket(String subject, String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("township", TOWNSHIP, "subject", subject, "text", text))
                .post("/api/v1/routing/tickets").then().statusCode(200).extract().jsonPath();
    }
}
