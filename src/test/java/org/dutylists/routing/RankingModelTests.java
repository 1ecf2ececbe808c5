package org.dutylists.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dutylists.routing.RankingFeatures.Feature;
import org.dutylists.routing.evaluation.RankingFit;
import org.junit.jupiter.api.Test;

/**
 * The routing models as data: how they are read, and that fitting the ranking learns which features find the right
 * item.
 */
class RankingModelTests {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theShippedModelNamesEveryFeature() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RoutingModel.RANKING)) {
            RankingModel shipped = json.readValue(in, RankingModel.class);
            assertThat(shipped.weightsByName()).containsOnlyKeys(
                    java.util.Arrays.stream(Feature.values()).map(Feature::name).toList());
            // Where the request's words are found in an item's name must count for it, not against it.
            assertThat(shipped.weightsByName().get(Feature.TITLE_EXPLAINED.name())).isPositive();
        }
    }

    @Test
    void refusesAModelWithAMissingOrUnknownWeight() throws Exception {
        ObjectNode model = json.valueToTree(RankingModel.byIndexScore());
        ((ObjectNode) model.get("weights")).remove(Feature.CONCEPTS.name());
        assertThatThrownBy(() -> json.treeToValue(model, RankingModel.class))
                .hasRootCauseMessage("A ranking model needs exactly the weights " + sortedFeatureNames()
                        + ", each a number; got "
                        + sortedFeatureNames().stream().filter(n -> !n.equals("CONCEPTS")).toList());

        ObjectNode stale = json.valueToTree(RankingModel.byIndexScore());
        ((ObjectNode) stale.get("weights")).put("BEST_PASSAGE", 1.0);
        assertThatThrownBy(() -> json.treeToValue(stale, RankingModel.class)).rootCause()
                .hasMessageContaining("BEST_PASSAGE");
    }

    @Test
    void refusesAConfidenceModelWithoutItsDispatchThreshold() throws Exception {
        ObjectNode model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RoutingModel.CONFIDENCE)) {
            model = (ObjectNode) json.readTree(in);
        }
        assertThat(RoutingModel.readModel(json, new java.io.ByteArrayInputStream(json.writeValueAsBytes(model)),
                ConfidenceModel.class).dispatchThreshold()).isBetween(0.0, 1.0);
        model.remove("dispatchThreshold");
        assertThatThrownBy(() -> RoutingModel.readModel(json, new java.io.ByteArrayInputStream(
                json.writeValueAsBytes(model)), ConfidenceModel.class)).hasMessageContaining("dispatchThreshold");
    }

    @Test
    void fittingLearnsWhichFeaturesPickTheRightHit() {
        // Synthetic tickets: the right hit has more of the request in its title; the index's score is noise.
        Random random = new Random(42);
        List<RankingFit.Sample> training = samples(random, 300);
        RankingModel fitted = RankingFit.fit(training);

        assertThat(fitted.weightsByName().get(Feature.TITLE_OWN.name()))
                .isGreaterThan(Math.abs(fitted.weightsByName().get(Feature.LOG_SCORE.name())) * 3);
        List<RankingFit.Sample> unseen = samples(random, 300);
        long rightFirst = unseen.stream().filter(s -> rightIsFirst(fitted, s)).count();
        long rightFirstByIndexScore = unseen.stream().filter(s -> rightIsFirst(RankingModel.byIndexScore(), s))
                .count();
        assertThat(rightFirst).isGreaterThan(270);
        assertThat(rightFirstByIndexScore).isLessThan(100);
    }

    private static List<RankingFit.Sample> samples(Random random, int tickets) {
        List<RankingFit.Sample> samples = new ArrayList<>();
        for (int t = 0; t < tickets; t++) {
            int hits = 10;
            int right = random.nextInt(hits);
            double[][] x = new double[hits][Feature.values().length];
            boolean[] isRight = new boolean[hits];
            for (int i = 0; i < hits; i++) {
                x[i][Feature.LOG_SCORE.ordinal()] = random.nextDouble() * 3;
                x[i][Feature.TITLE_OWN.ordinal()] = random.nextDouble() * 0.5 + (i == right ? 0.5 : 0);
                isRight[i] = i == right;
            }
            samples.add(new RankingFit.Sample(x, isRight));
        }
        return samples;
    }

    private static boolean rightIsFirst(RankingModel model, RankingFit.Sample sample) {
        int best = 0;
        for (int i = 1; i < sample.features().length; i++) {
            if (model.score(sample.features()[i]) > model.score(sample.features()[best])) {
                best = i;
            }
        }
        return sample.right()[best];
    }

    private static List<String> sortedFeatureNames() {
        return java.util.Arrays.stream(Feature.values()).map(Feature::name).sorted().toList();
    }
}
