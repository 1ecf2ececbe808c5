package org.dutylists.routing.examples;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The example requests routing compares a request with (nearest neighbours: people who describe the same matter use
 * the same everyday words, which neither the official text nor the thesaurus may contain). They are data, one JSON
 * object per line ({@code routing/example-requests.jsonl}), written from labelled ticket sets by the
 * {@code export-example-requests} command.
 */
public record ExampleRequests(List<ExampleRequest> all) {
    public static final ExampleRequests NONE = new ExampleRequests(List.of());

    public ExampleRequests {
        all = List.copyOf(all);
    }

    /** Reads JSON lines strictly: an unknown field, a missing text or kind, or a malformed line is an error. */
    public static ExampleRequests read(ObjectMapper json, InputStream in) throws IOException {
        // Required fields are marked on the record; the item is optional (an OUTSIDE example has none).
        var reader = json.readerFor(ExampleRequest.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<ExampleRequest> examples = new ArrayList<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (!line.isBlank()) {
                try {
                    examples.add(reader.readValue(line));
                } catch (IOException | RuntimeException e) {
                    throw new IOException("Example requests, line " + number + ": " + e.getMessage(), e);
                }
            }
        }
        return new ExampleRequests(examples);
    }

    /** The labelled sets the examples come from. */
    public Set<String> sets() {
        Set<String> sets = new TreeSet<>();
        all.forEach(e -> sets.add(e.set()));
        return sets;
    }

    /** These examples without those of one set: a set is never answered with its own tickets. */
    public ExampleRequests without(String set) {
        return new ExampleRequests(all.stream().filter(e -> !e.set().equals(set)).toList());
    }

    /**
     * These examples without any whose text is one of {@code texts}: a ticket set measured under another name (a copy,
     * a merge) must not find its own tickets either.
     */
    public ExampleRequests withoutTexts(Set<String> texts) {
        return new ExampleRequests(all.stream().filter(e -> !texts.contains(e.text())).toList());
    }

    /** A ticket set's name, as examples record it: its file name without the extension. */
    public static String setName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.jsonl?$", "");
    }

    public int size() {
        return all.size();
    }
}
