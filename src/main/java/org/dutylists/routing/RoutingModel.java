package org.dutylists.routing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.dutylists.routing.embedding.SentenceEmbedder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The routing engine with its ranking and confidence models (written by the evaluation command's
 * {@code --fit-ranking} and {@code --fit}): the lexical engine's in {@code routing/ranking-model.json} and
 * {@code routing/confidence-model.json}, the engine with sentence embeddings' in {@code routing/semantic/}. Which one
 * serves is {@code dutylists.routing.embeddings.enabled}: off by default, since on the real held-out messages the
 * embeddings did not improve the answers (README, "Routing").
 */
@ApplicationScoped
public class RoutingModel {
    static final String RANKING = "routing/ranking-model.json";
    static final String CONFIDENCE = "routing/confidence-model.json";
    static final String SEMANTIC_RANKING = "routing/semantic/ranking-model.json";
    static final String SEMANTIC_CONFIDENCE = "routing/semantic/confidence-model.json";

    private final RoutingEngine lexical;
    private final RoutingEngine semantic;
    private final boolean embeddings;

    @Inject
    public RoutingModel(ObjectMapper json, SentenceEmbedder embedder,
            @ConfigProperty(name = "dutylists.routing.embeddings.enabled", defaultValue = "false") boolean embeddings) {
        this.lexical = new RoutingEngine(read(json, RANKING, RankingModel.class),
                read(json, CONFIDENCE, ConfidenceModel.class), null);
        this.semantic = new RoutingEngine(read(json, SEMANTIC_RANKING, RankingModel.class),
                read(json, SEMANTIC_CONFIDENCE, ConfidenceModel.class), embedder::embed);
        this.embeddings = embeddings;
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

    /** The engine that serves: with sentence embeddings when they are enabled, else the lexical one. */
    public RoutingEngine engine() {
        return embeddings ? semantic : lexical;
    }

    /** Whether requests are compared with the items by meaning too (and passages are embedded at import). */
    public boolean embeddingsEnabled() {
        return embeddings;
    }

    /** The engine without sentence embeddings, with its own models. */
    public RoutingEngine lexical() {
        return lexical;
    }

    /** The engine with sentence embeddings, with its own models (it needs indexes built with embeddings). */
    public RoutingEngine semantic() {
        return semantic;
    }
}
