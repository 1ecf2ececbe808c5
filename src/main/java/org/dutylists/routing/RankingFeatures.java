package org.dutylists.routing;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
        /**
         * The idf-weighted share of the stated matter's words (the subject line and what the citizen asks for, or a
         * brief request whole) found in the title and penalty powers: a long story matches many items on its
         * background, the matter it states only a few.
         */
        MATTER_IN_HEADLINE,
        /** The same, found anywhere in the item. */
        MATTER_IN_ITEM,
        /** The BM25 score of the item's nearest example request, log-scaled (0 when none is near). */
        EXAMPLE_SCORE,
        /** The same against the nearest example of all (1 when the nearest example request is the item's). */
        EXAMPLE_RELATIVE,
        /** The cosine similarity of the item's nearest passage to the stated matter (embeddings; 0 without). */
        SEMANTIC,
        COOPERATIVE,
        TRANSFERRED,
        // The same evidence in a message (a titled or long, narrative request) weighs differently than in a brief
        // ticket: a message matches many items on its story. Each is the feature above in a message, 0 otherwise.
        MESSAGE_RELATIVE_SCORE,
        MESSAGE_CONCEPTS,
        MESSAGE_HEADLINE_CONCEPTS,
        MESSAGE_TITLE_EXPLAINED,
        MESSAGE_MATTER_IN_HEADLINE,
        MESSAGE_MATTER_IN_ITEM,
        MESSAGE_EXAMPLE_RELATIVE,
        MESSAGE_SEMANTIC,
        MESSAGE_COOPERATIVE,
        MESSAGE_TRANSFERRED
    }

    /** Each message feature and the feature it repeats for messages. */
    private static final Feature[][] IN_MESSAGES = {
        {Feature.MESSAGE_RELATIVE_SCORE, Feature.RELATIVE_SCORE},
        {Feature.MESSAGE_CONCEPTS, Feature.CONCEPTS},
        {Feature.MESSAGE_HEADLINE_CONCEPTS, Feature.HEADLINE_CONCEPTS},
        {Feature.MESSAGE_TITLE_EXPLAINED, Feature.TITLE_EXPLAINED},
        {Feature.MESSAGE_MATTER_IN_HEADLINE, Feature.MATTER_IN_HEADLINE},
        {Feature.MESSAGE_MATTER_IN_ITEM, Feature.MATTER_IN_ITEM},
        {Feature.MESSAGE_EXAMPLE_RELATIVE, Feature.EXAMPLE_RELATIVE},
        {Feature.MESSAGE_SEMANTIC, Feature.SEMANTIC},
        {Feature.MESSAGE_COOPERATIVE, Feature.COOPERATIVE},
        {Feature.MESSAGE_TRANSFERRED, Feature.TRANSFERRED},
    };

    private RankingFeatures() {
    }

    /** The feature of the request's own words, and of the thesaurus terms, found in each part (by part ordinal). */
    private static final Feature[] OWN_IN_PART = {Feature.TITLE_OWN, Feature.PENALTY_OWN, Feature.TOWNSHIP_OWN,
        Feature.DEPARTMENTS_OWN};
    private static final Feature[] EXPANDED_IN_PART = {Feature.TITLE_EXPANDED, Feature.PENALTY_EXPANDED,
        Feature.TOWNSHIP_EXPANDED, Feature.DEPARTMENTS_EXPANDED};

    public static double[] of(TownshipIndex index, RoutingEngine.Query query, TownshipIndex.RequestTerms terms,
            TownshipIndex.Hit hit, double topScore) {
        RoutableItem item = hit.item();
        TownshipIndex.Vocabulary vocabulary = index.vocabulary(item);
        double[] x = new double[Feature.values().length];
        x[Feature.LOG_SCORE.ordinal()] = Math.log1p(hit.score());
        x[Feature.RELATIVE_SCORE.ordinal()] = topScore == 0 ? 0 : hit.score() / topScore;
        Map<String, Float> words = query.terms().words();
        for (Part part : Part.values()) {
            Set<String> present = vocabulary.parts().get(part);
            double own = 0;
            double expanded = 0;
            for (int t = 0; t < terms.terms().length; t++) {
                if (present.contains(terms.terms()[t])) {
                    own += terms.own(t) ? terms.idf()[t] : 0;
                    expanded += terms.own(t) ? 0 : terms.idf()[t];
                }
            }
            x[OWN_IN_PART[part.ordinal()].ordinal()] = terms.ownTotal() == 0 ? 0 : own / terms.ownTotal();
            x[EXPANDED_IN_PART[part.ordinal()].ordinal()] = terms.expandedTotal() == 0 ? 0
                    : expanded / terms.expandedTotal();
        }
        x[Feature.HEADLINE_CHARACTERS.ordinal()] = headlineCharacters(vocabulary, query);
        x[Feature.CONCEPTS.ordinal()] = concepts(query, vocabulary::contains);
        x[Feature.HEADLINE_CONCEPTS.ordinal()] = concepts(query, vocabulary::inHeadline);
        x[Feature.TITLE_EXPLAINED.ordinal()] = titleExplained(index, vocabulary, words);
        x[Feature.MATTER_IN_HEADLINE.ordinal()] = statedMatter(index, query, vocabulary::inHeadline);
        x[Feature.MATTER_IN_ITEM.ordinal()] = statedMatter(index, query, vocabulary::contains);
        int position = index.position(item);
        x[Feature.EXAMPLE_SCORE.ordinal()] = Math.log1p(query.examples().scoreOf(position));
        x[Feature.EXAMPLE_RELATIVE.ordinal()] = query.examples().relative(position);
        x[Feature.SEMANTIC.ordinal()] = query.similarityOf(position);
        x[Feature.COOPERATIVE.ordinal()] = item.kind() == DutyKind.COOPERATIVE ? 1 : 0;
        x[Feature.TRANSFERRED.ordinal()] = item.kind() == DutyKind.TRANSFERRED ? 1 : 0;
        if (query.isMessage()) {
            for (Feature[] pair : IN_MESSAGES) {
                x[pair[0].ordinal()] = x[pair[1].ordinal()];
            }
        }
        return x;
    }

    private static double headlineCharacters(TownshipIndex.Vocabulary vocabulary, RoutingEngine.Query query) {
        Set<String> characters = query.terms().characters().keySet();
        if (characters.isEmpty()) {
            return 0;
        }
        Set<String> present = vocabulary.headlineCharacters();
        return (double) characters.stream().filter(present::contains).count() / characters.size();
    }

    private static double concepts(RoutingEngine.Query query, Predicate<String> mentioned) {
        if (query.concepts().isEmpty()) {
            return 0;
        }
        return (double) query.concepts().stream().filter(c -> c.stream().anyMatch(mentioned)).count()
                / query.concepts().size();
    }

    private static double statedMatter(TownshipIndex index, RoutingEngine.Query query, Predicate<String> found) {
        double total = 0;
        double present = 0;
        for (String w : query.statedMatter()) {
            double idf = index.idf(w);
            total += idf;
            present += found.test(w) ? idf : 0;
        }
        return total == 0 ? 0 : present / total;
    }

    private static double titleExplained(TownshipIndex index, TownshipIndex.Vocabulary vocabulary,
            Map<String, Float> words) {
        double total = 0;
        double explained = 0;
        for (String w : vocabulary.titleWords()) {
            double idf = index.idf(w);
            total += idf;
            if (words.containsKey(w)) {
                explained += idf;
            }
        }
        return total == 0 ? 0 : explained / total;
    }
}
