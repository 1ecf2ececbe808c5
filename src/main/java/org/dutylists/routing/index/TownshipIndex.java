package org.dutylists.routing.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.dutylists.routing.examples.ExampleRequests;

/**
 * One township's items in an in-memory Lucene index, searched with BM25. The index holds passages, not whole items:
 * an item's title, each of its penalty powers, the township's part and each department's section are separate
 * documents, weighted by what they say about the item. An item scores as its best passage plus a little of the others,
 * so a long item is not penalised for its length and a matter the township handles itself does not lose to a
 * cooperative item whose long department paragraphs merely mention the same word. Passages are indexed as words and as
 * character bigrams.
 */
public final class TownshipIndex {
    /**
     * STRUCTURED weighs passages and adds bigrams; PLAIN is the comparison baseline: each item one document, words
     * only, plain BM25.
     */
    public enum Layout {
        STRUCTURED,
        PLAIN
    }

    /** The weight classes of item text, strongest first, with their passage weights. */
    public enum Part {
        TITLE(4.0f),
        PENALTY(3.0f),
        TOWNSHIP(1.0f),
        DEPARTMENTS(0.6f);

        final float weight;

        Part(float weight) {
            this.weight = weight;
        }
    }

    /**
     * How a request's terms weigh (by the statement they come from; thesaurus terms less than the request's own words),
     * and which of them the thesaurus added and the request itself does not say.
     */
    public record WeightedTerms(Map<String, Float> words, Map<String, Float> bigrams, Map<String, Float> characters,
            Set<String> fromThesaurus) {
    }

    /** A search hit: the item, its score, and how much of the request's weight its text covers. */
    public record Hit(RoutableItem item, float score, double coverage) {
    }

    private static final String WORDS = "text_w";
    private static final String BIGRAMS = "text_b";
    private static final String CHARACTERS = "text_c";
    private static final String ITEM = "item";
    private static final String WEIGHT = "weight";
    /** Bigrams back words up where segmentation differs; they count half. */
    private static final float BIGRAM_WEIGHT = 0.5f;
    /** Single characters only tip the balance between otherwise similar items. */
    private static final float CHARACTER_WEIGHT = 0.2f;
    /** How much an item's other matching passages add to its best one. */
    private static final float OTHER_PASSAGES = 0.15f;
    private static final int PASSAGE_DEPTH = 400;
    /**
     * The most terms of each kind a query uses, the rarest first: a 5,000-character ticket has thousands of distinct
     * bigrams, and Lucene refuses more than 1,024 clauses.
     */
    private static final int MAX_TERMS_PER_KIND = 300;

    private final Layout layout;
    private final String townshipId;
    private final List<String> placeNames;
    private final long revision;
    private final List<RoutableItem> items;
    private final IndexSearcher searcher;
    /** The vocabulary of each item, by position. */
    private final List<Vocabulary> vocabularies = new ArrayList<>();
    /** The item of each passage document, read once instead of from doc values per hit. */
    private final int[] itemOfDocument;
    /**
     * By item ID: a record's hash code would walk its whole text on every lookup (several per hit per request).
     */
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    /** The idf of every term the items use, computed once: ranking looks up thousands per request. */
    private final Map<String, Double> idfByTerm = new HashMap<>();
    private final double unknownTermIdf;
    private final RoutingAnalyzers analyzers;
    private final ExampleIndex examples;
    private final SemanticIndex semantic;

    private TownshipIndex(Layout layout, String townshipId, List<String> placeNames, long revision,
            List<RoutableItem> items, IndexSearcher searcher, RoutingAnalyzers analyzers, ExampleIndex examples,
            SemanticIndex semantic) {
        this.layout = layout;
        this.townshipId = townshipId;
        this.placeNames = placeNamesLongestFirst(placeNames);
        this.revision = revision;
        this.items = items;
        this.searcher = searcher;
        this.analyzers = analyzers;
        this.examples = examples;
        this.semantic = semantic;
        for (int i = 0; i < items.size(); i++) {
            Vocabulary vocabulary = Vocabulary.of(analyzers, items.get(i));
            vocabularies.add(vocabulary);
            vocabulary.all().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            positions.put(items.get(i).id(), i);
        }
        documentFrequency.forEach((term, df) -> idfByTerm.put(term, idfOf(df)));
        this.unknownTermIdf = idfOf(0);
        this.itemOfDocument = itemOfDocument(searcher);
    }

