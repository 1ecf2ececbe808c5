package org.dutylists.routing.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.dutylists.catalogue.CatalogueService;
import org.dutylists.routing.ConfidenceModel;
import org.dutylists.routing.RankingModel;
import org.dutylists.routing.RoutingEngine;
import org.dutylists.routing.RoutingModel;
import org.dutylists.routing.RoutingService;
import org.dutylists.routing.evaluation.RoutingEvaluation.LabelledTicket;
import org.dutylists.routing.evaluation.RoutingEvaluation.Outcome;
import org.dutylists.routing.examples.ExampleRequests;
import org.dutylists.routing.examples.ShippedExampleRequests;
import org.dutylists.routing.index.RoutableItems;
import org.dutylists.routing.index.RoutingAnalyzers;
import org.dutylists.routing.index.TownshipIndex;
import org.dutylists.routing.index.TownshipIndexes;
import org.dutylists.routing.thesaurus.CurrentThesaurus;
import org.dutylists.routing.thesaurus.Thesaurus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evaluate-routing FILE}: runs the routing engine, as deployed (indexes from the database, the loaded
 * thesaurus, the shipped confidence model), over labelled tickets and prints its figures beside a plain BM25 baseline
 * (same analyzer, no thesaurus, no structure) measured in the same run.
 */
@Dependent
@Command(name = "evaluate-routing", mixinStandardHelpOptions = true,
        description = "Measure routing on labelled tickets (JSON lines) against a plain BM25 baseline.")
