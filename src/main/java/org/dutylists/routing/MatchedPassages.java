package org.dutylists.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dutylists.routing.index.RoutableItem;
import org.dutylists.routing.index.TownshipIndex;

/**
 * The sentences of an item's text that matched a request, with the matched terms marked. Lucene's highlighters
 * re-analyse stored fields to find offsets; here the matched terms are known words and bigrams of the published text,
 * so they are found by plain substring search in the sentences they occur in, which also keeps every passage an exact
 * substring of the official text.
 */
public final class MatchedPassages {
    static final int MAX_PASSAGES = 3;
    private static final String SENTENCE_END = "。；;！!？?\n";

    private MatchedPassages() {
    }

    /** A passage of one part of the item text; {@code highlights} are [start, end) UTF-16 offsets into it. */
    public record Passage(String field, String text, List<int[]> highlights, double weight) {
        /** The passage with each highlight wrapped in 【】, for display. */
        public String marked() {
            StringBuilder s = new StringBuilder();
            int at = 0;
            for (int[] h : highlights) {
                s.append(text, at, h[0]).append('【').append(text, h[0], h[1]).append('】');
                at = h[1];
            }
            return s.append(text.substring(at)).toString();
        }
    }

    public static List<Passage> of(RoutableItem item, List<String> terms, Map<String, Double> termWeights) {
        List<Passage> passages = new ArrayList<>();
        TownshipIndex.texts(item).forEach((part, text) -> {
            for (String sentence : sentences(text)) {
                List<int[]> ranges = new ArrayList<>();
                double weight = 0;
                for (String term : terms) {
                    boolean found = false;
                    for (int i = sentence.indexOf(term); i >= 0; i = sentence.indexOf(term, i + 1)) {
                        ranges.add(new int[] {i, i + term.length()});
                        found = true;
                    }
                    if (found) {
                        weight += termWeights.getOrDefault(term, 1.0);
                    }
                }
                if (!ranges.isEmpty()) {
                    passages.add(new Passage(fieldName(part, item), sentence, merge(ranges), weight));
                }
            }
        });
        passages.sort(Comparator.comparingDouble(Passage::weight).reversed());
        return passages.subList(0, Math.min(MAX_PASSAGES, passages.size()));
    }

    /** The item field (as the catalogue names it) a part of the text comes from. */
    private static String fieldName(TownshipIndex.Part part, RoutableItem item) {
        return switch (part) {
            case TITLE -> "name";
            case PENALTY -> "penaltyPowers";
            case TOWNSHIP -> "cooperationDuties";
            case DEPARTMENTS -> item.kind() == org.dutylists.kernel.DutyKind.TRANSFERRED ? "workingMethod"
                    : "departmentDuties";
        };
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (SENTENCE_END.indexOf(text.charAt(i)) >= 0) {
                add(sentences, text.substring(start, i + 1));
                start = i + 1;
            }
        }
        add(sentences, text.substring(start));
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            sentences.add(s);
        }
    }

    private static List<int[]> merge(List<int[]> ranges) {
        ranges.sort(Comparator.comparingInt((int[] r) -> r[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : ranges) {
            if (!merged.isEmpty() && r[0] <= merged.getLast()[1]) {
                merged.getLast()[1] = Math.max(merged.getLast()[1], r[1]);
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        }
        return merged;
    }
}