    /**
     * What an item says, as sets to look request terms up in: words and bigrams per weight class and per department
     * section (to order an item's lead departments), all of them together, the single characters of its title and
     * penalty powers, and the words of its title.
     */
    public record Vocabulary(Map<Part, Set<String>> parts, List<Set<String>> departmentParts, Set<String> all,
            Set<String> headlineCharacters, Set<String> titleWords) {
        static Vocabulary of(RoutingAnalyzers analyzers, RoutableItem item) {
            Map<Part, Set<String>> parts = new EnumMap<>(Part.class);
            Set<String> all = new HashSet<>();
            for (Map.Entry<Part, String> text : texts(item).entrySet()) {
                if (text.getKey() != Part.DEPARTMENTS) {
                    parts.put(text.getKey(), termsOf(analyzers, text.getValue()));
                }
            }
            List<Set<String>> departmentParts = new ArrayList<>();
            Set<String> departments = new HashSet<>();
            for (RoutableItem.DepartmentPart part : item.departmentParts()) {
                departmentParts.add(termsOf(analyzers, part.text()));
                departments.addAll(departmentParts.getLast());
            }
            parts.put(Part.DEPARTMENTS, departments);
            parts.values().forEach(all::addAll);
            return new Vocabulary(parts, departmentParts, all, new HashSet<>(analyzers.charactersOf(
                    item.title() + "\n" + String.join("\n", item.penaltyPowers()))),
                    new HashSet<>(analyzers.wordsOf(item.title())));
        }

        public boolean contains(String term) {
            return all.contains(term);
        }

        /** The words and bigrams of the title and the penalty powers. */
        public boolean inHeadline(String term) {
            return parts.get(Part.TITLE).contains(term) || parts.get(Part.PENALTY).contains(term);
        }
    }

    private static Set<String> termsOf(RoutingAnalyzers analyzers, String text) {
        Set<String> terms = new HashSet<>(analyzers.wordsOf(text));
        terms.addAll(analyzers.bigramsOf(text));
        return terms;
    }

