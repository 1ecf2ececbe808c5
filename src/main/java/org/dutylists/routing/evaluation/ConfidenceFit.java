package org.dutylists.routing.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.dutylists.routing.ConfidenceModel;
import org.dutylists.routing.RoutingEngine.Candidate;
import org.dutylists.routing.evaluation.RoutingEvaluation.Outcome;

/**
 * Fits the confidence model on labelled tickets: a logistic regression of "the best hit is a right item" on its
 * features (one row per ticket; out-of-scope tickets have no right item), so that the confidence of the answer a
 * dispatcher sees is calibrated (the engine scales the candidates below it by the ranking model's shares). Then the
 * dispatch threshold that sends the most out-of-scope tickets to manual review while sending at most
 * {@code maxInScopeToReview} of the in-scope ones. Ten features and about a thousand rows: plain gradient descent
 * with a little L2 is enough, and keeps a numerical library out of the service.
 */
public final class ConfidenceFit {
    private static final int ITERATIONS = 20_000;
    private static final double LEARNING_RATE = 0.05;
    private static final double L2 = 0.01;

    private ConfidenceFit() {
    }

    public static ConfidenceModel fit(ConfidenceModel start, List<Outcome> outcomes, double maxInScopeToReview) {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (Outcome o : outcomes) {
            for (Candidate c : o.routing().candidates()) {
                if (c.features().rank() == 0) {
                    x.add(c.features().vector());
                    y.add(RoutingEvaluation.isRight(o.ticket(), c.item()) ? 1.0 : 0.0);
                }
            }
        }
        if (x.isEmpty()) {
            throw new IllegalArgumentException("No ticket has a candidate: nothing to fit the confidence model on");
        }
        double[] w = new double[x.getFirst().length + 1];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] gradient = new double[w.length];
            for (int i = 0; i < x.size(); i++) {
                double error = ConfidenceModel.logistic(w, x.get(i)) - y.get(i);
                gradient[0] += error;
                for (int j = 1; j < w.length; j++) {
                    gradient[j] += error * x.get(i)[j - 1];
                }
            }
            for (int j = 0; j < w.length; j++) {
                w[j] -= LEARNING_RATE * (gradient[j] / x.size() + (regularized(j) ? L2 * w[j] : 0));
            }
        }
        ConfidenceModel model = start.withWeights(w);
        return model.withThreshold(threshold(model, outcomes, maxInScopeToReview));
    }

    /**
     * The threshold that sends the most out-of-scope tickets to review while keeping in-scope ones within the budget.
     * Every threshold between the highest top confidence it sends to review and the lowest it dispatches decides the
     * tickets alike; the highest of them would sit on an in-scope ticket, so that on new tickets about half of those
     * as confident would go to review. The threshold is set midway (the widest margin on both sides).
     */
    public static double threshold(ConfidenceModel model, List<Outcome> outcomes, double maxInScopeToReview) {
        List<Double> inScopeTop = new ArrayList<>();
        List<Double> allTop = new ArrayList<>();
        for (Outcome o : outcomes) {
            double top = o.routing().candidates().isEmpty() ? 0.0
                    : model.probability(o.routing().candidates().getFirst().features());
            allTop.add(top);
            if (o.ticket().inScope()) {
                inScopeTop.add(top);
            }
        }
        if (inScopeTop.isEmpty()) {
            return 0.5;
        }
        inScopeTop.sort(Double::compare);
        int allowed = (int) Math.floor(maxInScopeToReview * inScopeTop.size());
        // Tickets strictly below the threshold go to review: the (allowed)-th lowest in-scope confidence may be it.
        double highest = inScopeTop.get(Math.min(allowed, inScopeTop.size() - 1));
        double belowIt = allTop.stream().filter(c -> c < highest).max(Double::compare).orElse(0.0);
        return (belowIt + highest) / 2;
    }

    /**
     * Every weight but the intercept's is pulled towards zero, except the outside-matter one: that feature fires on
     * few tickets by design, and only where the thesaurus names a matter no list covers (it never fired on an in-scope
     * ticket of the labelled sets), so shrinking it would discard what it was written to say.
     */
    private static boolean regularized(int weight) {
        return weight != 0 && weight != ConfidenceModel.OUTSIDE_WEIGHT;
    }
}
