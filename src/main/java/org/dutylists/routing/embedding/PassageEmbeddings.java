package org.dutylists.routing.embedding;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embeddings of passage texts, stored in PostgreSQL: each distinct text is embedded once (at import) and loaded
 * afterwards by every replica and every restart.
 */
@ApplicationScoped
public class PassageEmbeddings {
    /** Keys bound per query: well under PostgreSQL's bind-parameter limit. */
    private static final int BATCH = 1000;

    @Inject
    SentenceEmbedder embedder;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry metrics;

    private final AtomicLong computed = new AtomicLong();

    /**
     * The embeddings of these texts: loaded where stored, computed and stored where not (then counted in
     * {@link #computedCount()} and the metric {@code routing.embeddings.computed}).
     */
    public Map<String, float[]> of(Collection<String> texts) {
        Map<String, String> keys = new LinkedHashMap<>();
        texts.forEach(t -> keys.putIfAbsent(t, key(t)));
        Map<String, float[]> byKey = QuarkusTransaction.requiringNew().call(() -> load(keys.values()));
        Map<String, float[]> missing = new LinkedHashMap<>();
        keys.forEach((text, key) -> {
            if (!byKey.containsKey(key) && !missing.containsKey(key)) {
                missing.put(key, embedder.embed(text));
                computed.incrementAndGet();
                metrics.counter("routing.embeddings.computed").increment();
            }
        });
        if (!missing.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> store(missing));
            byKey.putAll(missing);
        }
        Map<String, float[]> result = new HashMap<>();
        keys.forEach((text, key) -> result.put(text, byKey.get(key)));
        return result;
    }

    /** How many passage texts this process has embedded (not loaded). */
    public long computedCount() {
        return computed.get();
    }

    /** Whether the text's embedding is stored. */
    public boolean isStored(String text) {
        return QuarkusTransaction.requiringNew().call(() -> PassageEmbeddingEntity.findById(key(text)) != null);
    }

    private Map<String, float[]> load(Collection<String> keys) {
        Map<String, float[]> found = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<PassageEmbeddingEntity> rows = PassageEmbeddingEntity.list("textKey in ?1",
                    all.subList(from, Math.min(all.size(), from + BATCH)));
            rows.forEach(r -> found.put(r.textKey, decode(r.vector, r.dimension)));
        }
        return found;
    }

    /** Another replica may store the same text at the same moment: the first row stays. */
    private void store(Map<String, float[]> embeddings) {
        OffsetDateTime now = OffsetDateTime.now();
        embeddings.forEach((key, vector) -> entityManager.createNativeQuery("insert into passage_embedding"
                + " (text_key, model, dimension, vector, created_at) values (?1, ?2, ?3, ?4, ?5)"
                + " on conflict (text_key) do nothing")
                .setParameter(1, key).setParameter(2, SentenceEmbedder.MODEL).setParameter(3, vector.length)
                .setParameter(4, encode(vector)).setParameter(5, now).executeUpdate());
    }

    static String key(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((SentenceEmbedder.MODEL + "\n" + text)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encode(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : vector) {
            buffer.putFloat(v);
        }
        return buffer.array();
    }

    private static float[] decode(byte[] bytes, int dimension) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] vector = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            vector[i] = buffer.getFloat();
        }
        return vector;
    }
}
