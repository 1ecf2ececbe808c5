package org.dutylists.routing.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One township's items in an in-memory Lucene index, searched with BM25. Each item's text is indexed by weight
 * class, so that what an item <em>is</em> (its title and penalty powers) counts for more than the long paragraphs on
 * what departments do: a matter the township handles itself must not lose to a cooperative item that merely mentions
 * the same word. Each field is indexed twice, as words and as character bigrams.
 */
public final class TownshipIndex {
    /**
     * STRUCTURED weighs the parts of an item's text and adds bigrams; PLAIN is the comparison baseline: all text in
     * one field, words only, plain BM25.
     */
    public enum Layout {
        STRUCTURED,
        PLAIN
    }

    /** The weight classes of item text, strongest first. */
    public enum Part {
        TITLE("title"),
        PENALTY("penalty"),
        TOWNSHIP("township"),
        DEPARTMENTS("departments");

        final String field;

        Part(String field) {
            this.field = field;
        }
    }

    /** How a request's terms weigh: its own words count fully, thesaurus terms less. */
    public record WeightedTerms(Map<String, Float> words, Map<String, Float> bigrams) {
    }

    /** A search hit: the item, its BM25 score, and how much of the request's weight its text covers. */
    public record Hit(RoutableItem item, float score, double coverage) {
    }

    /** Field boosts for words and for bigrams, by part. */
    private static final Map<Part, float[]> BOOSTS = Map.of(
            Part.TITLE, new float[] {f("tw", 4.0f), f("tb", 2.0f)},
            Part.PENALTY, new float[] {f("pw", 3.0f), f("pb", 1.5f)},
            Part.TOWNSHIP, new float[] {f("sw", 1.0f), f("sb", 0.5f)},
            Part.DEPARTMENTS, new float[] {f("dw", 0.5f), f("db", 0.25f)});
    private static final String PLAIN_FIELD = "all_w";
    private static final float TIE_BREAKER = f("tie", 0.2f);
    static float f(String k, float d) { return Float.parseFloat(System.getProperty("r." + k, String.valueOf(d))); }

    private final Layout layout;
    private final String townshipId;
    private final long revision;
    private final List<RoutableItem> items;
    private final IndexSearcher searcher;
    private final List<Set<String>> docTerms = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final RoutingAnalyzers analyzers;

    private TownshipIndex(Layout layout, String townshipId, long revision, List<RoutableItem> items,
            IndexSearcher searcher, RoutingAnalyzers analyzers) {
        this.layout = layout;
        this.townshipId = townshipId;
        this.revision = revision;
        this.items = items;
        this.searcher = searcher;
        this.analyzers = analyzers;
        for (RoutableItem item : items) {
            Set<String> terms = new HashSet<>();
            for (String text : texts(item).values()) {
                terms.addAll(analyzers.wordsOf(text));
                terms.addAll(analyzers.bigramsOf(text));
            }
            docTerms.add(terms);
            terms.forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
    }

    public static TownshipIndex build(String townshipId, long revision, List<RoutableItem> items,
            RoutingAnalyzers analyzers) {
        return build(Layout.STRUCTURED, townshipId, revision, items, analyzers);
    }

    public static TownshipIndex build(Layout layout, String townshipId, long revision, List<RoutableItem> items,
            RoutingAnalyzers analyzers) {
        Map<String, Analyzer> perField = new HashMap<>();
        for (Part part : Part.values()) {
            perField.put(part.field + "_w", analyzers.words());
            perField.put(part.field + "_b", analyzers.bigrams());
        }
        Analyzer analyzer = new PerFieldAnalyzerWrapper(analyzers.words(), perField);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        org.apache.lucene.search.similarities.Similarity similarity = layout == Layout.PLAIN ? new BM25Similarity()
                : new org.apache.lucene.search.similarities.PerFieldSimilarityWrapper() {
            final BM25Similarity title = new BM25Similarity(f("k1", 1.2f), f("tbn", 0.75f));
            final BM25Similarity other = new BM25Similarity(f("k1", 1.2f), f("obn", 0.75f));
            @Override
            public org.apache.lucene.search.similarities.Similarity get(String name) {
                return name.startsWith("title") || name.startsWith("penalty") ? title : other;
            }
        };
        try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(analyzer).setSimilarity(similarity))) {
            for (RoutableItem item : items) {
                Document doc = new Document();
                if (layout == Layout.PLAIN) {
                    doc.add(new TextField(PLAIN_FIELD, String.join("\n", texts(item).values()), Field.Store.NO));
                } else {
                    texts(item).forEach((part, text) -> {
                        doc.add(new TextField(part.field + "_w", text, Field.Store.NO));
                        doc.add(new TextField(part.field + "_b", text, Field.Store.NO));
                    });
                }
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(similarity);
            return new TownshipIndex(layout, townshipId, revision, List.copyOf(items), searcher, analyzers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    public long revision() {
        return revision;
    }

    public List<RoutableItem> items() {
        return items;
    }

    public RoutingAnalyzers analyzers() {
        return analyzers;
    }

    /** The inverse document frequency of a term in this township's items. */
    public double idf(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (items.size() - df + 0.5) / (df + 0.5));
    }

    public boolean contains(RoutableItem item, String term) {
        return docTerms.get(items.indexOf(item)).contains(term);
    }

    public List<Hit> search(WeightedTerms terms, int limit) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (layout == Layout.PLAIN) {
            terms.words().keySet().forEach(term -> query.add(new TermQuery(new Term(PLAIN_FIELD, term)),
                    BooleanClause.Occur.SHOULD));
        } else {
            terms.words().forEach((term, weight) -> query.add(perTerm(term, weight, 0), BooleanClause.Occur.SHOULD));
            terms.bigrams().forEach((term, weight) -> query.add(perTerm(term, weight, 1),
                    BooleanClause.Occur.SHOULD));
        }
        BooleanQuery built = query.build();
        if (built.clauses().isEmpty()) {
            return List.of();
        }
        try {
            ScoreDoc[] top = searcher.search(built, limit).scoreDocs;
            List<Hit> hits = new ArrayList<>(top.length);
            for (ScoreDoc doc : top) {
                hits.add(new Hit(items.get(doc.doc), doc.score, coverage(doc.doc, terms)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One term across the parts: the best part counts, the others a little (a term is one piece of evidence). */
    private static Query perTerm(String term, float weight, int kind) {
        List<Query> disjuncts = new ArrayList<>();
        for (Part part : Part.values()) {
            Query q = new TermQuery(new Term(part.field + (kind == 0 ? "_w" : "_b"), term));
            disjuncts.add(new BoostQuery(q, BOOSTS.get(part)[kind] * weight));
        }
        return new DisjunctionMaxQuery(disjuncts, TIE_BREAKER);
    }

    /** The share of the request's (idf-weighted) terms the item's text contains. */
    private double coverage(int doc, WeightedTerms terms) {
        Set<String> present = docTerms.get(doc);
        double total = 0;
        double covered = 0;
        for (Map<String, Float> group : List.of(terms.words(), terms.bigrams())) {
            for (Map.Entry<String, Float> t : group.entrySet()) {
                double w = idf(t.getKey()) * t.getValue();
                total += w;
                if (present.contains(t.getKey())) {
                    covered += w;
                }
            }
        }
        return total == 0 ? 0 : covered / total;
    }
}
