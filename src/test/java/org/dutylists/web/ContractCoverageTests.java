package org.dutylists.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutylists.testing.ContractValidation.breaking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.dutylists.testing.ContractValidation;
import org.junit.jupiter.api.Test;

/**
 * The implementation and the published contract cannot drift apart: every endpoint the code serves is in
 * openapi/openapi.yaml and every documented endpoint is served; each operation reads exactly the parameters the
 * contract declares, takes the values it allows and refuses the values it does not; every response object is closed
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

    /**
     * The code reads exactly the parameters the contract declares for each operation: the same query, path and
     * header parameter names (If-None-Match is read for every {@link RevisionedRead} operation) and the same members
     * of a JSON body.
     */
    @Test
    void everyOperationReadsExactlyTheParametersTheContractDeclares() throws Exception {
        JsonNode contract = contract();
        for (Map.Entry<String, Method> operation : resourceMethods().entrySet()) {
            String[] methodAndPath = operation.getKey().split(" ", 2);
            JsonNode documented = contract.path("paths").path(methodAndPath[1])
                    .path(methodAndPath[0].toLowerCase(Locale.ROOT));
            Method method = operation.getValue();
            Map<String, Set<String>> read = new TreeMap<>();
            for (java.lang.reflect.Parameter parameter : method.getParameters()) {
                if (parameter.isAnnotationPresent(QueryParam.class)) {
                    add(read, "query", parameter.getAnnotation(QueryParam.class).value());
                } else if (parameter.isAnnotationPresent(PathParam.class)) {
                    add(read, "path", parameter.getAnnotation(PathParam.class).value());
                } else if (parameter.isAnnotationPresent(HeaderParam.class)) {
                    add(read, "header", parameter.getAnnotation(HeaderParam.class).value());
                } else if (parameter.getType().isRecord()) {
                    for (RecordComponent member : parameter.getType().getRecordComponents()) {
                        add(read, "body", member.getName());
                    }
                } else {
                    throw new AssertionError("Unexpected parameter " + parameter + " of " + method);
                }
            }
            if (method.isAnnotationPresent(RevisionedRead.class)
                    || method.getDeclaringClass().isAnnotationPresent(RevisionedRead.class)) {
                add(read, "header", "If-None-Match");
            }
            Map<String, Set<String>> declared = new TreeMap<>();
            for (JsonNode parameter : documented.path("parameters")) {
                JsonNode resolved = resolve(contract, parameter);
                add(declared, resolved.path("in").asText(), resolved.path("name").asText());
            }
            resolve(contract, documented.at("/requestBody/content/application~1json/schema")).path("properties")
                    .fieldNames().forEachRemaining(member -> add(declared, "body", member));
            assertThat(read).as("parameters %s reads", operation.getKey()).isEqualTo(declared);
        }
    }

    /**
     * Each query and path parameter of every read takes the values the contract allows (its examples and the bounds
     * of its schema), and answers a value of another type, beyond a bound or off the pattern with a 400 naming it.
     */
    @Test
    void everyParameterTakesWhatTheContractAllowsAndRefusesWhatItDoesNot() throws Exception {
        JsonNode contract = contract();
        SoftAssertions softly = new SoftAssertions();
        for (String operation : servedOperations()) {
            String[] methodAndPath = operation.split(" ", 2);
            if (!methodAndPath[0].equals("GET")) {
                continue;
            }
            List<JsonNode> parameters = new ArrayList<>();
            contract.path("paths").path(methodAndPath[1]).path("get").path("parameters").forEach(p -> {
                JsonNode resolved = resolve(contract, p);
                if (!resolved.path("in").asText().equals("header")) {
                    parameters.add(resolved);
                }
            });
            Map<String, String> required = new TreeMap<>();
            for (JsonNode parameter : parameters) {
                if (parameter.path("required").asBoolean()) {
                    required.put(parameter.path("name").asText(), allowed(contract, parameter).getFirst());
                }
            }
            for (JsonNode parameter : parameters) {
                String name = parameter.path("name").asText();
                for (String value : allowed(contract, parameter)) {
                    Response answer = read(methodAndPath[1], parameters, with(required, name, value), null);
                    softly.assertThat(answer.statusCode()).as("%s with %s=%s: %s", operation, name, shown(value),
                            answer.asString()).isEqualTo(200);
                }
                for (String value : refused(contract, parameter)) {
                    Response answer = read(methodAndPath[1], parameters, with(required, name, value), name);
                    softly.assertThat(answer.statusCode() + " naming " + answer.jsonPath().get("invalidParams[0].name"))
                            .as("%s with %s=%s", operation, name, shown(value)).isEqualTo("400 naming " + name);
                }
            }
        }
        softly.assertAll();
    }

    /** The parameter's examples, and the bounds of its schema. */
    private static List<String> allowed(JsonNode contract, JsonNode parameter) {
        Set<String> values = new LinkedHashSet<>();
        JsonNode schema = resolve(contract, parameter.path("schema"));
        if (parameter.has("example")) {
            values.add(parameter.get("example").asText());
        }
        parameter.path("examples").forEach(example -> values.add(resolve(contract, example).path("value").asText()));
        if (values.isEmpty() && schema.has("example")) {
            values.add(schema.get("example").asText());
        }
        if (schema.path("type").asText().equals("integer")) {
            if (schema.has("minimum")) {
                values.add(schema.get("minimum").asText());
            }
            if (schema.has("maximum")) {
                values.add(schema.get("maximum").asText());
            }
        }
        if (schema.has("maxLength") && !schema.has("pattern")) {
            values.add("长".repeat(schema.get("maxLength").asInt()));
        }
        return List.copyOf(values);
    }

    /** Values the parameter's schema refuses: another type, just beyond a bound, off the pattern. */
    private static List<String> refused(JsonNode contract, JsonNode parameter) {
        List<String> values = new ArrayList<>();
        JsonNode schema = resolve(contract, parameter.path("schema"));
        if (schema.path("type").asText().equals("integer")) {
            values.add("x");
            if (schema.has("minimum")) {
                values.add(String.valueOf(schema.get("minimum").asLong() - 1));
            }
            if (schema.has("maximum")) {
                values.add(String.valueOf(schema.get("maximum").asLong() + 1));
            }
        }
        if (schema.has("pattern")) {
            java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(schema.get("pattern").asText());
            Stream.of("x", "0", "-").filter(v -> !pattern.matcher(v).find()).findFirst().ifPresent(values::add);
        } else if (schema.has("maxLength")) {
            values.add("长".repeat(schema.get("maxLength").asInt() + 1));
        }
        if (schema.path("minLength").asInt() > 0 && parameter.path("required").asBoolean()) {
            values.add("");
        }
        return values;
    }

    private static Response read(String path, List<JsonNode> parameters, Map<String, String> values,
            String breaking) {
        RequestSpecification request = breaking == null ? given() : given().filter(breaking(breaking));
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            String value = values.get(name);
            if (value != null && parameter.path("in").asText().equals("path")) {
                path = path.replace("{" + name + "}", value);
            } else if (value != null) {
                request = request.queryParam(name, value);
            }
        }
        return request.get(path);
    }

    private static Map<String, String> with(Map<String, String> values, String name, String value) {
        Map<String, String> all = new TreeMap<>(values);
        all.put(name, value);
        return all;
    }

    private static String shown(String value) {
        return value.length() <= 20 ? "'" + value + "'" : "'" + value.substring(0, 10) + "…' (" + value.length()
                + " characters)";
    }

    private static void add(Map<String, Set<String>> parameters, String in, String name) {
        parameters.computeIfAbsent(in, k -> new TreeSet<>()).add(name);
    }

    /** The node, or what its $ref points at. */
    private static JsonNode resolve(JsonNode contract, JsonNode node) {
        while (node.has("$ref")) {
            node = contract.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private static JsonNode contract() throws IOException {
        return new YAMLMapper().readTree(ContractValidation.CONTRACT.toFile());
    }

    /** Every JAX-RS operation of the application's resource classes, as "METHOD /path". */
    private static Set<String> servedOperations() throws Exception {
        return resourceMethods().keySet();
    }

    /** The resource method of every JAX-RS operation, by "METHOD /path". */
    private static Map<String, Method> resourceMethods() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        Map<String, Method> operations = new TreeMap<>();
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
                        operations.put(http.getValue().toUpperCase() + " " + path, method);
                    }
                }
            }
        }
        return operations;
    }
}
