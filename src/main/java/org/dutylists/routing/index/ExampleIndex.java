package org.dutylists.routing.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.dutylists.routing.examples.ExampleRequest;
import org.dutylists.routing.examples.ExampleRequests;
import org.dutylists.routing.thesaurus.ThesaurusFormat;

/**
 * The example requests that apply to one township's items (and those no list covers), in a Lucene index searched with
 * the request's own words and bigrams: the nearest examples say which items people meant when they spoke like this.
 */
public final class ExampleIndex {
    /** How many nearest examples a request looks at. */
    private static final int DEPTH = 30;
    private static final float BIGRAM_WEIGHT = 0.5f;
    private static final int MAX_TERMS_PER_KIND = 300;
    private static final String WORDS = "w";
    private static final String BIGRAMS = "b";
    private static final String ITEM = "item";
    private static final String EXAMPLE = "example";
    /** The item position of an example no list covers. */
    private static final int OUTSIDE = -1;

    /** How many of the nearest examples a routing answer shows. */
    private static final int SHOWN = 3;

    static final ExampleIndex EMPTY = new ExampleIndex(null, new int[0], List.of(), 0);

    private final IndexSearcher searcher;
    private final int[] itemOfDocument;
    private final List<ExampleRequest> exampleOfDocument;
    private final int itemCount;

    private ExampleIndex(IndexSearcher searcher, int[] itemOfDocument, List<ExampleRequest> exampleOfDocument,
            int itemCount) {
        this.searcher = searcher;
        this.itemOfDocument = itemOfDocument;
        this.exampleOfDocument = exampleOfDocument;
        this.itemCount = itemCount;
    }

    /** One of the nearest example requests: {@code itemPosition} is -1 for one no list covers. */
    public record NearExample(ExampleRequest example, int itemPosition) {
    }

    /**
     * How near the request is to the examples of each item and to those no list covers (BM25 scores of the best
     * example of each; 0 where none is among the nearest).
     */
    public record Nearest(float[] itemScores, float best, float bestOutside, List<NearExample> nearest) {
        static final Nearest NONE = new Nearest(new float[0], 0, 0, List.of());

        /** The positions of the (at most {@code limit}) items with the nearest examples, nearest first. */
        public List<Integer> itemsNamed(int limit) {
            List<Integer> named = new ArrayList<>();
            for (int i = 0; i < itemScores.length; i++) {
                if (itemScores[i] > 0) {
                    named.add(i);
                }
            }
            named.sort((a, b) -> Float.compare(itemScores[b], itemScores[a]));
            return named.subList(0, Math.min(limit, named.size()));
        }

        public float scoreOf(int itemPosition) {
            return itemPosition < itemScores.length ? itemScores[itemPosition] : 0;
        }

        /** The item's best example against the best example of all: 1 when the nearest example is the item's. */
        public double relative(int itemPosition) {
            return best == 0 ? 0 : scoreOf(itemPosition) / best;
        }

        /** The best example no list covers against the best of all: 1 when the nearest example is outside. */
        public double outsideRelative() {
            return best == 0 ? 0 : bestOutside / best;
        }
    }

