package org.dutylists.routing.evaluation;

import java.util.List;
import org.dutylists.routing.RankingFeatures;
import org.dutylists.routing.RankingModel;
import org.dutylists.routing.RoutingEngine;

/**
 * Fits the ranking model on labelled tickets, listwise: for each in-scope ticket whose right item is among the index's
 * hits, the softmax of the ranking scores over those hits should put its mass on the right item(s) (a conditional
 * logit). The loss is convex; sixteen weights and about a thousand tickets make full-batch gradient descent with a
 * little L2 quick and exact enough, and keep a numerical library out of the service.
 */
public final class RankingFit {
    private static final int ITERATIONS = 4_000;
    private static final double LEARNING_RATE = 0.3;
    private static final double L2 = 0.001;

    /** The hits of one ticket, their features and which of them are right. */
    public record Sample(double[][] features, boolean[] right) {
        boolean informative() {
            for (boolean r : right) {
                if (r) {
                    return true;
                }
            }
            return false;
        }
    }

    private RankingFit() {
    }

    public static RankingModel fit(List<Sample> samples) {
        List<Sample> informative = samples.stream().filter(Sample::informative).toList();
        if (informative.isEmpty()) {
            throw new IllegalArgumentException("No in-scope ticket has its right item among the index's hits:"
                    + " nothing to fit the ranking model on");
        }
        int dimensions = RankingFeatures.Feature.values().length;
        double[] w = new double[dimensions];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] gradient = new double[dimensions];
            RankingModel current = new RankingModel(w);
            for (Sample s : informative) {
                double[] scores = new double[s.features().length];
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = current.score(s.features()[i]);
                }
                double[] p = RoutingEngine.softmax(scores);
                // The distribution over the right hits alone, as its own softmax: dividing p by the right hits' mass
                // would be 0/0 when that mass underflows.
                double[] rightScores = new double[scores.length];
                for (int i = 0; i < scores.length; i++) {
                    rightScores[i] = s.right()[i] ? scores[i] : Double.NEGATIVE_INFINITY;
                }
                double[] q = RoutingEngine.softmax(rightScores);
                // d(-log Σ_right p)/dw = E_p[x] - E_{p | right}[x]
                for (int i = 0; i < p.length; i++) {
                    double weight = p[i] - q[i];
                    for (int j = 0; j < dimensions; j++) {
                        gradient[j] += weight * s.features()[i][j];
                    }
                }
            }
            for (int j = 0; j < dimensions; j++) {
                w[j] -= LEARNING_RATE * (gradient[j] / informative.size() + L2 * w[j]);
            }
        }
        // Four decimals: the shipped file stays readable, and the model measured here is exactly the one written.
        for (int j = 0; j < dimensions; j++) {
            w[j] = Math.round(w[j] * 10_000) / 10_000.0;
        }
        return new RankingModel(w);
    }
}
