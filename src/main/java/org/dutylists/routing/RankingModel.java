package org.dutylists.routing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Orders the index's hits for a request: a linear function of {@link RankingFeatures} (where in an item the request's
 * words and the thesaurus's terms are found, how much of the request and of the item's title they explain, how near
 * the request is to the item's example requests, the item's kind). The weights are data, fitted on labelled tickets
 * by the evaluation command ({@code --fit-ranking}) so that the right item wins among the hits; hand-set weights
 * could not balance so many signals.
 */
public final class RankingModel {
    private final double[] weights;

    public RankingModel(double[] weights) {
        if (weights.length != RankingFeatures.Feature.values().length) {
            throw new IllegalArgumentException("A ranking model has " + RankingFeatures.Feature.values().length
                    + " weights, not " + weights.length);
        }
        for (double w : weights) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("A ranking model's weights must be finite numbers, got " + w);
            }
        }
        this.weights = weights.clone();
    }

    /** Reads the JSON form: every feature by name, none missing, none unknown (a stale model must not load). */
    @JsonCreator
    public static RankingModel of(@JsonProperty("weights") Map<String, Double> byName) {
        Set<String> expected = new TreeSet<>();
        Arrays.stream(RankingFeatures.Feature.values()).forEach(f -> expected.add(f.name()));
        if (byName == null || !expected.equals(new TreeSet<>(byName.keySet())) || byName.containsValue(null)) {
            throw new IllegalArgumentException("A ranking model needs exactly the weights " + expected
                    + ", each a number; got " + (byName == null ? "none" : new TreeSet<>(byName.keySet())));
        }
        double[] w = new double[expected.size()];
        for (RankingFeatures.Feature f : RankingFeatures.Feature.values()) {
            w[f.ordinal()] = byName.get(f.name());
        }
        return new RankingModel(w);
    }

    @JsonProperty("weights")
    public Map<String, Double> weightsByName() {
        Map<String, Double> byName = new LinkedHashMap<>();
        for (RankingFeatures.Feature f : RankingFeatures.Feature.values()) {
            byName.put(f.name(), weights[f.ordinal()]);
        }
        return byName;
    }

    /** Orders hits by the index's score alone: the plain baseline, and the start of a fit. */
    public static RankingModel byIndexScore() {
        double[] w = new double[RankingFeatures.Feature.values().length];
        w[RankingFeatures.Feature.LOG_SCORE.ordinal()] = 1;
        return new RankingModel(w);
    }

    /** The hit's ranking score: higher ranks first; differences are log-odds between hits. */
    public double score(double[] features) {
        double z = 0;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return z;
    }
}
