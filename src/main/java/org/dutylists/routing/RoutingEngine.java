package org.dutylists.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dutylists.kernel.UnitRole;
import org.dutylists.kernel.UnitType;
import org.dutylists.routing.index.RoutableItem;
import org.dutylists.routing.index.RoutingAnalyzers;
import org.dutylists.routing.index.TownshipIndex;
import org.dutylists.routing.thesaurus.Thesaurus;
import org.dutylists.routing.thesaurus.ThesaurusFormat;

/**
 * Decides who handles a matter: expands the request with the thesaurus, searches the township's index, and turns
 * the best hits into ranked candidates with calibrated confidences, dispatching only when one item clearly applies.
 */
public final class RoutingEngine {
    /** Thesaurus terms count less than the request's own words. */
    static final float EXPANSION_WEIGHT = 0.7f;
    static final int MAX_CANDIDATES = 5;
    static final int SEARCH_DEPTH = 20;
    /** A caller's category hint is a hint: enough to settle a close call, not to override the text. */
    static final float CATEGORY_HINT_BOOST = 1.2f;

    private final ConfidenceModel confidence;

    public RoutingEngine(ConfidenceModel confidence) {
        this.confidence = confidence;
    }

    public ConfidenceModel confidenceModel() {
        return confidence;
    }

    public enum Decision {
        DISPATCH,
        MANUAL_REVIEW
    }

    public enum Reason {
        NO_MATCH,
        AMBIGUOUS
    }

    /** The answer for one request. {@code reason} is null when the decision is to dispatch. */
    public record Routing(Decision decision, Reason reason, List<Candidate> candidates, Query query) {
    }

    /** A ranked candidate item with its units (the lead first) and why it matched. */
    public record Candidate(RoutableItem item, double score, double confidence, List<RoutableItem.Unit> units,
            List<String> matchedTerms, ConfidenceModel.Features features) {
    }

    /**
     * What the request was turned into: its weighted terms, the thesaurus hits, and the share of its own words the
     * township's lists or the thesaurus know (a request about 快递 or 宽带 is mostly words no list uses).
     */
    public record Query(TownshipIndex.WeightedTerms terms, List<Thesaurus.Hit> thesaurusHits, double known) {
    }

    public Routing route(TownshipIndex index, Thesaurus thesaurus, String text) {
        return route(index, thesaurus, text, Optional.empty());
    }

