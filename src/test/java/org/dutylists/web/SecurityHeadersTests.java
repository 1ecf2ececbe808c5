package org.dutylists.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every answer tells browsers not to sniff types or leak the page as referrer; Swagger UI runs under a CSP. */
@QuarkusTest
class SecurityHeadersTests {
    @Test
    void readsWritesAndProblemsCarryTheSecurityHeaders() {
        given().get("/api/v1/townships/150430106").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"));
        given().contentType(ContentType.JSON).body(Map.of("township", "150430106", "text", "村里的路灯坏了"))
                .post("/api/v1/routing/tickets").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().get("/api/v1/items/150430106-B-999").then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }

    @Test
    void swaggerUiRunsUnderAContentSecurityPolicy() {
        given().filter(org.dutylists.testing.ContractValidation.breaking("path")).redirects().follow(true)
                .get("/q/swagger-ui/index.html").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("object-src 'none'"));
    }
}
