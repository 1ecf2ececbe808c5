package org.dutylists.routing.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The two views of Chinese text routing uses: words, as SmartChineseAnalyzer segments them (with function words
 * removed), and overlapping character bigrams, which still match where segmentation of colloquial text goes wrong.
 */
public final class RoutingAnalyzers {
    /** Function words and pronouns that say nothing about a matter. */
    private static final List<String> FUNCTION_WORDS = List.of("的", "了", "在", "是", "有", "我", "我们", "你", "您",
            "你们", "他", "她", "他们", "它", "这", "那", "这个", "那个", "这些", "那些", "就", "都", "也", "还", "把",
            "被", "给", "让", "跟", "和", "与", "及", "或", "或者", "吗", "呢", "吧", "啊", "呀", "哦", "嘛", "啦", "个",
            "一", "一个", "些", "很", "太", "又", "再", "才", "得", "地", "着", "过", "要", "想", "会", "能", "可以",
            "什么", "怎么", "为什么", "哪", "哪里", "哪儿", "谁", "多少", "几", "没", "不", "没有", "已经", "现在",
            "今天", "昨天", "一直", "还是", "但是", "可是", "因为", "所以", "如果", "就是", "自己", "家", "人", "事",
            "上", "下", "里", "中", "对", "等", "说", "去", "来", "做", "好", "大", "小", "多", "少", "跟前", "咱",
            "咱们", "俺", "啥", "咋", "呗", "哈", "嗯");

    private final Analyzer words;
    private final Analyzer bigrams;
    private final Analyzer characters;
    /** Bounded well above any thesaurus's size, so that a thesaurus update cannot make them grow without end. */
    private final Cache<String, List<String>> thesaurusWords = Caffeine.newBuilder().maximumSize(50_000).build();
    private final Cache<String, List<String>> thesaurusBigrams = Caffeine.newBuilder().maximumSize(50_000).build();

    public RoutingAnalyzers() {
        CharArraySet stop = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
        stop.addAll(FUNCTION_WORDS);
        this.words = new SmartChineseAnalyzer(stop);
        this.bigrams = characterAnalyzer(stop, true);
        this.characters = characterAnalyzer(stop, false);
    }

    /** Han characters one by one (StandardTokenizer splits them so), joined into overlapping pairs or not. */
    private static Analyzer characterAnalyzer(CharArraySet stop, boolean pairs) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(source));
                if (pairs) {
                    stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN, false);
                }
                return new TokenStreamComponents(source, new StopFilter(stream, stop));
            }
        };
    }

    /** Single characters: 卖 in 买卖, 砍 in 砍伐, where neither words nor bigrams of a colloquial request match. */
    public Analyzer characters() {
        return characters;
    }

    public List<String> charactersOf(String text) {
        return tokens(characters, text);
    }

    public Analyzer words() {
        return words;
    }

    public Analyzer bigrams() {
        return bigrams;
    }

    public List<String> wordsOf(String text) {
        return tokens(words, text);
    }

    public List<String> bigramsOf(String text) {
        return tokens(bigrams, text);
    }

    /**
     * The words of a thesaurus phrase or term, segmented once: a request's thesaurus hits are analysed several times
     * per request (as query terms, as concepts), always among the same few thousand strings.
     */
    public List<String> thesaurusWordsOf(String phrase) {
        return thesaurusWords.get(phrase, p -> List.copyOf(wordsOf(p)));
    }

    /** The bigrams of a thesaurus phrase or term, computed once (see {@link #thesaurusWordsOf}). */
    public List<String> thesaurusBigramsOf(String phrase) {
        return thesaurusBigrams.get(phrase, p -> List.copyOf(bigramsOf(p)));
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
