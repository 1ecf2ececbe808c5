package org.dutylists.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dutylists.kernel.UnitRole;
import org.jboss.logging.Logger;
import org.dutylists.kernel.UnitType;
import org.dutylists.routing.index.ExampleIndex;
import org.dutylists.routing.index.RoutableItem;
import org.dutylists.routing.index.RoutingAnalyzers;
import org.dutylists.routing.index.TownshipIndex;
import org.dutylists.routing.thesaurus.Thesaurus;
import org.dutylists.routing.thesaurus.ThesaurusFormat;

/**
 * Decides who handles a matter: expands the request with the thesaurus, searches the township's index, orders the
 * best hits with the ranking model and gives them calibrated confidences with the confidence model, dispatching only
 * when one item clearly applies.
 */
public final class RoutingEngine {
    /** Thesaurus terms count less than the request's own words. */
    static final float EXPANSION_WEIGHT = 0.7f;
    static final int MAX_CANDIDATES = 5;
    /** How many of the index's hits the ranking model orders: the right item is among them far more often than 5. */
    static final int SEARCH_DEPTH = 30;
    /**
     * How many items of the nearest example requests join the hits when the search missed them. Few: without a word
     * of its text in the request such an item rarely wins, but the nearest examples can still name the right one.
     */
    static final int EXAMPLE_ITEMS = 3;
    /**
     * A caller's category hint is a hint: enough to settle a close call, not to override the text (added to the
     * ranking score, in log-odds).
     */
    static final double CATEGORY_HINT_BONUS = 0.5;

    /**
     * How many items nearest the request by meaning join the hits when the search missed them: a matter described
     * in words the lists never use (噪音扰民 for 环境污染防治) may have no word in common with its item.
     */
    static final int SEMANTIC_ITEMS = 3;
    /** The most characters of the stated matter that are embedded: the subject and the demand say what it is. */
    static final int EMBEDDED_LENGTH = 128;

    private static final Logger LOG = Logger.getLogger(RoutingEngine.class);

    private final RankingModel ranking;
    private final ConfidenceModel confidence;
    /** Embeds a request's stated matter; null for a lexical-only engine. */
    private final Function<String, float[]> embedder;

    public RoutingEngine(RankingModel ranking, ConfidenceModel confidence, Function<String, float[]> embedder) {
        this.ranking = ranking;
        this.confidence = confidence;
        this.embedder = embedder;
    }

    public ConfidenceModel confidenceModel() {
        return confidence;
    }

    public RoutingEngine withConfidence(ConfidenceModel model) {
        return new RoutingEngine(ranking, model, embedder);
    }

    public RoutingEngine withRanking(RankingModel model) {
        return new RoutingEngine(model, confidence, embedder);
    }

    public enum Decision {
        DISPATCH,
        MANUAL_REVIEW
    }

    public enum Reason {
        /** No item is likely enough. */
        NO_MATCH,
        /** Several items are each plausible, none alone. */
        AMBIGUOUS,
        /**
         * The request names a matter no list of the township covers (an outside phrase the best item does not
         * mention, or an example request of such a matter nearer than any item's): it belongs to another level or
         * body.
         */
        NOT_COVERED
    }

    /** The answer for one request. {@code reason} is null when the decision is to dispatch. */
    public record Routing(Decision decision, Reason reason, List<Candidate> candidates, Query query,
            List<OtherMatter> otherMatters) {
        Routing(Decision decision, Reason reason, List<Candidate> candidates, Query query) {
            this(decision, reason, candidates, query, List.of());
        }

        Routing withOtherMatters(List<OtherMatter> others) {
            return new Routing(decision, reason, candidates, query, others);
        }
    }

    /**
     * Another matter a message raises besides its main one: the sentence that asks for it and the item the lists
     * name for it, confidently (it would be dispatched on its own).
     */
    public record OtherMatter(String statement, Candidate candidate, Query query) {
    }

    /** How many other matters of a message are listed; one more demand sentence may be tried. */
    static final int MAX_OTHER_MATTERS = 2;
    /** A demand shorter than this (「请尽快处理」) names no matter of its own. */
    static final int MIN_OTHER_MATTER_LENGTH = 8;

    /** A ranked candidate item with its units (the lead first) and why it matched. */
    public record Candidate(RoutableItem item, double score, double confidence, List<RoutableItem.Unit> units,
            List<String> matchedTerms, ConfidenceModel.Features features) {
    }

