package org.dutylists.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutylists.testing.ContractValidation.breaking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dutylists.testing.ContractValidation;
import org.junit.jupiter.api.Test;

/**
 * The implementation and the published contract cannot drift apart: every endpoint the code serves is in
 * openapi/openapi.yaml and every documented endpoint is served; every response object is closed
 * ({@code additionalProperties: false}) so that an undocumented field fails the response validation every test runs;
 * and /q/openapi publishes this contract.
 */
@QuarkusTest
class ContractCoverageTests {
    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(GET.class, "get", POST.class,
            "post", PUT.class, "put", DELETE.class, "delete", PATCH.class, "patch", HEAD.class, "head");

    @Test
    void everyServedEndpointIsDocumentedAndEveryDocumentedOneIsServed() throws Exception {
        Set<String> served = servedOperations();
        Set<String> documented = new TreeSet<>();
        contract().get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> {
                    if (METHODS.containsValue(method) && !path.getKey().startsWith("/q/")) {
                        documented.add(method.toUpperCase() + " " + path.getKey());
                    }
                }));
        assertThat(served).isNotEmpty().isEqualTo(documented);
    }

    @Test
    void everyResponseObjectIsClosedToUndocumentedFields() throws Exception {
        JsonNode schemas = contract().at("/components/schemas");
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = it.next();
            if ("object".equals(schema.getValue().path("type").asText()) && !schema.getKey().startsWith("Problem")
                    && !schema.getKey().startsWith("Health") && !schema.getKey().endsWith("Request")) {
                assertThat(schema.getValue().path("additionalProperties").asBoolean(true))
                        .as("additionalProperties of %s", schema.getKey()).isFalse();
            }
        }
    }

    @Test
    void publishesTheContractAtQOpenapi() throws Exception {
        // The contract does not list the path it is published at.
        String served = given().filter(breaking("path")).accept("application/yaml").get("/q/openapi").then()
                .statusCode(200).extract().asString();
        JsonNode servedPaths = new YAMLMapper().readTree(served).get("paths");
        Set<String> paths = new TreeSet<>();
        servedPaths.fieldNames().forEachRemaining(paths::add);
        Set<String> documented = new TreeSet<>();
        contract().get("paths").fieldNames().forEachRemaining(documented::add);
        assertThat(paths).isEqualTo(documented);
    }

    private static JsonNode contract() throws IOException {
        return new YAMLMapper().readTree(ContractValidation.CONTRACT.toFile());
    }

    /** Every JAX-RS operation of the application's resource classes, as "METHOD /path". */
    private static Set<String> servedOperations() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        Set<String> operations = new TreeSet<>();
        List<String> names;
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            names = files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .toList();
        }
        for (String name : names) {
            Class<?> type = Class.forName(name, false, ContractCoverageTests.class.getClassLoader());
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                for (Map.Entry<Class<? extends Annotation>, String> http : METHODS.entrySet()) {
                    if (method.isAnnotationPresent(http.getKey())) {
                        Path sub = method.getAnnotation(Path.class);
                        String path = (root.value() + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/")
                                .replaceAll("/$", "");
                        operations.add(http.getValue().toUpperCase() + " " + path);
                    }
                }
            }
        }
        return operations;
    }
}
