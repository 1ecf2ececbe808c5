package org.dutylists.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dutylists.routing.evaluation.EvaluateRoutingCommand;
import org.dutylists.routing.evaluation.RealMessages;
import org.dutylists.routing.evaluation.RoutingEvaluation;
import org.dutylists.routing.evaluation.RoutingEvaluation.Figures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The quality regression test: the deployed engine (models, thesaurus, example requests) on the labelled sets, each
 * without its own example requests, must not fall below floors a little under the figures measured when the floors
 * were set (see the README's routing figures). Raise a floor when the engine improves; a change that lowers a figure
 * below its floor has made routing worse.
 */
@QuarkusTest
class RoutingQualityTests {
    private static final Path DEV = Path.of("..", "shared", "routing", "dev.jsonl");
    private static final Path REAL = Path.of("src", "test", "resources", "routing", "real");

    @Inject
    EvaluateRoutingCommand evaluation;

    /** Floors: lead-unit top-1, item hit@3, out-of-scope recall at least; in-scope sent to review at most. */
    private record Floors(double lead, double hitAt3, double outOfScopeRecall, double inScopeToReview) {
    }

    @Test
    void writtenTicketsNeverSeenByTheModels() throws IOException {
        // fresh-tickets-2 fits nothing and gives no example request (measured 0.948 / 0.981 / 0.933, 5.9 %).
        assertAtLeast(Path.of("src", "test", "resources", "routing", "fresh-tickets-2.jsonl"),
                new Floors(0.92, 0.95, 0.88, 0.08));
    }

    @Test
    void theWrittenDevSet() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(DEV), "Skipped: " + DEV + " (the shared dev set) is not here");
        // Measured 0.953 / 0.984 / 1.000, 4.7 %; the dispatch threshold is set on it.
        assertAtLeast(DEV, new Floors(0.92, 0.95, 0.85, 0.07));
    }

    @Test
    void realMessagesTheModelsWereFittedOn() throws IOException {
        Assumptions.assumeTrue(RealMessages.available(), "Skipped: " + RealMessages.location()
                + " (the real messages) is not here; the labels name messages by ID only");
        // Measured 0.514 / 0.686 / 0.897, 65.7 % (in-sample for the ranking and confidence weights).
        assertAtLeast(REAL.resolve("real-fit.jsonl"), new Floors(0.48, 0.65, 0.85, 0.70));
    }

    @Test
    void realMessagesHeldOut() throws IOException {
        Assumptions.assumeTrue(RealMessages.available(), "Skipped: " + RealMessages.location()
                + " (the real messages) is not here; the labels name messages by ID only");
        // Measured 0.557 / 0.648 / 0.880, 65.9 % (nothing fitted or tuned on it; it decided only that embeddings
        // stay off, as the issue asked). 88 in scope: a ticket is 1.1 points.
        assertAtLeast(REAL.resolve("real-held-out.jsonl"), new Floors(0.52, 0.60, 0.83, 0.70));
    }

    private void assertAtLeast(Path set, Floors floors) throws IOException {
        List<RoutingEvaluation.Outcome> outcomes = evaluation.outcomes(set);
        Figures f = RoutingEvaluation.figures(outcomes);
        String measured = String.format(java.util.Locale.ROOT, "%s: lead %.3f, hit@3 %.3f, out-of-scope recall %.3f,"
                + " in-scope to review %.3f", set.getFileName(), f.leadTop1(), f.hitAt3(), f.outOfScopeRecall(),
                f.inScopeSentToReview());
        assertThat(f.leadTop1()).as(measured).isGreaterThanOrEqualTo(floors.lead());
        assertThat(f.hitAt3()).as(measured).isGreaterThanOrEqualTo(floors.hitAt3());
        assertThat(f.outOfScopeRecall()).as(measured).isGreaterThanOrEqualTo(floors.outOfScopeRecall());
        assertThat(f.inScopeSentToReview()).as(measured).isLessThanOrEqualTo(floors.inScopeToReview());
    }
}
