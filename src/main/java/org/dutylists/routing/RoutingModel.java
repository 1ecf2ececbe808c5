package org.dutylists.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The routing engine with its confidence model, read from {@code routing/confidence-model.json} (written by the
 * evaluation command's {@code --fit}).
 */
@ApplicationScoped
public class RoutingModel {
    static final String RESOURCE = "routing/confidence-model.json";

    private final RoutingEngine engine;

    @Inject
    public RoutingModel(ObjectMapper json) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            this.engine = new RoutingEngine(json.readValue(in, ConfidenceModel.class));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e instanceof IOException io
                    ? new UncheckedIOException(io) : e);
        }
    }

    public RoutingEngine engine() {
        return engine;
    }
}
