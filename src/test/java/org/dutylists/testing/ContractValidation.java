package org.dutylists.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import java.nio.file.Path;

/**
 * Checks every HTTP response a test receives against the published contract {@code openapi/openapi.yaml}. Quarkus
 * calls it before every test method of every {@code @QuarkusTest} (registered as a service, in the test's own class
 * loader), so no test can forget it. Requests are not checked, because tests send bad requests on purpose; what the
 * service answers to them must still be in the contract.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {
    public static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

    private static OpenApiValidationFilter filter;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.replaceFiltersWith(filter());
    }

    private static synchronized OpenApiValidationFilter filter() {
        if (filter == null) {
            // The OpenAPI parser finds its extensions with ServiceLoader: let it look where it was loaded from.
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(OpenApiInteractionValidator.class.getClassLoader());
            try {
                filter = new OpenApiValidationFilter(
                        OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString())
                                .withLevelResolver(LevelResolver.create()
                                        .withDefaultLevel(ValidationReport.Level.ERROR)
                                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                        .build())
                                .build());
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
        return filter;
    }
}
