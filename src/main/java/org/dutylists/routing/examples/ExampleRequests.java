package org.dutylists.routing.examples;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The example requests routing compares a request with (nearest neighbours: people who describe the same matter use
 * the same everyday words, which neither the official text nor the thesaurus may contain). They are data, one JSON
 * object per line ({@code routing/example-requests.jsonl}), written by {@code evaluate-routing --export-examples} from
 * labelled ticket sets.
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

    public int size() {
        return all.size();
    }
}
