package org.dutylists.routing;

/**
 * Turns a hit's features into the probability that it is a right answer (logistic regression, fitted on labelled
 * tickets by the evaluation command), and decides between dispatching and manual review.
 */
public record ConfidenceModel(double intercept, double logScore, double relevance, double margin, double coverage,
        double thesaurus, double known, double concepts, double outside, double exampleNearness,
        double outsideExampleNearness, double messageLength, double similarity, double dispatchThreshold,
        double ambiguousMargin) {

    /**
     * What is known about a hit when its confidence is computed. {@code relevance} is the ranking model's share of the
     * hit among all hits (softmax of the ranking scores); {@code margin} its lead over the best other hit's share:
     * positive for the top hit, negative for the others. {@code exampleNearness} is how near the request is to the
     * hit's example requests against the nearest of all; {@code outsideExampleNearness} the same for requests no list
     * covers.
     */
    public record Features(double score, double relevance, double margin, double coverage, boolean thesaurusHit,
            double known, double concepts, boolean outsideMatter, double exampleNearness, double outsideExampleNearness,
            int length, double similarity, int rank) {
        public double[] vector() {
            return new double[] {Math.log1p(score), relevance, margin, coverage, thesaurusHit ? 1 : 0, known, concepts,
                outsideMatter ? 1 : 0, exampleNearness, outsideExampleNearness, scaledLength(length), similarity};
        }

        /**
         * The request's length, log-scaled to about 0–1: a long narrative message matches many items on its story,
         * so the same scores mean less than for a brief ticket.
         */
        static double scaledLength(int length) {
            return Math.log1p(length) / 10;
        }
    }

    public enum Verdict {
        DISPATCH,
        AMBIGUOUS,
        NO_MATCH
    }

    public double probability(Features f) {
        return logistic(weights(), f.vector());
    }

    /** The position of {@code outside} in {@link #weights()}. */
    public static final int OUTSIDE_WEIGHT = 8;

    /** The intercept, then the weight of each entry of {@link Features#vector()}, in its order. */
    public double[] weights() {
        return new double[] {intercept, logScore, relevance, margin, coverage, thesaurus, known, concepts, outside,
            exampleNearness, outsideExampleNearness, messageLength, similarity};
    }

    /** The logistic function of an intercept ({@code w[0]}) plus weights ({@code w[1..]}) times features. */
    public static double logistic(double[] w, double[] x) {
        double z = w[0];
        for (int j = 1; j < w.length; j++) {
            z += w[j] * x[j - 1];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Dispatch when the best candidate is likely enough right. Otherwise the matter goes to manual review: AMBIGUOUS
     * when several candidates are each plausible (together likely enough, none alone), NO_MATCH when none is.
     */
    public Verdict verdict(double topConfidence, double secondConfidence) {
        if (topConfidence >= dispatchThreshold) {
            return Verdict.DISPATCH;
        }
        return topConfidence + secondConfidence >= dispatchThreshold
                && secondConfidence >= topConfidence * (1 - ambiguousMargin) ? Verdict.AMBIGUOUS : Verdict.NO_MATCH;
    }

    public ConfidenceModel withThreshold(double threshold) {
        return new ConfidenceModel(intercept, logScore, relevance, margin, coverage, thesaurus, known, concepts,
                outside, exampleNearness, outsideExampleNearness, messageLength, similarity, threshold,
                ambiguousMargin);
    }

    public ConfidenceModel withWeights(double[] w) {
        return new ConfidenceModel(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10], w[11], w[12],
                dispatchThreshold, ambiguousMargin);
    }
}
