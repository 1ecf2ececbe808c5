package org.dutylists.benchmarks;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dutylists.routing.evaluation.RealMessages;
import org.dutylists.catalogue.CatalogueService;
import org.dutylists.catalogue.TownshipDirectory;
import org.dutylists.routing.RoutingEngine;
import org.dutylists.routing.RoutingModel;
import org.dutylists.routing.RoutingService;
import org.dutylists.routing.examples.ExampleRequests;
import org.dutylists.routing.examples.ShippedExampleRequests;
import org.dutylists.routing.index.RoutableItems;
import org.dutylists.routing.index.RoutingAnalyzers;
import org.dutylists.routing.index.TownshipIndex;
import org.dutylists.routing.index.TownshipIndexes;
import org.dutylists.routing.thesaurus.CurrentThesaurus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints in-process routing latency for 金厂沟梁镇 (255 items): the engine alone, and the whole service call with
 * passages and the answer built, over a few hundred different requests; and how long an index takes to build. Run
 * with {@code src/scripts/benchmark-routing}; excluded from the test suite.
 */
@QuarkusTest
@Tag("benchmark")
class RoutingBenchmark {
    private static final String TOWNSHIP = "150430106";
    private static final int WARMUP = 3000;
    private static final int MEASURED = 10000;

    @Inject
    TownshipIndexes indexes;

    @Inject
    ShippedExampleRequests examples;

    @Inject
    TownshipDirectory directory;

    @Inject
    CatalogueService catalogue;

    @Inject
    CurrentThesaurus thesaurus;

    @Inject
    RoutingModel model;

    @Inject
    RoutingService routing;

