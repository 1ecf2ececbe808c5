package org.dutylists.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dutylists.testing.ContractValidation.breaking;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The contract check every test's HTTP exchange goes through notices what a portal developer reading the contract
 * would trip over: a path or method it does not have, a request it does not allow, and a test that claims to break
 * it in one place while breaking it in another (or not at all).
 */
@QuarkusTest
class ContractValidationTests {

    @Test
    void aPathOrMethodTheContractDoesNotHaveFailsTheTest() {
        assertThatThrownBy(() -> given().get("/api/v1/townships/150430106/lists"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("No API path found");
        assertThatThrownBy(() -> given().delete("/api/v1/townships/150430106"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("DELETE operation not allowed");
    }

    @Test
    void aRequestTheContractRefusesFailsTheTestUnlessItSaysWhatItBreaks() {
        assertThatThrownBy(() -> given().queryParam("limit", 0).get("/api/v1/townships"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("'limit'");
        assertThatThrownBy(() -> given().contentType("application/json").body("{\"text\": \"有人烧秸秆\"}")
                .post("/api/v1/routing/tickets"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("'township'");

        given().filter(breaking("limit")).queryParam("limit", 0).get("/api/v1/townships").then().statusCode(400);
    }

    @Test
    void aRequestMarkedAsBreakingTheContractMustBreakItExactlyThere() {
        assertThatThrownBy(() -> given().filter(breaking("limit")).queryParam("limit", 5).get("/api/v1/townships"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("in [limit] but breaks it in []");
        assertThatThrownBy(() -> given().filter(breaking("offset")).queryParam("limit", 0)
                .get("/api/v1/townships"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("in [offset] but breaks it in [limit]");
    }
}
