package org.dutylists.routing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.dutylists.routing.embedding.SentenceEmbedder;

/**
 * The routing engine with its ranking and confidence models, read from {@code routing/ranking-model.json} and
 * {@code routing/confidence-model.json} (written by the evaluation command's {@code --fit-ranking} and {@code --fit}).
 */
@ApplicationScoped
public class RoutingModel {
    static final String RANKING = "routing/ranking-model.json";
    static final String CONFIDENCE = "routing/confidence-model.json";

    private final RoutingEngine engine;

    @Inject
    public RoutingModel(ObjectMapper json, SentenceEmbedder embedder) {
        this.engine = new RoutingEngine(read(json, RANKING, RankingModel.class),
                read(json, CONFIDENCE, ConfidenceModel.class), embedder::embed);
    }

    private static <T> T read(ObjectMapper json, String resource, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return readModel(json, in, type);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read " + resource, e instanceof IOException io
                    ? new UncheckedIOException(io) : e);
        }
    }

    /**
     * Reads a model file strictly: a weight or threshold missing or null is an error, not 0 (a confidence model
     * without its dispatch threshold would dispatch everything).
     */
    public static <T> T readModel(ObjectMapper json, InputStream in, Class<T> type) throws IOException {
        return json.readerFor(type).with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES).readValue(in);
    }

    public RoutingEngine engine() {
        return engine;
    }
}