    /**
     * What the request was turned into: its weighted terms, the thesaurus hits, its concepts (each own word, and each
     * thesaurus phrase with its terms, as the words and bigrams that express it) and the share of its own words the
     * township's lists or the thesaurus know (a request about 快递 or 宽带 is mostly words no list uses), and how near
     * it is to the example requests of each item. {@code statedMatter} holds the words (two characters or more, and
     * the thesaurus terms' words) of the statements that say most directly what the matter is: the subject line and
     * what the citizen asks for, or the whole of a brief request; {@code length} is the request's length in
     * characters; {@code message} whether it is a message, not a brief request; {@code statedText} the stated matter
     * as text (what is embedded); {@code similarity} per item position the cosine similarity of the item's nearest
     * passage to it (empty without embeddings).
     */
    public record Query(TownshipIndex.WeightedTerms terms, List<Thesaurus.Hit> thesaurusHits,
            List<Set<String>> concepts, List<Set<String>> outsideMatters, double known,
            ExampleIndex.Nearest examples, Set<String> statedMatter, int length, boolean message, String statedText,
            double[] similarity) {
        /** The same request compared with the items by meaning: per item position, the cosine similarity. */
        Query withSimilarity(double[] itemSimilarity) {
            return new Query(terms, thesaurusHits, concepts, outsideMatters, known, examples, statedMatter, length,
                    message, statedText, itemSimilarity);
        }

        /** Whether the request is a message (titled, or longer than a brief ticket) rather than a brief request. */
        public boolean isMessage() {
            return message;
        }

        /** The item's similarity to the request by meaning (0 without embeddings). */
        public double similarityOf(int position) {
            return similarity.length == 0 ? 0 : similarity[position];
        }
    }

    /** One of the index's hits with its ranking features. */
    public record PoolEntry(TownshipIndex.Hit hit, double[] features) {
    }

    public Routing route(TownshipIndex index, Thesaurus thesaurus, String text) {
        return route(index, thesaurus, text, Optional.empty());
    }

    /** @param categoryHint a category code the caller believes the matter belongs to: its items rank a little higher */
    public Routing route(TownshipIndex index, Thesaurus thesaurus, String text,
            Optional<String> categoryHint) {
        return route(index, thesaurus, null, text, categoryHint);
    }

    /** @param subject the message's title (a citizen's subject line, a ticket's summary), or null */
    public Routing route(TownshipIndex index, Thesaurus thesaurus, String subject, String text,
            Optional<String> categoryHint) {
        List<MessageStatements.Statement> statements = MessageStatements.analysed(MessageStatements.of(subject, text));
        Routing main = routeWhole(index, thesaurus, statements, subject, text, categoryHint);
        if (!main.query().isMessage() || main.candidates().isEmpty()) {
            return main;
        }
        // A message may ask for several things: its demand sentences (of those analysed, so the work stays bounded)
        // are routed on their own, without the caller's category hint, and one whose confident answer is not the
        // main answer's item is another matter, listed after the main one.
        Set<String> seen = new HashSet<>();
        seen.add(main.candidates().getFirst().item().id());
        List<OtherMatter> others = new ArrayList<>();
        int tried = 0;
        for (MessageStatements.Statement s : statements) {
            if (others.size() == MAX_OTHER_MATTERS || tried == MAX_OTHER_MATTERS + 1) {
                break;
            }
            if (s.role() != MessageStatements.Role.DEMAND || s.text().strip().length() < MIN_OTHER_MATTER_LENGTH) {
                continue;
            }
            tried++;
            // As one matter: a long demand sentence is not itself searched for other matters.
            Routing alone = routeWhole(index, thesaurus, MessageStatements.analysed(MessageStatements.of(null,
                    s.text())), null, s.text(), Optional.empty());
            if (alone.decision() == Decision.DISPATCH && seen.add(alone.candidates().getFirst().item().id())) {
                others.add(new OtherMatter(s.text().strip(), alone.candidates().getFirst(), alone.query()));
            }
        }
        return main.withOtherMatters(others);
    }

