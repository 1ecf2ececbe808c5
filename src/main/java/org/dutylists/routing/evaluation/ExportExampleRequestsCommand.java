package org.dutylists.routing.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dutylists.catalogue.CatalogueService;
import org.dutylists.routing.RoutingService;
import org.dutylists.routing.evaluation.RoutingEvaluation.LabelledTicket;
import org.dutylists.routing.examples.ExampleRequest;
import org.dutylists.routing.examples.ExampleRequests;
import org.dutylists.routing.index.RoutableItem;
import org.dutylists.routing.index.RoutableItems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export-example-requests FILE… --to OUT}: turns labelled ticket sets into the example requests routing
 * compares requests with, naming each ticket's item by its kind and published name (read from the catalogue), so that
 * the examples survive a renumbering and serve every township with the same item.
 */
@Dependent
@Command(name = "export-example-requests", mixinStandardHelpOptions = true,
        description = "Write labelled tickets as example requests (JSON lines) for routing.")
public class ExportExampleRequestsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Labelled ticket sets, one JSON object per line.")
    List<Path> files;

    @Option(names = "--to", required = true, paramLabel = "OUT", description = "The example requests file to write.")
    Path to;

    @Inject
    RoutingService routing;

    @Inject
    CatalogueService catalogue;

    @Inject
    ObjectMapper json;

    PrintWriter out = new PrintWriter(System.out, true);

    private final Map<String, List<RoutableItem>> itemsByTownship = new HashMap<>();

    @Override
    public Integer call() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : files) {
            String set = ExampleRequests.setName(file);
            int count = 0;
            try {
                for (LabelledTicket ticket : RoutingEvaluation.readTickets(json, file)) {
                    for (ExampleRequest example : examples(set, ticket)) {
                        lines.add(json.writeValueAsString(example));
                        count++;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // A data error, not a usage error: say which, write nothing.
                System.err.printf("%s: %s%n", file, e.getMessage());
                return 1;
            }
            out.printf("%s: %d example requests%n", set, count);
        }
        Files.write(to, lines, StandardCharsets.UTF_8);
        out.printf("%d example requests written to %s%n", lines.size(), to);
        return 0;
    }

    private List<ExampleRequest> examples(String set, LabelledTicket ticket) {
        String townshipId = routing.township(ticket.township()).id();
        if (!ticket.inScope()) {
            return List.of(new ExampleRequest(set, ticket.id(), townshipId, ticket.township(), ExampleRequest.OUTSIDE,
                    null, ticket.fullText()));
        }
        List<RoutableItem> items = itemsByTownship.computeIfAbsent(townshipId,
                id -> catalogue.currentItems(id).stream().map(RoutableItems::of).toList());
        List<ExampleRequest> examples = new ArrayList<>();
        for (int number : ticket.items()) {
            Optional<RoutableItem> item = items.stream()
                    .filter(i -> i.kind() == ticket.dutyKind() && i.number() == number).findFirst();
            if (item.isEmpty()) {
                throw new IllegalArgumentException("Ticket " + ticket.id() + ": " + ticket.township() + " has no "
                        + ticket.kind() + " item " + number);
            }
            examples.add(new ExampleRequest(set, ticket.id(), townshipId, ticket.township(), item.get().kind().name(),
                    item.get().name(), ticket.fullText()));
        }
        return examples;
    }
}