public class EvaluateRoutingCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Labelled tickets, one JSON object per line;"
            + " several files are measured one by one, and fitted on together.")
    List<Path> files;

    @Option(names = "--details", description = "Print every ticket's outcome.")
    boolean details;

    @Option(names = "--fit", paramLabel = "MODEL_JSON",
            description = "Fit the confidence model and dispatch threshold on FILE and write them to MODEL_JSON.")
    Path fitTo;

    @Option(names = "--fit-ranking", paramLabel = "MODEL_JSON",
            description = "Fit the ranking model on FILE, print its cross-validated figures and write it to"
                    + " MODEL_JSON.")
    Path fitRankingTo;

    @Option(names = "--threshold-on", paramLabel = "FILE",
            description = "With --fit: choose the dispatch threshold on these tickets instead of FILE's (fit the"
                    + " weights on many tickets, set the operating point on the set the targets are measured on);"
                    + " repeat it for several sets: the threshold keeps each set within its in-scope review budget,"
                    + " --max-in-scope-review unless the file is followed by @SHARE (dev.jsonl@0.05).")
    List<String> thresholdOn;

    @Option(names = "--max-in-scope-review", defaultValue = "0.05",
            description = "With --fit: the share of in-scope tickets the threshold may send to manual review.")
    double maxInScopeReview;

    @Option(names = "--engine", defaultValue = "lexical", paramLabel = "lexical|semantic",
            description = "The engine to measure and fit: lexical (deployed by default) or semantic (with sentence"
                    + " embeddings, deployed when dutylists.routing.embeddings.enabled is true). With embeddings"
                    + " enabled in this run (the script enables them), each set is also measured with the other.")
    String engineName;

    @Option(names = "--folds", defaultValue = "4", description = "Cross-validation folds for the decision figures.")
    int folds;

    @Inject
    TownshipIndexes indexes;

    @Inject
    CatalogueService catalogue;

    @Inject
    CurrentThesaurus thesaurus;

    @Inject
    RoutingModel model;

    @Inject
    RoutingService routing;

    @Inject
    ObjectMapper json;

    @Inject
    ShippedExampleRequests shippedExamples;

    PrintWriter out = new PrintWriter(System.out, true);

    private final Map<String, List<Outcome>> otherOutcomes = new LinkedHashMap<>();

    /** The engine measured and fitted (--engine). */
    private RoutingEngine base() {
        return semantic() ? model.semantic() : model.lexical();
    }

    private boolean semantic() {
        return "semantic".equals(engineName);
    }

    /** A labelled set: its name (the file's, as example requests record it) and its tickets. */
    record TicketSet(String name, List<LabelledTicket> tickets) {
    }

    @Override
    public Integer call() throws IOException {
        if (!List.of("lexical", "semantic").contains(engineName)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--engine is lexical or semantic");
        }
        if (semantic() && !model.embeddingsEnabled()) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--engine semantic needs"
                    + " dutylists.routing.embeddings.enabled=true (indexes with the items' embeddings)");
        }
        List<TicketSet> sets = new ArrayList<>();
        for (Path f : files) {
            sets.add(new TicketSet(ExampleRequests.setName(f), RoutingEvaluation.readTickets(json, f)));
        }
        RoutingEngine current = base();
        if (fitRankingTo != null || fitTo != null) {
            current = fit(sets, current);
        }
        Map<String, List<Outcome>> measured = new LinkedHashMap<>();
        for (TicketSet set : sets) {
            out.printf(Locale.ROOT, "%n=== %s ===%n", set.name());
            measured.put(set.name(), measure(set, current));
        }
        if (sets.size() > 1) {
            out.println();
            out.println("Summary (engine " + (semantic() ? "with" : "without")
                    + " sentence embeddings; each set without its own example requests):");
            measured.forEach((name, outcomes) -> out.print(RoutingEvaluation.render(name, outcomes)));
            if (!otherOutcomes.isEmpty()) {
                out.println("Summary (engine " + (semantic() ? "without" : "with") + " sentence embeddings):");
                otherOutcomes.forEach((name, outcomes) -> out.print(RoutingEvaluation.render(name, outcomes)));
            }
        }
        out.flush();
        return 0;
    }

    /**
     * The deployed engine's outcomes on a labelled file, measured without the set's own example requests (the quality
     * regression test's measure).
     */
    public List<Outcome> outcomes(Path file) throws IOException {
        TicketSet set = new TicketSet(ExampleRequests.setName(file), RoutingEvaluation.readTickets(json, file));
        return RoutingEvaluation.run(model.engine(), indexesFor(List.of(set)), thesaurus.get(), set.tickets());
    }

    /**
     * Fits the ranking model (with --fit-ranking) and the confidence model (with --fit) on all the sets together,
     * writes them, and returns the engine that uses them.
     */
    private RoutingEngine fit(List<TicketSet> sets, RoutingEngine current) throws IOException {
        List<LabelledTicket> tickets = sets.stream().flatMap(s -> s.tickets().stream()).toList();
        Function<String, TownshipIndex> deployed = indexesFor(sets);
        // With --fit-ranking, everything below runs the newly fitted ranking model, and --fit fits the confidence
        // model on tickets ranked by models that did not see them (the cross-validation folds).
        List<Outcome> rankedHeldOut = null;
        if (fitRankingTo != null) {
            if (folds < 2) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--fit-ranking needs --folds 2 or"
                        + " more: the confidence model is fitted on tickets ranked by models that did not see them");
            }
            FittedRanking fitted = fitRanking(tickets, deployed);
            current = current.withRanking(fitted.model());
            rankedHeldOut = fitted.heldOut();
        }
        if (fitTo == null) {
            return current;
        }
        List<Outcome> training = rankedHeldOut != null ? rankedHeldOut
                : RoutingEvaluation.run(current, deployed, thesaurus.get(), tickets);
        ConfidenceModel fitted = ConfidenceFit.fit(current.confidenceModel(), training, maxInScopeReview);
        if (thresholdOn != null && !thresholdOn.isEmpty()) {
            double threshold = 1;
            for (String operating : thresholdOn) {
                java.util.regex.Matcher share = java.util.regex.Pattern.compile("^(.*)@(0?\\.\\d+|1(\\.0*)?|0)$")
                        .matcher(operating);
                Path f = Path.of(share.matches() ? share.group(1) : operating);
                double budget = share.matches() ? Double.parseDouble(share.group(2)) : maxInScopeReview;
                TicketSet set = new TicketSet(ExampleRequests.setName(f), RoutingEvaluation.readTickets(json, f));
                List<Outcome> outcomes = RoutingEvaluation.run(current.withConfidence(fitted),
                        indexesFor(List.of(set)), thesaurus.get(), set.tickets());
                double forSet = ConfidenceFit.threshold(fitted, outcomes, budget);
                out.printf(Locale.ROOT, "Dispatch threshold for %s (at most %.0f %% of in-scope to review): %.3f%n",
                        set.name(), budget * 100, forSet);
                // The lowest keeps every set within its budget.
                threshold = Math.min(threshold, forSet);
            }
            fitted = fitted.withThreshold(threshold);
        }
        json.writerWithDefaultPrettyPrinter().writeValue(fitTo.toFile(), fitted);
        out.printf(Locale.ROOT, "%nFitted confidence model written to %s (dispatch threshold %.3f)%n", fitTo,
                fitted.dispatchThreshold());
        return current.withConfidence(fitted);
    }

    /** Measures one set: the engine, the plain BM25 baseline, calibration, and the confidence model cross-validated. */
    private List<Outcome> measure(TicketSet set, RoutingEngine current) {
        List<LabelledTicket> tickets = set.tickets();
        Function<String, TownshipIndex> deployed = indexesFor(List.of(set));
        Map<String, TownshipIndex> plain = new HashMap<>();
        RoutingAnalyzers analyzers = new RoutingAnalyzers();
        Function<String, TownshipIndex> baselineIndex = name -> plain.computeIfAbsent(name, n -> {
            String id = routing.township(n).id();
            return TownshipIndex.build(TownshipIndex.Layout.PLAIN, id, List.of(), 0,
                    catalogue.currentItems(id).stream().map(RoutableItems::of).toList(), analyzers,
                    ExampleRequests.NONE);
        });

        long start = System.nanoTime();
        List<Outcome> engine = RoutingEvaluation.run(current, deployed, thesaurus.get(), tickets);
        long elapsed = System.nanoTime() - start;
        ConfidenceModel shipped = current.confidenceModel();
        // The baseline gets a confidence model and threshold fitted in-sample on the same tickets: its figures are,
        // if anything, flattered.
        RoutingEngine plainEngine = model.lexical().withRanking(RankingModel.byIndexScore());
        List<Outcome> baselineFirst = RoutingEvaluation.run(plainEngine, baselineIndex, Thesaurus.EMPTY, tickets);
        ConfidenceModel baselineModel = ConfidenceFit.fit(shipped, baselineFirst, maxInScopeReview);
        List<Outcome> baseline = RoutingEvaluation.run(plainEngine.withConfidence(baselineModel), baselineIndex,
                Thesaurus.EMPTY, tickets);

        out.printf(Locale.ROOT,
                "%d tickets (%d in scope), thesaurus version %d with %d entries, %.2f ms per ticket%n%n",
                tickets.size(), tickets.stream().filter(LabelledTicket::inScope).count(), thesaurus.get().version(),
                thesaurus.get().size(), elapsed / 1e6 / tickets.size());
        out.print(RoutingEvaluation.render("Engine " + (semantic() ? "with" : "without")
                + " sentence embeddings (structure + thesaurus + confidence model):", engine));
        if (model.embeddingsEnabled()) {
            RoutingEngine other = semantic() ? model.lexical() : model.semantic();
            otherOutcomes.put(set.name(), RoutingEvaluation.run(other, deployed, thesaurus.get(), tickets));
            out.print(RoutingEvaluation.render("Engine " + (semantic() ? "without" : "with")
                    + " sentence embeddings (its own fitted models):", otherOutcomes.get(set.name())));
        }
        out.print(RoutingEvaluation.render("Baseline (plain BM25, same analyzer, no thesaurus, no structure):",
                baseline));
        out.println();
        printCalibration("Calibration of the engine's top candidates (confidence bin: mean confidence vs share right)",
                engine);
        out.printf(Locale.ROOT, "  expected calibration error: %.3f%n",
                RoutingEvaluation.expectedCalibrationError(engine, 5));

        if (folds > 1 && fitTo == null && fitRankingTo == null) {
            List<Outcome> crossValidated = crossValidate(current, tickets, engine, shipped, deployed);
            out.println();
            out.print(RoutingEvaluation.render("Engine with the confidence model refitted in " + folds
                    + "-fold cross-validation on this set (decisions on held-out folds):", crossValidated));
            out.printf(Locale.ROOT, "  expected calibration error: cross-validated %.3f%n",
                    RoutingEvaluation.expectedCalibrationError(crossValidated, 5));
        }
        if (details) {
            out.println();
            engine.forEach(o -> out.println(describe(o)));
        }
        return engine;
    }

    /**
     * The deployed indexes, except that tickets are measured without the example requests taken from them: neither
     * those of their set (by name) nor any with the text of one of them (a copy or merge under another name). Each
     * ticket would otherwise find itself.
     */
    private Function<String, TownshipIndex> indexesFor(List<TicketSet> sets) {
        ExampleRequests others = shippedExamples.get();
        Set<String> texts = new HashSet<>();
        for (TicketSet set : sets) {
            others = others.without(set.name());
            set.tickets().forEach(t -> texts.add(t.fullText()));
        }
        others = others.withoutTexts(texts);
        if (others.size() == shippedExamples.get().size()) {
            return name -> indexes.of(routing.township(name).id()).orElseThrow();
        }
        out.printf(Locale.ROOT, "%s: measured without their own %d example requests (%d others remain)%n",
                sets.stream().map(TicketSet::name).toList(), shippedExamples.get().size() - others.size(),
                others.size());
        ExampleRequests remaining = others;
        Map<String, TownshipIndex> built = new HashMap<>();
        return name -> built.computeIfAbsent(name, n -> indexes.build(routing.township(n), remaining));
    }

    /** A fitted ranking model and the tickets as ranked by models fitted without them. */
    private record FittedRanking(RankingModel model, List<Outcome> heldOut) {
    }

    /**
     * Fits the ranking model on all tickets and writes it; to show how it generalizes, and for the confidence fit,
     * also fits it on all folds but one and ranks that fold's tickets with it.
     */

    private FittedRanking fitRanking(List<LabelledTicket> tickets, Function<String, TownshipIndex> indexOf)
            throws IOException {
        List<RankingFit.Sample> samples = new ArrayList<>();
        int inScope = 0;
        int inPool = 0;
        for (LabelledTicket ticket : tickets) {
            TownshipIndex index = indexOf.apply(ticket.township());
            List<RoutingEngine.PoolEntry> pool = RoutingEngine.pool(index,
                    base().query(index, thesaurus.get(), ticket.subject(), ticket.text()));
            double[][] x = new double[pool.size()][];
            boolean[] right = new boolean[pool.size()];
            for (int i = 0; i < pool.size(); i++) {
                x[i] = pool.get(i).features();
                right[i] = RoutingEvaluation.isRight(ticket, pool.get(i).hit().item());
            }
            samples.add(new RankingFit.Sample(x, right));
            inScope += ticket.inScope() ? 1 : 0;
            inPool += samples.getLast().informative() ? 1 : 0;
        }
        out.printf(Locale.ROOT, "Ranking: the right item is among the index's hits for %d of %d in-scope tickets%n",
                inPool, inScope);
        RankingModel fitted = RankingFit.fit(samples);
        List<Outcome> crossValidated = acrossFolds(tickets, indexOf, training -> base().withRanking(
                RankingFit.fit(training.stream().map(samples::get).toList())));
        out.print(RoutingEvaluation.render("Engine with the ranking model fitted in " + folds
                + "-fold cross-validation (ranks on held-out folds; shipped confidence model):", crossValidated));
        json.writerWithDefaultPrettyPrinter().writeValue(fitRankingTo.toFile(), fitted);
        out.printf(Locale.ROOT, "Fitted ranking model written to %s: %s%n%n", fitRankingTo, fitted.weightsByName());
        return new FittedRanking(fitted, crossValidated);
    }

    /** Refits the confidence model on all folds but one and decides that fold's tickets with it. */
    private List<Outcome> crossValidate(RoutingEngine current, List<LabelledTicket> tickets, List<Outcome> engine,
            ConfidenceModel shipped, Function<String, TownshipIndex> indexOf) {
        return acrossFolds(tickets, indexOf, training -> current.withConfidence(ConfidenceFit.fit(shipped,
                training.stream().map(engine::get).toList(), maxInScopeReview)));
    }

    /**
     * Routes each fold's tickets (every {@code folds}-th ticket) with an engine made from the other tickets only.
     *
     * @param fittedOn makes an engine from the positions of the training tickets
     */
    private List<Outcome> acrossFolds(List<LabelledTicket> tickets, Function<String, TownshipIndex> indexOf,
            Function<List<Integer>, RoutingEngine> fittedOn) {
        List<Outcome> result = new ArrayList<>(Collections.nCopies(tickets.size(), null));
        for (int fold = 0; fold < folds; fold++) {
            List<Integer> training = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < tickets.size(); i++) {
                (i % folds == fold ? held : training).add(i);
            }
            List<Outcome> routed = RoutingEvaluation.run(fittedOn.apply(training), indexOf, thesaurus.get(),
                    held.stream().map(tickets::get).toList());
            for (int k = 0; k < held.size(); k++) {
                result.set(held.get(k), routed.get(k));
            }
        }
        return result;
    }

    private void printCalibration(String title, List<Outcome> outcomes) {
        out.println(title);
        for (double[] row : RoutingEvaluation.calibration(outcomes, 5)) {
            out.printf(Locale.ROOT, "  [%.1f, %.1f): mean confidence %.3f, right %.3f, n=%d%n", row[0], row[1],
                    row[2], row[3], (int) row[4]);
        }
    }

    private static String describe(Outcome o) {
        var c = o.routing().candidates();
        String top = c.isEmpty() ? "-" : c.getFirst().item().id() + " (" + String.format(Locale.ROOT, "%.3f",
                c.getFirst().confidence()) + ") → " + c.getFirst().units().getFirst().name();
        String verdict = o.ticket().inScope()
                ? (o.correctRank() == 0 ? "HIT " : o.correctRank() > 0 ? "R" + (o.correctRank() + 1) + "  " : "MISS")
                        + (o.leadCorrect() ? " lead-ok " : " lead-no ")
                : (o.routing().decision() == RoutingEngine.Decision.MANUAL_REVIEW ? "OOS-ok         "
                        : "OOS-dispatched ");
        return verdict + " " + o.ticket().id() + " " + o.routing().decision()
                + (o.routing().reason() == null ? "" : "/" + o.routing().reason()) + " top " + top;
    }
}