    @Test
    void routingLatencyForA255ItemTownship() {
        TownshipIndex index = indexes.of(TOWNSHIP).orElseThrow();
        List<String> requests = requests(index);
        System.out.printf(Locale.ROOT, "%n== In-process routing, township %s: %d items, %d distinct requests%n",
                TOWNSHIP, index.items().size(), requests.size());

        TownshipIndex withoutExamples = indexes.build(directory.township(TOWNSHIP).orElseThrow(),
                ExampleRequests.NONE);
        for (int i = 0; i < WARMUP; i++) {
            model.engine().route(index, thesaurus.get(), requests.get(i % requests.size()));
            model.engine().route(withoutExamples, thesaurus.get(), requests.get(i % requests.size()));
            routing.route(TOWNSHIP, null, requests.get(i % requests.size()), "q", null, Optional.empty());
        }
        // Twice in turn, so that neither gains from running after the other (the JIT, the heap).
        for (int round = 1; round <= 2; round++) {
            report("engine (analyse, thesaurus, search, confidence)", measure(requests,
                    text -> model.engine().route(index, thesaurus.get(), text)));
            report("engine without example requests (comparison)", measure(requests,
                    text -> model.engine().route(withoutExamples, thesaurus.get(), text)));
        }
        report("service (+ township lookup, passages, answer)", measure(requests,
                text -> routing.route(TOWNSHIP, null, text, "q", null, Optional.empty())));
        Map<String, TownshipIndex.WeightedTerms> analysed = new HashMap<>();
        requests.forEach(r -> analysed.put(r, RoutingEngine.lexicalQuery(index, thesaurus.get(), null, r).terms()));
        report("  of which: nearest example requests", measure(requests,
                text -> index.nearestExamples(analysed.get(text))));

        RoutingAnalyzers analyzers = new RoutingAnalyzers();
        var items = catalogue.currentItems(TOWNSHIP).stream().map(RoutableItems::of).toList();
        List<Long> builds = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            TownshipIndex.build(TOWNSHIP, List.of("金厂沟梁镇", "敖汉旗", "赤峰市", "内蒙古自治区"), 0, items, analyzers,
                    examples.get());
            builds.add(System.nanoTime() - start);
        }
        builds.sort(Long::compare);
        System.out.printf(Locale.ROOT, "index build (%d items, %d example requests): median %.1f ms, max %.1f ms%n%n",
                items.size(), examples.get().size(),
                builds.get(5) / 1e6, builds.getLast() / 1e6);
    }

    /**
     * Real citizens' messages (../shared/real, when it is here): long and narrative, up to 7,000 characters (cut to the
     * 5,000 the API accepts). Each message is routed with its subject line, as a hotline ticket with a title.
     */
    @Test
    void routingLatencyForRealMessages() throws java.io.IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(RealMessages.available(),
                "Skipped: the real messages (../shared/real) are not here");
        TownshipIndex index = indexes.of(TOWNSHIP).orElseThrow();
        List<RealMessages.Message> messages = List.copyOf(RealMessages.read(new com.fasterxml.jackson.databind
                .ObjectMapper(), RealMessages.location()).values());
        List<RealMessages.Message> longest = messages.stream()
                .filter(m -> m.text().length() >= 2000).toList();
        for (int i = 0; i < WARMUP; i++) {
            RealMessages.Message m = messages.get(i % messages.size());
            model.engine().route(index, thesaurus.get(), m.subject(), cut(m.text()), Optional.empty());
        }
        System.out.printf(Locale.ROOT, "%n== Real messages, township %s: %d messages (%d of 2,000 characters or more)%n",
                TOWNSHIP, messages.size(), longest.size());
        RoutingEngine lexical = model.engine().lexicalOnly();
        // In turn, so that neither gains from running after the other.
        for (int round = 1; round <= 2; round++) {
            report("engine, real messages", measureMessages(messages, index, model.engine()));
            report("engine without embeddings, real messages", measureMessages(messages, index, lexical));
            report("engine, real messages of 2,000+ characters", measureMessages(longest, index, model.engine()));
            report("engine without embeddings, 2,000+ characters", measureMessages(longest, index, lexical));
        }
    }

    private List<Long> measureMessages(List<RealMessages.Message> messages, TownshipIndex index,
            RoutingEngine engine) {
        List<Long> latencies = new ArrayList<>(messages.size());
        for (RealMessages.Message m : messages) {
            String text = cut(m.text());
            long start = System.nanoTime();
            engine.route(index, thesaurus.get(), m.subject(), text, Optional.empty());
            latencies.add(System.nanoTime() - start);
        }
        latencies.sort(Long::compare);
        return latencies;
    }

    private static String cut(String text) {
        return text.length() <= RoutingService.MAX_TEXT_LENGTH ? text : text.substring(0, RoutingService.MAX_TEXT_LENGTH);
    }

    /** Requests of many shapes: colloquial questions and hotline tickets, and fragments of each item's own text. */
    private static List<String> requests(TownshipIndex index) {
        List<String> requests = new ArrayList<>(List.of("我家旁边有人往河里倒垃圾，找谁?", "村口河道里有人倒建筑垃圾",
                "隔壁邻居在耕地上盖房子，找谁管？", "想给家里申请低保，需要准备什么材料？", "我家低保金这个月没打到卡上",
                "地里有人烧秸秆，烟呛得喘不过气", "来电人反映：小区楼下饭店油烟太大，晚上噪音扰民，要求处理。",
                "我想办护照，去哪里办？", "网购的衣服质量不好，商家不给退货怎么办"));
        for (var item : index.items()) {
            String title = item.title().isBlank() ? item.penaltyPowers().getFirst() : item.title();
            requests.add("请问" + title.substring(0, Math.min(18, title.length())) + "找谁？");
        }
        return requests;
    }

    private static List<Long> measure(List<String> requests, java.util.function.Consumer<String> call) {
        List<Long> latencies = new ArrayList<>(MEASURED);
        for (int i = 0; i < MEASURED; i++) {
            String text = requests.get(i % requests.size());
            long start = System.nanoTime();
            call.accept(text);
            latencies.add(System.nanoTime() - start);
        }
        latencies.sort(Long::compare);
        return latencies;
    }

    private static void report(String what, List<Long> sorted) {
        double total = sorted.stream().mapToLong(Long::longValue).sum() / 1e9;
        System.out.printf(Locale.ROOT, "%-50s %6.0f calls/s  p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.3f ms%n",
                what, sorted.size() / total, at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99),
                sorted.getLast() / 1e6);
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(quantile * (sorted.size() - 1)))) / 1e6;
    }
}
