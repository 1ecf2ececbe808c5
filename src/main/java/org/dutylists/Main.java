package org.dutylists;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import org.dutylists.importing.ImportCommand;
import org.dutylists.routing.evaluation.EvaluateRoutingCommand;
import org.dutylists.routing.evaluation.ExportExampleRequestsCommand;
import picocli.CommandLine;

/**
 * Runs the service, or with {@code import FILE…} the command-line import: the same application, so that both write
 * through the same validation and publishing code.
 */
@QuarkusMain
public class Main implements QuarkusApplication {
    private static final Set<String> COMMANDS = Set.of("import", "evaluate-routing", "export-example-requests");

    @Inject
    ImportCommand importCommand;

    @Inject
    EvaluateRoutingCommand evaluateRoutingCommand;

    @Inject
    ExportExampleRequestsCommand exportExampleRequestsCommand;

    public static void main(String... args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            // A one-shot command does not serve HTTP; the routing commands load the default townships when the
            // database is empty (they read their items), an import brings its own documents.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("dutylists.load-default-data", String.valueOf(!args[0].equals("import")));
            System.setProperty("quarkus.log.console.level", System.getProperty("quarkus.log.console.level", "WARN"));
            // Nothing to keep fresh in a one-shot command; a poll at shutdown would only fail.
            System.setProperty("quarkus.scheduler.enabled", "false");
        }
        Quarkus.run(Main.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            Object command = switch (args[0]) {
                case "import" -> importCommand;
                case "export-example-requests" -> exportExampleRequestsCommand;
                default -> evaluateRoutingCommand;
            };
            return new CommandLine(command).execute(Arrays.copyOfRange(args, 1, args.length));
        }
        Quarkus.waitForExit();
        return 0;
    }
}