    /** @param categoryHint a category code the caller believes the matter belongs to: its items rank a little higher */
    public Routing route(TownshipIndex index, Thesaurus thesaurus, String text,
            Optional<String> categoryHint) {
        String request = index.withoutPlaceNames(ThesaurusFormat.normalize(text));
        Query query = analyse(index, thesaurus, request);
        List<TownshipIndex.Hit> hits = hinted(index.search(query.terms(), SEARCH_DEPTH), categoryHint);
        if (hits.isEmpty()) {
            return new Routing(Decision.MANUAL_REVIEW, Reason.NO_MATCH, List.of(), query);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_CANDIDATES, hits.size()); i++) {
            TownshipIndex.Hit hit = hits.get(i);
            ConfidenceModel.Features features = features(hits, i, query);
            candidates.add(new Candidate(hit.item(), hit.score(), confidence.probability(features),
                    orderedUnits(index, hit.item(), query), matchedTerms(index, hit.item(), query), features));
        }
        // Ranked by how likely each is right, so that the first candidate is the one a dispatch would cite.
        candidates.sort(Comparator.comparingDouble(Candidate::confidence).reversed());
        ConfidenceModel.Verdict verdict = confidence.verdict(candidates.getFirst().confidence(),
                candidates.size() > 1 ? candidates.get(1).confidence() : 0);
        return switch (verdict) {
            case DISPATCH -> new Routing(Decision.DISPATCH, null, candidates, query);
            case NO_MATCH -> new Routing(Decision.MANUAL_REVIEW, Reason.NO_MATCH, candidates, query);
            case AMBIGUOUS -> new Routing(Decision.MANUAL_REVIEW, Reason.AMBIGUOUS, candidates, query);
        };
    }

    private static List<TownshipIndex.Hit> hinted(List<TownshipIndex.Hit> hits, Optional<String> hint) {
        if (hint.isEmpty()) {
            return hits;
        }
        return hits.stream()
                .map(h -> h.item().categoryCode().equals(hint.get())
                        ? new TownshipIndex.Hit(h.item(), h.score() * CATEGORY_HINT_BOOST, h.coverage()) : h)
                .sorted(Comparator.comparingDouble(TownshipIndex.Hit::score).reversed())
                .toList();
    }

    /**
     * The request's own words at full weight, thesaurus terms at a lower weight, fillers removed.
     *
     * @param normalized the request in {@link ThesaurusFormat#normalize} form
     */
    static Query analyse(TownshipIndex index, Thesaurus thesaurus, String normalized) {
        RoutingAnalyzers analyzers = index.analyzers();
        Thesaurus.Application applied = thesaurus.apply(normalized);
        Map<String, Float> words = new LinkedHashMap<>();
        Map<String, Float> bigrams = new LinkedHashMap<>();
        Map<String, Float> characters = new LinkedHashMap<>();
        analyzers.wordsOf(applied.remainingText()).forEach(w -> words.merge(w, 1f, Math::max));
        analyzers.bigramsOf(applied.remainingText()).forEach(b -> bigrams.merge(b, 1f, Math::max));
        analyzers.charactersOf(applied.remainingText()).forEach(c -> characters.merge(c, 1f, Math::max));
        for (String term : applied.terms()) {
            analyzers.wordsOf(term).forEach(w -> words.merge(w, EXPANSION_WEIGHT, Math::max));
            analyzers.bigramsOf(term).forEach(b -> bigrams.merge(b, EXPANSION_WEIGHT, Math::max));
        }
        return new Query(new TownshipIndex.WeightedTerms(words, bigrams, characters), applied.hits(),
                known(index, applied));
    }

    /** The share of the request's own words (two characters or more) the lists use or the thesaurus maps. */
    private static double known(TownshipIndex index, Thesaurus.Application applied) {
        List<String> own = index.analyzers().wordsOf(applied.remainingText()).stream().filter(w -> w.length() > 1)
                .distinct().toList();
        if (own.isEmpty()) {
            return applied.hits().stream().anyMatch(h -> !h.terms().isEmpty()) ? 1 : 0;
        }
        long known = own.stream().filter(w -> index.knows(w) || applied.hits().stream()
                .anyMatch(h -> !h.terms().isEmpty() && h.phrase().contains(w))).count();
        return (double) known / own.size();
    }

    /**
     * A hit's features, comparable across ranks: its score, its score against the best one, its lead over the best
     * other hit (negative below the top), how much of the request its text covers, whether the thesaurus helped.
     */
    private static ConfidenceModel.Features features(List<TownshipIndex.Hit> hits, int rank, Query query) {
        TownshipIndex.Hit hit = hits.get(rank);
        double top = hits.getFirst().score();
        double bestOther = rank == 0 ? (hits.size() > 1 ? hits.get(1).score() : 0) : top;
        return new ConfidenceModel.Features(hit.score(), top == 0 ? 0 : hit.score() / top,
                hit.score() == 0 ? 0 : (hit.score() - bestOther) / hit.score(), hit.coverage(),
                query.thesaurusHits().stream().anyMatch(h -> !h.terms().isEmpty()), query.known(), rank);
    }

    /**
     * The item's units with the acting ones first. Where a cooperative item names several lead departments, the one
     * whose own section of the duties matches the request best leads the list: that is the office to dispatch to.
     */
    static List<RoutableItem.Unit> orderedUnits(TownshipIndex index, RoutableItem item, Query query) {
        Map<String, Double> sectionScore = new HashMap<>();
        for (int p = 0; p < item.departmentParts().size(); p++) {
            double score = overlap(index, index.departmentPartTerms(item, p), query);
            for (String departmentId : item.departmentParts().get(p).departmentIds()) {
                sectionScore.merge(departmentId, score, Math::max);
            }
        }
        List<RoutableItem.Unit> units = new ArrayList<>(item.units());
        units.sort(Comparator.comparingInt((RoutableItem.Unit u) -> roleOrder(u.role()))
                .thenComparing(u -> u.type() == UnitType.DEPARTMENT ? -sectionScore.getOrDefault(u.id(), 0.0) : 0));
        return units;
    }

    private static int roleOrder(UnitRole role) {
        return switch (role) {
            case LEAD, RECEIVER -> 0;
            case ASSIST -> 1;
            case FORMER_HOLDER -> 2;
        };
    }

    private static double overlap(TownshipIndex index, Set<String> present, Query query) {
        double score = 0;
        for (var group : List.of(query.terms().words(), query.terms().bigrams())) {
            for (var t : group.entrySet()) {
                if (present.contains(t.getKey())) {
                    score += index.idf(t.getKey()) * t.getValue();
                }
            }
        }
        return score;
    }

    private static List<String> matchedTerms(TownshipIndex index, RoutableItem item, Query query) {
        List<String> matched = new ArrayList<>();
        query.terms().words().keySet().stream().filter(w -> index.contains(item, w)).forEach(matched::add);
        return matched;
    }
}
