package org.dutylists.routing.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dutylists.routing.MessageStatements;

/**
 * The sentence embeddings of a township's items, a few passages each (the item's name with its penalty powers; with
 * the township's part for a cooperative item, with its first department section for a taken-back one, the receiving
 * department's working method), to compare a request with by meaning: people describe
 * the same matter in words the lists never use (噪音扰民 for 环境污染防治).
 */
public final class SemanticIndex {
    public static final SemanticIndex NONE = new SemanticIndex(new float[0][][]);

    /**
     * The longest passage embedded: the model reads 512 tokens at most and costs time with length; an item's opening
     * says what it is about.
     */
    static final int PASSAGE_LENGTH = 200;

    /** Per item position, its passages' vectors (L2-normalized). */
    private final float[][][] vectors;

    private SemanticIndex(float[][][] vectors) {
        this.vectors = vectors;
    }

    /** The passages of an item to embed, each at most {@link #PASSAGE_LENGTH} characters. */
    public static List<String> passages(RoutableItem item) {
        Set<String> passages = new LinkedHashSet<>();
        passages.add(cut(item.name()));
        boolean townshipPart = item.townshipPart() != null && !item.townshipPart().isBlank();
        if (townshipPart) {
            passages.add(cut(item.name() + "：" + item.townshipPart()));
        } else if (!item.departmentParts().isEmpty()) {
            passages.add(cut(item.name() + "：" + item.departmentParts().getFirst().text()));
        }
        return List.copyOf(passages);
    }

    /** @param embeddings the embedding of every passage of every item (see {@link #passages}) */
    public static SemanticIndex of(List<RoutableItem> items, Map<String, float[]> embeddings) {
        float[][][] vectors = new float[items.size()][][];
        for (int i = 0; i < items.size(); i++) {
            List<float[]> of = new ArrayList<>();
            for (String passage : passages(items.get(i))) {
                of.add(embeddings.get(passage));
            }
            vectors[i] = of.toArray(float[][]::new);
        }
        return new SemanticIndex(vectors);
    }

    public boolean isEmpty() {
        return vectors.length == 0;
    }

    /** Per item position, the cosine similarity of its nearest passage to the request's vector. */
    public double[] similarities(float[] request) {
        double[] similarity = new double[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            double best = -1;
            for (float[] passage : vectors[i]) {
                double dot = 0;
                for (int d = 0; d < passage.length; d++) {
                    dot += passage[d] * request[d];
                }
                best = Math.max(best, dot);
            }
            similarity[i] = best;
        }
        return similarity;
    }

    private static String cut(String text) {
        return MessageStatements.cut(text.strip(), PASSAGE_LENGTH);
    }
}
