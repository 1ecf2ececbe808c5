package org.dutylists.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.dutylists.importing.ImportService;
import org.dutylists.importing.TownshipManifest;
import org.dutylists.testing.TestTownships;
import org.junit.jupiter.api.Test;

/**
 * A re-import changes what routing answers within seconds and without a restart: the replica notices the new
 * revision in the database (polled every second in tests) and rebuilds that township's index.
 */
@QuarkusTest
class RoutingIndexRefreshTests {
    private static final String ID = "159703001";
    private static final String NAME = "刷新镇";
    private static final String REQUEST = "镇上今年还办不办冰雪那达慕？我想报名参加";

    @Inject
    ImportService importService;

    @Inject
    org.dutylists.catalogue.TownshipDirectory directory;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    @Test
    void aReimportedTownshipIsRoutedWithItsNewListsWithoutRestart() {
        TownshipManifest manifest = TestTownships.manifestWith(ID, NAME);
        String original = TestTownships.document(NAME);
        importService.importDocument("刷新镇-v1.txt", TestTownships.bytes(original), manifest);
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().queryParam("township", ID)
                .queryParam("q", REQUEST).get("/api/v1/matters").then().statusCode(200));
        String before = top();

        String revised = original.replace("开展文明实践活动，建立志愿服务队伍", "开展文明实践活动，举办冰雪那达慕，建立志愿服务队伍");
        assertThat(revised).isNotEqualTo(original);
        importService.importDocument("刷新镇-v2.txt", TestTownships.bytes(revised), manifest);

        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(top()).isEqualTo(ID + "-B-14"));
        assertThat(before).isNotEqualTo(ID + "-B-14");
    }

    @Test
    void requestsArrivingTogetherForANewTownshipWaitForOneIndexBuild() throws Exception {
        String id = "159703002";
        importService.importDocument("并发镇.txt", TestTownships.bytes(TestTownships.document("并发镇")),
                TestTownships.manifestWith(id, "并发镇"));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> directory.township(id).isPresent());
        // Until the replica has seen the import's last revision: a later one would rightly cause a second build.
        long[] seen = {-1};
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(1200)).until(() -> {
            long now = directory.township(id).orElseThrow().revision();
            boolean unchangedForARefresh = now == seen[0];
            seen[0] = now;
            return unchangedForARefresh;
        });
        double before = metrics.counter("routing.index.builds", "township", id).count();

        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            java.util.concurrent.Callable<String> route = () -> given().queryParam("township", id)
                    .queryParam("q", "有人开越野车在草原上乱跑").get("/api/v1/matters").then().statusCode(200).extract()
                    .jsonPath().getString("candidates[0].item.id");
            var answers = pool.invokeAll(java.util.Collections.nCopies(8, route));
            for (var answer : answers) {
                assertThat(answer.get()).startsWith(id);
            }
        }

        assertThat(metrics.counter("routing.index.builds", "township", id).count() - before).isEqualTo(1.0);
    }

    @Test
    void aNameSeveralTownshipsShareMustBeGivenAsAnId() {
        for (String id : java.util.List.of("159703003", "159703004")) {
            importService.importDocument(id + ".txt", TestTownships.bytes(TestTownships.document("同名镇")),
                    TestTownships.manifestWith(id, "同名镇"));
        }
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get(
                "/api/v1/townships/159703004").then().statusCode(200));
        given().contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("township", "同名镇", "text", "有人在草原上开车乱跑"))
                .post("/api/v1/routing/tickets").then().statusCode(400)
                .body("type", org.hamcrest.Matchers.equalTo("https://dutylists.org/problems/invalid-parameter"))
                .body("invalidParams.name", org.hamcrest.Matchers.contains("township"))
                .body("detail", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("159703003"),
                        org.hamcrest.Matchers.containsString("159703004")));
        // By ID, each is routed within its own lists, to the item that says who acts.
        for (String id : java.util.List.of("159703003", "159703004")) {
            io.restassured.path.json.JsonPath answer = given().contentType(io.restassured.http.ContentType.JSON)
                    .body(java.util.Map.of("township", id, "text", "有人在草原上开车乱跑"))
                    .post("/api/v1/routing/tickets").then().statusCode(200).extract().jsonPath();
            assertThat(answer.getString("township.id")).isEqualTo(id);
            assertThat(answer.getString("township.name")).isEqualTo("同名镇");
            assertThat(answer.getList("candidates.item.id", String.class)).isNotEmpty()
                    .allMatch(item -> item.startsWith(id + "-"));
            assertThat(answer.getString("candidates[0].item.id")).isEqualTo(id + "-B-52");
        }
    }

    private static String top() {
        return given().queryParam("township", ID).queryParam("q", REQUEST).get("/api/v1/matters").then()
                .statusCode(200).extract().jsonPath().getString("candidates[0].item.id");
    }
}