    private static int[] itemOfDocument(IndexSearcher searcher) {
        int[] items = new int[searcher.getIndexReader().maxDoc()];
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues values = leaf.reader().getNumericDocValues(ITEM);
                for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                    items[leaf.docBase + doc] = (int) values.longValue();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    /**
     * @param placeNames the township's own name and the names of its county, city and province: in a request they
     *     say where, never which matter, and items that mention them (a township's tourism item names the township)
     *     must not win for that
     */
    public static TownshipIndex build(String townshipId, List<String> placeNames, long revision,
            List<RoutableItem> items, RoutingAnalyzers analyzers, ExampleRequests examples) {
        return build(Layout.STRUCTURED, townshipId, placeNames, revision, items, analyzers, examples);
    }

    /** @param examples labelled requests to compare a request with; those of items the township lacks are left out */
    public static TownshipIndex build(Layout layout, String townshipId, List<String> placeNames, long revision,
            List<RoutableItem> items, RoutingAnalyzers analyzers, ExampleRequests examples) {
        return build(layout, townshipId, placeNames, revision, items, analyzers, examples, SemanticIndex.NONE);
    }

    /** @param semantic the embeddings of the items' passages, in the order of {@code items} */
    public static TownshipIndex build(Layout layout, String townshipId, List<String> placeNames, long revision,
            List<RoutableItem> items, RoutingAnalyzers analyzers, ExampleRequests examples, SemanticIndex semantic) {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(analyzers.words(), Map.of(BIGRAMS, analyzers.bigrams(),
                CHARACTERS, analyzers.characters()));
        ByteBuffersDirectory directory = inMemoryDirectory();
        BM25Similarity similarity = new BM25Similarity();
        try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(analyzer).setSimilarity(similarity))) {
            for (int i = 0; i < items.size(); i++) {
                for (Passage passage : passages(layout, items.get(i))) {
                    Document doc = new Document();
                    doc.add(new TextField(WORDS, passage.text, Field.Store.NO));
                    if (layout == Layout.STRUCTURED) {
                        doc.add(new TextField(BIGRAMS, passage.text, Field.Store.NO));
                        doc.add(new TextField(CHARACTERS, passage.text, Field.Store.NO));
                    }
                    doc.add(new NumericDocValuesField(ITEM, i));
                    doc.add(new FloatDocValuesField(WEIGHT, passage.part.weight));
                    writer.addDocument(doc);
                }
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(similarity);
            return new TownshipIndex(layout, townshipId, placeNames, revision, List.copyOf(items), searcher,
                    analyzers, ExampleIndex.build(townshipId, items, examples, analyzers), semantic);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Passage(Part part, String text) {
    }

    /**
     * An in-memory directory whose files are each one buffer: a search opens postings for a hundred terms or more,
     * and reading from one buffer is cheaper than from the default list of pages (the index is written once, then
     * only read).
     */
    static ByteBuffersDirectory inMemoryDirectory() {
        return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }

    private static List<Passage> passages(Layout layout, RoutableItem item) {
        List<Passage> passages = new ArrayList<>();
        if (layout == Layout.PLAIN) {
            passages.add(new Passage(Part.TITLE, String.join("\n", texts(item).values())));
            return passages;
        }
        passages.add(new Passage(Part.TITLE, item.title()));
        item.penaltyPowers().forEach(p -> passages.add(new Passage(Part.PENALTY, p)));
        if (item.townshipPart() != null && !item.townshipPart().isBlank()) {
            passages.add(new Passage(Part.TOWNSHIP, item.townshipPart()));
        }
        item.departmentParts().forEach(p -> passages.add(new Passage(Part.DEPARTMENTS, p.text())));
        return passages;
    }

    /** The text of each part of an item. */
    public static Map<Part, String> texts(RoutableItem item) {
        Map<Part, String> texts = new LinkedHashMap<>();
        texts.put(Part.TITLE, item.title());
        texts.put(Part.PENALTY, String.join("\n", item.penaltyPowers()));
        texts.put(Part.TOWNSHIP, item.townshipPart() == null ? "" : item.townshipPart());
        StringBuilder departments = new StringBuilder();
        item.departmentParts().forEach(p -> departments.append(p.text()).append('\n'));
        texts.put(Part.DEPARTMENTS, departments.toString());
        return texts;
    }

    public String townshipId() {
        return townshipId;
    }

    /** The request without the township's own place names (阿龙山镇, 阿龙山, 根河市, 根河…). */
    public String withoutPlaceNames(String text) {
        String result = text;
        for (String name : placeNames) {
            result = result.replace(name, " ");
        }
        return result;
    }

    /** Each name and its short form without the division suffix (阿龙山镇 → 阿龙山), longest first. */
    private static List<String> placeNamesLongestFirst(List<String> names) {
        Set<String> all = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            all.add(name);
            String shortName = name.replaceFirst("(镇|乡|苏木|街道|市|旗|县|盟|自治区|省)$", "");
            if (shortName.length() >= 2) {
                all.add(shortName);
            }
        }
        List<String> sorted = new ArrayList<>(all);
        sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return List.copyOf(sorted);
    }

    public long revision() {
        return revision;
    }

    public List<RoutableItem> items() {
        return items;
    }

    public RoutingAnalyzers analyzers() {
        return analyzers;
    }

    /** The inverse document frequency of a term among this township's items. */
    public double idf(String term) {
        return idfByTerm.getOrDefault(term, unknownTermIdf);
    }

    private double idfOf(int documentFrequency) {
        return Math.log(1 + (items.size() - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }

    /** Whether any item of the township uses the term. */
    public boolean knows(String term) {
        return documentFrequency.containsKey(term);
    }

    /** How near a request (its own words and bigrams) is to the example requests of each item, and to outside ones. */
    public ExampleIndex.Nearest nearestExamples(WeightedTerms terms) {
        return examples.nearest(terms.words(), terms.bigrams());
    }

    /** The item's position in {@link #items()}, as {@link ExampleIndex.Nearest} counts. */
    public int position(RoutableItem item) {
        return positions.get(item.id());
    }

    /** The embeddings of the items' passages ({@link SemanticIndex#NONE} for a lexical-only index). */
    public SemanticIndex semantic() {
        return semantic;
    }

    /** How many example requests apply to this township. */
    public int exampleCount() {
        return examples.size();
    }

    /** What the item says, for looking request terms up in it. */
    public Vocabulary vocabulary(RoutableItem item) {
        return vocabularies.get(positions.get(item.id()));
    }

    /** The index's best items for a request (its terms looked up once, see {@link #requestTerms}). */
    public List<Hit> search(RequestTerms request, int limit) {
        WeightedTerms terms = request.weighted();
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        strongest(terms.words()).forEach((term, weight) -> builder.add(new BoostQuery(new TermQuery(
                new Term(WORDS, term)), layout == Layout.PLAIN ? 1f : weight), BooleanClause.Occur.SHOULD));
        if (layout == Layout.STRUCTURED) {
            strongest(terms.bigrams()).forEach((term, weight) -> builder.add(new BoostQuery(new TermQuery(
                    new Term(BIGRAMS, term)), weight * BIGRAM_WEIGHT), BooleanClause.Occur.SHOULD));
            strongest(terms.characters()).forEach((term, weight) -> builder.add(new BoostQuery(new TermQuery(
                    new Term(CHARACTERS, term)), weight * CHARACTER_WEIGHT), BooleanClause.Occur.SHOULD));
        }
        BooleanQuery query = builder.build();
        if (query.clauses().isEmpty()) {
            return List.of();
        }
        Query weighted = layout == Layout.PLAIN ? query
                : FunctionScoreQuery.boostByValue(query, DoubleValuesSource.fromFloatField(WEIGHT));
        try {
            ScoreDoc[] passages = searcher.search(weighted, PASSAGE_DEPTH).scoreDocs;
            float[] best = new float[items.size()];
            float[] others = new float[items.size()];
            for (ScoreDoc passage : passages) {
                int item = itemOfDocument[passage.doc];
                if (passage.score > best[item]) {
                    others[item] += best[item];
                    best[item] = passage.score;
                } else {
                    others[item] += passage.score;
                }
            }
            List<Integer> matched = new ArrayList<>();
            float[] score = new float[items.size()];
            for (int i = 0; i < items.size(); i++) {
                if (best[i] > 0) {
                    score[i] = best[i] + OTHER_PASSAGES * others[i];
                    matched.add(i);
                }
            }
            matched.sort((a, b) -> Float.compare(score[b], score[a]));
            List<Hit> hits = new ArrayList<>(Math.min(limit, matched.size()));
            for (int i : matched.subList(0, Math.min(limit, matched.size()))) {
                hits.add(new Hit(items.get(i), score[i], coverage(i, request)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The item as a hit the search did not find (score 0): an item the request's nearest example requests name joins
     * the hits the ranking model orders even when the request shares no word with its text.
     */
    public List<Hit> unsearched(List<RoutableItem> items, RequestTerms request) {
        return items.stream().map(item -> new Hit(item, 0f, coverage(position(item), request))).toList();
    }

    /** The terms the lists use, the rarest and weightiest first, at most {@link #MAX_TERMS_PER_KIND}. */
    private Map<String, Float> strongest(Map<String, Float> terms) {
        if (terms.size() <= MAX_TERMS_PER_KIND) {
            return terms;
        }
        Map<String, Float> kept = new LinkedHashMap<>();
        terms.entrySet().stream().filter(t -> knows(t.getKey()))
                .sorted((a, b) -> Double.compare(idf(b.getKey()) * b.getValue(), idf(a.getKey()) * a.getValue()))
                .limit(MAX_TERMS_PER_KIND).forEach(t -> kept.put(t.getKey(), t.getValue()));
        return kept;
    }

    /**
     * A request's words and bigrams with their weight and idf in this index, looked up once per request: the search's
     * coverage and the ranking features read them for every hit, the request's own words apart from the terms the
     * thesaurus added.
     */
    public record RequestTerms(WeightedTerms weighted, String[] terms, float[] weights, double[] idf,
            double weightedTotal, double ownTotal, double expandedTotal) {
        public boolean own(int term) {
            return !weighted.fromThesaurus().contains(terms[term]);
        }
    }

    public RequestTerms requestTerms(WeightedTerms weighted) {
        List<String> terms = new ArrayList<>();
        List<Float> weights = new ArrayList<>();
        for (Map<String, Float> group : List.of(weighted.words(), weighted.bigrams())) {
            group.forEach((term, weight) -> {
                terms.add(term);
                weights.add(weight);
            });
        }
        float[] weight = new float[terms.size()];
        double[] idf = new double[terms.size()];
        double weightedTotal = 0;
        double ownTotal = 0;
        double expandedTotal = 0;
        for (int t = 0; t < idf.length; t++) {
            weight[t] = weights.get(t);
            idf[t] = idf(terms.get(t));
            weightedTotal += idf[t] * weight[t];
            boolean own = !weighted.fromThesaurus().contains(terms.get(t));
            ownTotal += own ? idf[t] : 0;
            expandedTotal += own ? 0 : idf[t];
        }
        return new RequestTerms(weighted, terms.toArray(String[]::new), weight, idf, weightedTotal, ownTotal,
                expandedTotal);
    }

    /** The share of the request's (idf-weighted) terms the item's text contains. */
    private double coverage(int item, RequestTerms request) {
        Set<String> present = vocabularies.get(item).all();
        double covered = 0;
        for (int t = 0; t < request.terms().length; t++) {
            if (present.contains(request.terms()[t])) {
                covered += request.idf()[t] * request.weights()[t];
            }
        }
        return request.weightedTotal() == 0 ? 0 : covered / request.weightedTotal();
    }
}
