package org.dutylists.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What orchestrators and monitoring see: liveness, readiness with the database check, Prometheus metrics. */
@QuarkusTest
class HealthAndMetricsTests {

    @Test
    void isLiveAndReadyWithTheDatabaseChecked() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void exposesPrometheusMetricsIncludingHttpAndRouting() {
        given().get("/api/v1/ping").then().statusCode(200).body("status", equalTo("ok"));
        given().queryParam("township", "150430106").queryParam("q", "低保怎么申请").get("/api/v1/matters")
                .then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("routing_decisions_total"))
                .body(containsString("jvm_memory_used_bytes"));
    }
}