    /** The answer for the request as one matter. */
    private Routing routeWhole(TownshipIndex index, Thesaurus thesaurus, List<MessageStatements.Statement> statements,
            String subject, String text, Optional<String> categoryHint) {
        Query query = query(index, thesaurus, statements, subject, text);
        List<PoolEntry> pool = pool(index, query);
        if (pool.isEmpty()) {
            return new Routing(Decision.MANUAL_REVIEW, Reason.NO_MATCH, List.of(), query);
        }
        double[] rankingScore = new double[pool.size()];
        for (int i = 0; i < pool.size(); i++) {
            rankingScore[i] = ranking.score(pool.get(i).features())
                    + (categoryHint.isPresent() && pool.get(i).hit().item().categoryCode().equals(categoryHint.get())
                            ? CATEGORY_HINT_BONUS : 0);
        }
        double[] relevance = softmax(rankingScore);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> rankingScore[i]).reversed());
        double best = relevance[order.getFirst()];
        double second = order.size() > 1 ? relevance[order.get(1)] : 0;
        boolean thesaurusExpanded = query.thesaurusHits().stream().anyMatch(h -> !h.terms().isEmpty());
        List<Candidate> candidates = new ArrayList<>();
        double topConfidence = 0;
        for (int rank = 0; rank < Math.min(MAX_CANDIDATES, order.size()); rank++) {
            int i = order.get(rank);
            TownshipIndex.Hit hit = pool.get(i).hit();
            ConfidenceModel.Features features = new ConfidenceModel.Features(hit.score(), relevance[i],
                    relevance[i] - (rank == 0 ? second : best), hit.coverage(),
                    thesaurusExpanded, query.known(),
                    pool.get(i).features()[RankingFeatures.Feature.CONCEPTS.ordinal()],
                    namesAnOutsideMatter(index, hit.item(), query),
                    pool.get(i).features()[RankingFeatures.Feature.EXAMPLE_RELATIVE.ordinal()],
                    query.examples().outsideRelative(), query.length(),
                    query.similarityOf(index.position(hit.item())), rank);
            // The confidence model is fitted on the answer a dispatcher sees, the top one. Below it, the ranking
            // model's shares say how much less likely each candidate is than the top: the softmax of a listwise fit
            // is the probability of each hit being the right one, given that one is.
            double p = rank == 0 ? confidence.probability(features) : topConfidence * relevance[i] / best;
            topConfidence = rank == 0 ? p : topConfidence;
            candidates.add(new Candidate(hit.item(), hit.score(), p, orderedUnits(index, hit.item(), query),
                    matchedTerms(index, hit.item(), query), features));
        }
        ConfidenceModel.Verdict verdict = confidence.verdict(candidates.getFirst().confidence(),
                candidates.size() > 1 ? candidates.get(1).confidence() : 0);
        return switch (verdict) {
            case DISPATCH -> new Routing(Decision.DISPATCH, null, candidates, query);
            case NO_MATCH -> new Routing(Decision.MANUAL_REVIEW,
                    candidates.getFirst().features().outsideMatter() || query.examples().outsideRelative() >= 1
                            ? Reason.NOT_COVERED : Reason.NO_MATCH, candidates, query);
            case AMBIGUOUS -> new Routing(Decision.MANUAL_REVIEW, Reason.AMBIGUOUS, candidates, query);
        };
    }

    /** The request as the index searches it: normalized, without the township's place names, expanded. */
    /**
     * The message as the index searches it: its statements that carry the matter (the subject line, what the citizen
     * asks for, the story; not greetings, and the complaint's history at a low weight), each normalized, without the
     * township's place names, and expanded.
     *
     * @param subject the message's title, or null
     */
    public Query query(TownshipIndex index, Thesaurus thesaurus, String subject, String text) {
        return query(index, thesaurus, MessageStatements.analysed(MessageStatements.of(subject, text)), subject, text);
    }

    private Query query(TownshipIndex index, Thesaurus thesaurus, List<MessageStatements.Statement> statements,
            String subject, String text) {
        Query query = lexicalQuery(index, thesaurus, statements, subject, text);
        if (embedder == null || index.semantic().isEmpty() || query.statedText().isBlank()) {
            return query;
        }
        try {
            return query.withSimilarity(index.semantic().similarities(embedder.apply(query.statedText())));
        } catch (RuntimeException e) {
            // The model runs native code: if it fails, answer from the words alone rather than not at all.
            LOG.warnf("Sentence embedding failed, answering from the words alone: %s", e);
            return query;
        }
    }

    /** The request as the lexical index searches it (no semantic similarity). */
    public static Query lexicalQuery(TownshipIndex index, Thesaurus thesaurus, String subject, String text) {
        return lexicalQuery(index, thesaurus, MessageStatements.analysed(MessageStatements.of(subject, text)), subject,
                text);
    }

    private static Query lexicalQuery(TownshipIndex index, Thesaurus thesaurus,
            List<MessageStatements.Statement> statements, String subject, String text) {
        double top = statements.stream().mapToDouble(s -> s.role().weight()).max().orElse(1);
        List<WeightedStatement> weighted = statements.stream().map(s -> new WeightedStatement(
                index.withoutPlaceNames(ThesaurusFormat.normalize(s.text())), (float) (s.role().weight() / top),
                s.role().statesMatter() || s.role().weight() == top)).toList();
        int length = (subject == null ? 0 : subject.length()) + (text == null ? 0 : text.length());
        StringBuilder stated = new StringBuilder();
        for (MessageStatements.Statement st : statements) {
            if (st.role().weight() == top && stated.length() < EMBEDDED_LENGTH) {
                stated.append(st.text().strip()).append(' ');
            }
        }
        String statedText = MessageStatements.cut(stated.toString(), EMBEDDED_LENGTH).strip();
        return analyse(index, thesaurus, weighted, length, !MessageStatements.isBrief(subject, text), statedText);
    }

    /**
     * A statement of the request in {@link ThesaurusFormat#normalize} form, the weight of its words (1 for the most
     * telling statements) and whether it states the matter (its words are the request's concepts).
     */
    record WeightedStatement(String normalized, float weight, boolean statesMatter) {
    }

    /**
     * The index's hits for the request, then the items its nearest example requests name that the search missed, each
     * with its ranking features.
     */
    public static List<PoolEntry> pool(TownshipIndex index, Query query) {
        TownshipIndex.RequestTerms terms = index.requestTerms(query.terms());
        List<TownshipIndex.Hit> hits = new ArrayList<>(index.search(terms, SEARCH_DEPTH));
        boolean[] found = new boolean[index.items().size()];
        hits.forEach(h -> found[index.position(h.item())] = true);
        List<Integer> named = new ArrayList<>(query.examples().itemsNamed(EXAMPLE_ITEMS));
        named.addAll(nearestByMeaning(query, SEMANTIC_ITEMS));
        List<RoutableItem> missed = named.stream().filter(p -> !found[p]).distinct().map(index.items()::get)
                .toList();
        hits.addAll(index.unsearched(missed, terms));
        if (hits.isEmpty()) {
            return List.of();
        }
        List<PoolEntry> pool = new ArrayList<>(hits.size());
        for (TownshipIndex.Hit hit : hits) {
            pool.add(new PoolEntry(hit, RankingFeatures.of(index, query, terms, hit, hits.getFirst().score())));
        }
        return pool;
    }

    /** The positions of the items nearest the request by meaning, nearest first. */
    private static List<Integer> nearestByMeaning(Query query, int count) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < query.similarity().length; i++) {
            positions.add(i);
        }
        positions.sort(Comparator.comparingDouble((Integer i) -> -query.similarity()[i]));
        return positions.subList(0, Math.min(count, positions.size()));
    }

    /** Turns ranking scores into shares that sum to one (shifted by the maximum, so that no exponent overflows). */
    public static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        double[] p = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            p[i] = Math.exp(scores[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** The request's own words at their statement's weight, thesaurus terms at a lower weight, fillers removed. */
    static Query analyse(TownshipIndex index, Thesaurus thesaurus, List<WeightedStatement> statements, int length,
            boolean message, String statedText) {
        RoutingAnalyzers analyzers = index.analyzers();
        Map<String, Float> words = new LinkedHashMap<>();
        Map<String, Float> bigrams = new LinkedHashMap<>();
        Map<String, Float> characters = new LinkedHashMap<>();
        List<Thesaurus.Hit> hits = new ArrayList<>();
        List<Thesaurus.Hit> matterHits = new ArrayList<>();
        List<String> matterWords = new ArrayList<>();
        Set<String> statedMatter = new HashSet<>();
        Set<String> own = new HashSet<>();
        Set<String> added = new HashSet<>();
        for (WeightedStatement statement : statements) {
            float w = statement.weight();
            Thesaurus.Application applied = thesaurus.apply(statement.normalized());
            List<String> ownWords = analyzers.wordsOf(applied.remainingText());
            ownWords.forEach(t -> words.merge(t, w, Math::max));
            own.addAll(ownWords);
            List<String> ownBigrams = analyzers.bigramsOf(applied.remainingText());
            ownBigrams.forEach(b -> bigrams.merge(b, w, Math::max));
            own.addAll(ownBigrams);
            analyzers.charactersOf(applied.remainingText()).forEach(c -> characters.merge(c, w, Math::max));
            for (String term : applied.terms()) {
                List<String> termWords = analyzers.thesaurusWordsOf(term);
                List<String> termBigrams = analyzers.thesaurusBigramsOf(term);
                termWords.forEach(t -> words.merge(t, EXPANSION_WEIGHT * w, Math::max));
                termBigrams.forEach(b -> bigrams.merge(b, EXPANSION_WEIGHT * w, Math::max));
                added.addAll(termWords);
                added.addAll(termBigrams);
            }
            hits.addAll(applied.hits());
            if (w == 1f) {
                ownWords.stream().filter(t -> t.length() > 1).forEach(statedMatter::add);
                applied.terms().forEach(term -> analyzers.thesaurusWordsOf(term).stream().filter(t -> t.length() > 1)
                        .forEach(statedMatter::add));
            }
            if (statement.statesMatter()) {
                matterHits.addAll(applied.hits());
                matterWords.addAll(ownWords);
            }
        }
        added.removeAll(own);
        TownshipIndex.WeightedTerms terms = new TownshipIndex.WeightedTerms(words, bigrams, characters,
                Set.copyOf(added));
        return new Query(terms, hits, concepts(analyzers, matterHits, matterWords), outsideMatters(analyzers, hits),
                known(index, matterHits, matterWords), index.nearestExamples(terms), Set.copyOf(statedMatter), length,
                message, statedText, new double[0]);
    }

    /** The words and bigrams of each outside phrase the request contains (快递, 宽带: matters no list covers). */
    private static List<Set<String>> outsideMatters(RoutingAnalyzers analyzers, List<Thesaurus.Hit> hits) {
        List<Set<String>> matters = new ArrayList<>();
        for (Thesaurus.Hit hit : hits) {
            if (hit.outside()) {
                // Not single characters: an item with 费 or 网 somewhere does not mention 信用卡年费 or 携号转网.
                Set<String> terms = new HashSet<>(analyzers.thesaurusBigramsOf(hit.phrase()));
                analyzers.thesaurusWordsOf(hit.phrase()).stream().filter(w -> w.length() > 1).forEach(terms::add);
                matters.add(terms);
            }
        }
        return matters;
    }

    /**
     * Whether the request names a matter no list covers and the item does not mention it either: then the item
     * matched on the request's other words, and is likely not what the caller wants.
     */
    private static boolean namesAnOutsideMatter(TownshipIndex index, RoutableItem item, Query query) {
        TownshipIndex.Vocabulary vocabulary = index.vocabulary(item);
        return query.outsideMatters().stream().anyMatch(m -> m.stream().noneMatch(vocabulary::contains));
    }

    /**
     * The request's concepts: each thesaurus phrase that adds terms, as its own words and its terms' words and
     * bigrams, and each other word of two characters or more.
     */
    private static List<Set<String>> concepts(RoutingAnalyzers analyzers, List<Thesaurus.Hit> hits,
            List<String> ownWords) {
        List<Set<String>> concepts = new ArrayList<>();
        List<Thesaurus.Hit> expanding = hits.stream().filter(h -> !h.terms().isEmpty()).toList();
        for (Thesaurus.Hit hit : expanding) {
            Set<String> concept = new HashSet<>(analyzers.thesaurusWordsOf(hit.phrase()));
            for (String term : hit.terms()) {
                concept.addAll(analyzers.thesaurusWordsOf(term));
                concept.addAll(analyzers.thesaurusBigramsOf(term));
            }
            concepts.add(concept);
        }
        ownWords.stream().filter(w -> w.length() > 1).distinct()
                .filter(w -> expanding.stream().noneMatch(h -> h.phrase().contains(w)))
                .forEach(w -> concepts.add(Set.of(w)));
        return concepts;
    }

    /** The share of the request's own words (two characters or more) the lists use or the thesaurus maps. */
    private static double known(TownshipIndex index, List<Thesaurus.Hit> hits, List<String> ownWords) {
        List<String> own = ownWords.stream().filter(w -> w.length() > 1).distinct().toList();
        if (own.isEmpty()) {
            return hits.stream().anyMatch(h -> !h.terms().isEmpty()) ? 1 : 0;
        }
        long known = own.stream().filter(w -> index.knows(w) || hits.stream()
                .anyMatch(h -> !h.terms().isEmpty() && h.phrase().contains(w))).count();
        return (double) known / own.size();
    }

    /**
     * The item's units with the acting ones first. Where a cooperative item names several lead departments, the one
     * whose own section of the duties matches the request best leads the list: that is the office to dispatch to.
     */
    static List<RoutableItem.Unit> orderedUnits(TownshipIndex index, RoutableItem item, Query query) {
        Map<String, Double> sectionScore = new HashMap<>();
        for (int p = 0; p < item.departmentParts().size(); p++) {
            double score = overlap(index, index.vocabulary(item).departmentParts().get(p), query);
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
        TownshipIndex.Vocabulary vocabulary = index.vocabulary(item);
        query.terms().words().keySet().stream().filter(vocabulary::contains).forEach(matched::add);
        return matched;
    }
}