    /**
     * Indexes the examples whose item (same kind, same published name) the township has, and the outside ones written
     * for this township (by ID): a matter one township's lists do not cover may well be in another's (建筑垃圾处置核准
     * is a taken-back item of 金厂沟梁镇, in no list of 阿龙山镇).
     */
    static ExampleIndex build(String townshipId, List<RoutableItem> items, ExampleRequests examples,
            RoutingAnalyzers analyzers) {
        Map<String, Integer> positionOf = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            positionOf.putIfAbsent(key(items.get(i).kind().name(), items.get(i).name()), i);
        }
        Analyzer analyzer = new PerFieldAnalyzerWrapper(analyzers.words(), Map.of(BIGRAMS, analyzers.bigrams()));
        ByteBuffersDirectory directory = TownshipIndex.inMemoryDirectory();
        BM25Similarity similarity = new BM25Similarity();
        List<ExampleRequest> indexed = new ArrayList<>();
        try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(analyzer).setSimilarity(similarity))) {
            for (ExampleRequest example : examples.all()) {
                Integer position = !example.outside() ? positionOf.get(key(example.kind(), example.item()))
                        : example.townshipId().equals(townshipId) ? Integer.valueOf(OUTSIDE) : null;
                if (position == null) {
                    continue;
                }
                String text = ThesaurusFormat.normalize(example.text());
                Document doc = new Document();
                doc.add(new TextField(WORDS, text, Field.Store.NO));
                doc.add(new TextField(BIGRAMS, text, Field.Store.NO));
                doc.add(new NumericDocValuesField(ITEM, position));
                doc.add(new NumericDocValuesField(EXAMPLE, indexed.size()));
                writer.addDocument(doc);
                indexed.add(example);
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (indexed.isEmpty()) {
            return EMPTY;
        }
        try {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(similarity);
            int[] exampleNumbers = valuesByDocument(searcher, EXAMPLE);
            List<ExampleRequest> exampleOfDocument = new ArrayList<>(exampleNumbers.length);
            for (int number : exampleNumbers) {
                exampleOfDocument.add(indexed.get(number));
            }
            return new ExampleIndex(searcher, valuesByDocument(searcher, ITEM), List.copyOf(exampleOfDocument),
                    items.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String kind, String name) {
        return kind + "\n" + name;
    }

    /** A numeric field of every document, read once rather than from doc values per hit. */
    private static int[] valuesByDocument(IndexSearcher searcher, String field) throws IOException {
        int[] values = new int[searcher.getIndexReader().maxDoc()];
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            NumericDocValues docValues = leaf.reader().getNumericDocValues(field);
            for (int doc = docValues.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = docValues.nextDoc()) {
                values[leaf.docBase + doc] = (int) docValues.longValue();
            }
        }
        return values;
    }

    public int size() {
        return itemOfDocument.length;
    }

    /**
     * The nearest examples to a request's own words and bigrams (weight 1; thesaurus terms, at a lower weight, are the
     * lists' words, not people's).
     */
    Nearest nearest(Map<String, Float> ownWords, Map<String, Float> ownBigrams) {
        if (searcher == null) {
            return Nearest.NONE;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        limit(ownWords).forEach(w -> builder.add(new TermQuery(new Term(WORDS, w)), BooleanClause.Occur.SHOULD));
        limit(ownBigrams).forEach(b -> builder.add(new BoostQuery(new TermQuery(new Term(BIGRAMS, b)),
                BIGRAM_WEIGHT), BooleanClause.Occur.SHOULD));
        BooleanQuery query = builder.build();
        if (query.clauses().isEmpty()) {
            return Nearest.NONE;
        }
        try {
            float[] scores = new float[itemCount];
            float best = 0;
            float bestOutside = 0;
            List<NearExample> nearest = new ArrayList<>(SHOWN);
            for (ScoreDoc hit : searcher.search(query, DEPTH).scoreDocs) {
                int item = itemOfDocument[hit.doc];
                ExampleRequest example = exampleOfDocument.get(hit.doc);
                // A ticket labelled with several items is several examples with one text: show the text once.
                if (nearest.size() < SHOWN
                        && nearest.stream().noneMatch(n -> n.example().text().equals(example.text()))) {
                    nearest.add(new NearExample(example, item));
                }
                best = Math.max(best, hit.score);
                if (item == OUTSIDE) {
                    bestOutside = Math.max(bestOutside, hit.score);
                } else {
                    scores[item] = Math.max(scores[item], hit.score);
                }
            }
            return new Nearest(scores, best, bestOutside, List.copyOf(nearest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** At most {@link #MAX_TERMS_PER_KIND} terms (Lucene refuses more than 1,024 clauses; tickets can be long). */
    private static List<String> limit(Map<String, Float> terms) {
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, Float> t : terms.entrySet()) {
            if (t.getValue() >= 1f && kept.size() < MAX_TERMS_PER_KIND) {
                kept.add(t.getKey());
            }
        }
        return kept;
    }
}
