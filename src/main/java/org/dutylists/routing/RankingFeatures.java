package org.dutylists.routing;

import java.util.Map;
import java.util.Set;
import org.dutylists.kernel.DutyKind;
import org.dutylists.routing.index.RoutableItem;
import org.dutylists.routing.index.TownshipIndex;
import org.dutylists.routing.index.TownshipIndex.Part;

/**
 * What the ranking model knows about one hit for one request. Coverages are idf-weighted shares of the request's
 * terms found in a part of the item, kept apart for the request's own words and for the terms the thesaurus added:
 * 「草场」 found in a title and 「草原」 added for it are different evidence.
 */
public final class RankingFeatures {
    /** The features, in the order of the vector. */
    public enum Feature {
        /** The index's score (passage-weighted BM25), log-scaled. */
        LOG_SCORE,
        /** The index's score against the best hit's. */
        RELATIVE_SCORE,
        TITLE_OWN,
        TITLE_EXPANDED,
        PENALTY_OWN,
        PENALTY_EXPANDED,
        TOWNSHIP_OWN,
        TOWNSHIP_EXPANDED,
        DEPARTMENTS_OWN,
        DEPARTMENTS_EXPANDED,
        /** The share of the request's own characters found in the title and penalty powers. */
        HEADLINE_CHARACTERS,
        /** The share of the request's concepts (a word, or a thesaurus phrase with its terms) the item mentions. */
        CONCEPTS,
        /** The same, counting only the title and penalty powers. */
        HEADLINE_CONCEPTS,
        /** The idf-weighted share of the title's words the request (with its thesaurus terms) contains. */
        TITLE_EXPLAINED,
        COOPERATIVE,
        TRANSFERRED
    }

    private RankingFeatures() {
    }

    public static double[] of(TownshipIndex index, RoutingEngine.Query query, TownshipIndex.Hit hit,
            double topScore) {
        RoutableItem item = hit.item();
        double[] x = new double[Feature.values().length];
        x[Feature.LOG_SCORE.ordinal()] = Math.log1p(hit.score());
        x[Feature.RELATIVE_SCORE.ordinal()] = topScore == 0 ? 0 : hit.score() / topScore;
        Map<String, Float> words = query.terms().words();
        Map<String, Float> bigrams = query.terms().bigrams();
        for (Part part : Part.values()) {
            Set<String> present = index.partTerms(item, part);
            x[Feature.valueOf(part.name() + "_OWN").ordinal()] = coverage(index, present, words, bigrams, true);
            x[Feature.valueOf(part.name() + "_EXPANDED").ordinal()] = coverage(index, present, words, bigrams, false);
        }
        x[Feature.HEADLINE_CHARACTERS.ordinal()] = headlineCharacters(index, item, query);
        x[Feature.CONCEPTS.ordinal()] = concepts(query, t -> index.contains(item, t));
        x[Feature.HEADLINE_CONCEPTS.ordinal()] = concepts(query,
                t -> index.partTerms(item, Part.TITLE).contains(t) || index.partTerms(item, Part.PENALTY).contains(t));
        x[Feature.TITLE_EXPLAINED.ordinal()] = titleExplained(index, item, words);
        x[Feature.COOPERATIVE.ordinal()] = item.kind() == DutyKind.COOPERATIVE ? 1 : 0;
        x[Feature.TRANSFERRED.ordinal()] = item.kind() == DutyKind.TRANSFERRED ? 1 : 0;
        return x;
    }

    /** Terms at full weight are the request's own words; lower weights came from the thesaurus. */
    private static double coverage(TownshipIndex index, Set<String> present, Map<String, Float> words,
            Map<String, Float> bigrams, boolean own) {
        double total = 0;
        double covered = 0;
        for (Map<String, Float> group : java.util.List.of(words, bigrams)) {
            for (Map.Entry<String, Float> t : group.entrySet()) {
                if ((t.getValue() >= 1f) != own) {
                    continue;
                }
                double idf = index.idf(t.getKey());
                total += idf;
                if (present.contains(t.getKey())) {
                    covered += idf;
                }
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    private static double headlineCharacters(TownshipIndex index, RoutableItem item, RoutingEngine.Query query) {
        Set<String> characters = query.terms().characters().keySet();
        if (characters.isEmpty()) {
            return 0;
        }
        Set<String> present = index.headlineCharacters(item);
        return (double) characters.stream().filter(present::contains).count() / characters.size();
    }

    private static double concepts(RoutingEngine.Query query, java.util.function.Predicate<String> mentioned) {
        if (query.concepts().isEmpty()) {
            return 0;
        }
        return (double) query.concepts().stream().filter(c -> c.stream().anyMatch(mentioned)).count()
                / query.concepts().size();
    }

    private static double titleExplained(TownshipIndex index, RoutableItem item, Map<String, Float> words) {
        double total = 0;
        double explained = 0;
        for (String w : index.titleWords(item)) {
            double idf = index.idf(w);
            total += idf;
            if (words.containsKey(w)) {
                explained += idf;
            }
        }
        return total == 0 ? 0 : explained / total;
    }
}
