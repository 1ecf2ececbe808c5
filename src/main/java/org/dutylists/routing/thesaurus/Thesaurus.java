package org.dutylists.routing.thesaurus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loaded thesaurus, ready to apply to a request: finds the phrases a request contains, longest first and without
 * overlaps, and returns the official terms they stand for and the request with filler phrases removed. A phrase
 * listed on several lines stands for the terms of all of them.
 */
public final class Thesaurus {
    public static final Thesaurus EMPTY = new Thesaurus(0, List.of());

    private final long version;
    private final int size;
    /** Phrases by their first character, longest first: a request is scanned once, position by position. */
    private final Map<Character, List<Phrase>> byFirstChar = new HashMap<>();

    private record Phrase(String text, List<String> terms, boolean filler, boolean outside, int line) {
    }

    /** What the thesaurus made of a request. */
    public record Application(String remainingText, List<String> terms, List<Hit> hits) {
    }

    /**
     * A phrase found in the request, the thesaurus line that defines it, the terms it added, and whether it names a
     * matter no list covers.
     */
    public record Hit(String phrase, int line, List<String> terms, boolean outside) {
    }

    public Thesaurus(long version, List<ThesaurusFormat.Entry> entries) {
        this.version = version;
        this.size = entries.size();
        Map<String, Set<String>> terms = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Boolean> filler = new HashMap<>();
        Map<String, Boolean> outside = new HashMap<>();
        for (ThesaurusFormat.Entry entry : entries) {
            for (String phrase : entry.phrases()) {
                Set<String> t = terms.computeIfAbsent(phrase, p -> new LinkedHashSet<>());
                entry.terms().stream().filter(term -> !term.equals(phrase)).forEach(t::add);
                lines.putIfAbsent(phrase, entry.line());
                filler.merge(phrase, entry.filler(), Boolean::logicalAnd);
                outside.merge(phrase, entry.outside(), Boolean::logicalOr);
            }
        }
        terms.forEach((phrase, t) -> byFirstChar.computeIfAbsent(phrase.charAt(0), c -> new ArrayList<>())
                .add(new Phrase(phrase, List.copyOf(t), filler.get(phrase), outside.get(phrase), lines.get(phrase))));
        byFirstChar.values().forEach(l -> l.sort(Comparator.comparingInt((Phrase p) -> p.text.length()).reversed()));
    }

    public long version() {
        return version;
    }

    public int size() {
        return size;
    }

    /** @param normalized a request in {@link ThesaurusFormat#normalize} form */
    public Application apply(String normalized) {
        StringBuilder remaining = new StringBuilder();
        Set<String> terms = new LinkedHashSet<>();
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < normalized.length()) {
            Phrase found = null;
            for (Phrase p : byFirstChar.getOrDefault(normalized.charAt(i), List.of())) {
                if (normalized.startsWith(p.text, i)) {
                    found = p;
                    break;
                }
            }
            if (found == null) {
                remaining.append(normalized.charAt(i));
                i++;
                continue;
            }
            remaining.append(found.filler ? " " : found.text);
            terms.addAll(found.terms);
            hits.add(new Hit(found.text, found.line, found.terms, found.outside));
            i += found.text.length();
        }
        return new Application(remaining.toString(), List.copyOf(terms), hits);
    }
}
