package org.dutylists.routing.thesaurus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the thesaurus file. The syntax is Solr's synonym format, one entry per line:
 *
 * <pre>
 * # comment
 * 倒垃圾, 扔垃圾 => 倾倒垃圾, 生活垃圾     everyday phrases => official terms of the lists
 * 低保, 最低生活保障                      equivalent phrases: each stands for all the others
 * 找谁, 谁管 =>                           filler phrases: removed from a request before analysis
 * 快递, 宽带 => OUTSIDE                   outside phrases: matters no list covers (a request about them needs care)
 * </pre>
 *
 * Unlike Solr, phrases are matched as substrings of the raw request rather than as token sequences, because word
 * segmentation of colloquial Chinese is unreliable (倒垃圾 must match inside 往河里倒垃圾 however it is segmented).
 * So the file is read here instead of by Lucene's SolrSynonymParser, which only builds a token-sequence map.
 */
public final class ThesaurusFormat {
    private ThesaurusFormat() {
    }

    /** The right-hand side that marks outside phrases. */
    public static final String OUTSIDE = "OUTSIDE";

    /** One line of the file. {@code terms} is empty for filler and outside phrases. */
    public record Entry(int line, List<String> phrases, List<String> terms, boolean equivalent, boolean outside) {
        public boolean filler() {
            return !equivalent && !outside && terms.isEmpty();
        }
    }

    /** A line the parser could not read. */
    public static final class SyntaxException extends IllegalArgumentException {
        public SyntaxException(int line, String message) {
            super("thesaurus line " + line + ": " + message);
        }
    }

    public static List<Entry> parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.indexOf("=>");
            if (arrow >= 0 && line.indexOf("=>", arrow + 2) >= 0) {
                throw new SyntaxException(i + 1, "more than one '=>'");
            }
            if (arrow >= 0) {
                List<String> phrases = list(line.substring(0, arrow));
                if (phrases.isEmpty()) {
                    throw new SyntaxException(i + 1, "no phrase before '=>'");
                }
                String right = line.substring(arrow + 2);
                boolean outside = right.strip().equals(OUTSIDE);
                List<String> terms = outside ? List.of() : list(right);
                if (terms.contains(normalize(OUTSIDE))) {
                    throw new SyntaxException(i + 1, "OUTSIDE marks outside phrases: write it alone and in capitals"
                            + " after '=>'");
                }
                entries.add(new Entry(i + 1, phrases, terms, false, outside));
            } else {
                List<String> phrases = list(line);
                if (phrases.size() < 2) {
                    throw new SyntaxException(i + 1, "an equivalence line needs at least two phrases");
                }
                entries.add(new Entry(i + 1, phrases, phrases, true, false));
            }
        }
        return entries;
    }

    /** The form phrases and requests are compared in: NFKC (full-width to half-width), lower case. */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static List<String> list(String part) {
        return Arrays.stream(part.split("[,，]")).map(String::strip).filter(s -> !s.isEmpty())
                .map(ThesaurusFormat::normalize).distinct().toList();
    }
}
