package org.dutylists.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Checks every HTTP response a test receives against the published contract {@code openapi/openapi.yaml}:
 * registered for every test class through JUnit's extension auto-detection, so no test can forget it. Requests are not
 * checked, because tests send bad requests on purpose; what the service answers to them must still be in the
 * contract.
 */
public class ContractValidation implements BeforeAllCallback {
    public static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

    /** Loaded once, on first use. */
    private static final class Holder {
        static final OpenApiValidationFilter FILTER = new OpenApiValidationFilter(
                OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString())
                        .withLevelResolver(LevelResolver.create()
                                .withDefaultLevel(ValidationReport.Level.ERROR)
                                .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                .build())
                        .build());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        RestAssured.replaceFiltersWith(Holder.FILTER);
    }
}
