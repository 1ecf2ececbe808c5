package org.dutylists.routing.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;

/**
 * The example requests shipped with the service ({@code routing/example-requests.jsonl}), read once at start-up like
 * the ranking and confidence models they were fitted with: a malformed file stops the service rather than routing
 * without them.
 */
@ApplicationScoped
public class ShippedExampleRequests {
    public static final String RESOURCE = "routing/example-requests.jsonl";

    private final ExampleRequests examples;

    @Inject
    public ShippedExampleRequests(ObjectMapper json) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            this.examples = ExampleRequests.read(json, in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public ExampleRequests get() {
        return examples;
    }
}
