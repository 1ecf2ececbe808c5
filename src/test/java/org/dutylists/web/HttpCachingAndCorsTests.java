package org.dutylists.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutylists.testing.ContractValidation.breaking;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.dutylists.kernel.DataRevisions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ETags and Cache-Control on every read, 304 on revalidation, CORS for portal origins. */
@QuarkusTest
class HttpCachingAndCorsTests {
    @Inject
    DataRevisions revisions;

    /**
     * Tags follow the data revisions this replica has seen, which its poll moves up to a second after an import:
     * whatever another test class imported just before, this class starts from revisions already seen.
     */
    @BeforeEach
    void seeTheLatestRevisions() {
        revisions.refresh();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/townships", "/api/v1/townships/150430106", "/api/v1/categories",
        "/api/v1/items?township=150785102&kind=BASIC", "/api/v1/items/150430106-C-12", "/api/v1/departments",
        "/api/v1/transfers?township=150785102",
        "/api/v1/matters?township=150430106&q=%E6%9C%89%E4%BA%BA%E7%83%A7%E7%A7%B8%E7%A7%86"})
    void everyReadCarriesAnETagAndRevalidatesWith304(String path) {
        Response first = given().get(path);
        first.then().statusCode(200).header("ETag", not(emptyOrNullString()))
                .header("Cache-Control", containsString("max-age="));
        String etag = first.getHeader("ETag");

        given().header("If-None-Match", etag).get(path).then().statusCode(304)
                .header("ETag", equalTo(etag)).body(emptyOrNullString());
        given().header("If-None-Match", "\"something-else\"").get(path).then().statusCode(200)
                .header("ETag", equalTo(etag));
    }

    @Test
    void differentRequestsHaveDifferentTagsAndParameterOrderDoesNot() {
        String a = given().get("/api/v1/items?township=150430106&kind=BASIC").getHeader("ETag");
        String b = given().get("/api/v1/items?kind=BASIC&township=150430106").getHeader("ETag");
        String c = given().get("/api/v1/items?township=150430106&kind=COOPERATIVE").getHeader("ETag");
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
        // One parameter with a comma is not two values of a parameter.
        String comma = given().get("/api/v1/items?q=a,b").getHeader("ETag");
        String repeated = given().filter(breaking("q")).get("/api/v1/items?q=a&q=b").getHeader("ETag");
        assertThat(comma).isNotEqualTo(repeated);
    }

    @Test
    void errorsAreNotCached() {
        given().get("/api/v1/items/150430106-B-999").then().statusCode(404).header("ETag", nullValue());
        given().filter(breaking("limit")).queryParam("limit", 0).get("/api/v1/items").then().statusCode(400)
                .header("ETag", nullValue());
    }

    @Test
    void allowsConfiguredPortalOriginsAndNotOthers() {
        given().header("Origin", "http://localhost:3000").get("/api/v1/townships").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"))
                .header("Vary", containsString("Origin"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        // A CORS preflight is the HTTP stack's, not an operation of the contract.
        given().filter(breaking("method")).header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type")
                .options("/api/v1/routing/tickets").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"))
                .header("Access-Control-Allow-Methods", containsString("POST"));
        given().header("Origin", "https://evil.example").get("/api/v1/townships").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
