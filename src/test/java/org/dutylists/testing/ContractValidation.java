package org.dutylists.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks every HTTP exchange a test makes against the published contract {@code openapi/openapi.yaml}: the request
 * (path, method, parameters, headers, body) and the response. A request to a path or method the contract does not
 * have fails, and so does one that breaks the contract, unless the test says so for that very request with
 * {@link #breaking(String...)}, naming what it breaks; then the request must break the contract in exactly those
 * parameters (so that a contract that started accepting it, while the service still refuses it, is noticed), and the
 * response is checked all the same wherever the contract has the operation.
 *
 * <p>Quarkus calls it before every test method of every {@code @QuarkusTest} (registered as a service, in the test's
 * own class loader), so no test can forget it.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {
    public static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

    /** The first member a required or additionalProperties message lists, as in ["township"]. */
    private static final Pattern MEMBER_NAMES = Pattern.compile("\\[\"([^\"]+)\"");
    private static final Pattern QUOTED_NAME = Pattern.compile("[Pp]arameter '([^']+)'");

    private static OpenApiInteractionValidator validator;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.replaceFiltersWith(new Check());
    }

    /**
     * Marks one request as breaking the contract on purpose, in {@code subjects}: query, path or header parameter
     * names, body members ({@code "body"} for the body as a whole), {@code "Content-Type"}, {@code "Accept"}, or
     * {@code "path"} and {@code "method"} for a path or method the contract does not have. Use it as
     * {@code given().filter(breaking("limit"))}.
     */
    public static Filter breaking(String... subjects) {
        return new Breaking(Set.of(subjects));
    }

    /** What a request-side message is about, in the terms {@link #breaking(String...)} takes. */
    static String subject(Message message) {
        String key = message.getKey();
        if (key.startsWith("validation.request.path.missing")) {
            return "path";
        }
        if (key.startsWith("validation.request.operation.notAllowed")) {
            return "method";
        }
        if (key.startsWith("validation.request.contentType")) {
            return "Content-Type";
        }
        if (key.startsWith("validation.request.accept")) {
            return "Accept";
        }
        MessageContext context = message.getContext().orElse(MessageContext.empty());
        if (context.getParameter().isPresent()) {
            return context.getParameter().get().getName();
        }
        if (key.startsWith("validation.request.body")) {
            Matcher named = MEMBER_NAMES.matcher(message.getMessage());
            if (key.endsWith(".required") || key.endsWith(".additionalProperties")) {
                if (named.find()) {
                    return named.group(1);
                }
            }
            String pointer = context.getPointers().map(MessageContext.Pointers::getInstance).orElse("");
            String member = pointer.replaceFirst("^/", "").replaceFirst("/.*$", "");
            return member.isEmpty() ? "body" : member;
        }
        Matcher quoted = QUOTED_NAME.matcher(message.getMessage());
        return quoted.find() ? quoted.group(1) : key;
    }

    private static boolean aboutRequest(Message message) {
        return message.getKey().startsWith("validation.request")
                || message.getContext().flatMap(MessageContext::getLocation)
                        .filter(l -> l == MessageContext.Location.REQUEST).isPresent();
    }

    private static String describe(List<Message> messages) {
        return messages.stream().map(m -> "  [" + m.getKey() + " about '" + subject(m) + "'] " + shortened(
                m.getMessage() + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo())))
                .collect(Collectors.joining("\n"));
    }

    private static String shortened(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            // The OpenAPI parser finds its extensions with ServiceLoader: let it look where it was loaded from.
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(OpenApiInteractionValidator.class.getClassLoader());
            try {
                validator = OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString())
                        .withLevelResolver(LevelResolver.create()
                                .withDefaultLevel(ValidationReport.Level.ERROR)
                                .build())
                        .build();
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
        return validator;
    }

    /** The check every request goes through. */
    private static final class Check implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                FilterContext context) {
            Response response = context.next(request, responseSpec);
            Set<String> expected = request.getDefinedFilters().stream().filter(Breaking.class::isInstance)
                    .map(f -> ((Breaking) f).subjects).findFirst().orElse(Set.of());
            List<Message> errors = validator().validate(RestAssuredRequest.of(request),
                    RestAssuredResponse.of(response)).getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR).toList();
            List<Message> requestErrors = errors.stream().filter(ContractValidation::aboutRequest).toList();
            List<Message> responseErrors = errors.stream().filter(m -> !aboutRequest(m)).toList();
            String exchange = request.getMethod() + " " + shortened(request.getURI()) + " -> "
                    + response.statusCode();
            Set<String> broken = requestErrors.stream().map(ContractValidation::subject)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!broken.equals(expected)) {
                throw new AssertionError(expected.isEmpty()
                        ? "The request breaks the contract " + CONTRACT + ": " + exchange + "\n"
                                + describe(requestErrors)
                        : "The request was to break the contract " + CONTRACT + " in " + new TreeSet<>(expected)
                                + " but breaks it in " + broken + ": " + exchange + "\n" + describe(requestErrors));
            }
            if (!responseErrors.isEmpty()) {
                throw new AssertionError("The response breaks the contract " + CONTRACT + ": " + exchange + "\n"
                        + describe(responseErrors));
            }
            return response;
        }
    }

    /** Marks a request that breaks the contract on purpose; it passes the request on unchanged. */
    private record Breaking(Set<String> subjects) implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            return context.next(request, response);
        }
    }
}
