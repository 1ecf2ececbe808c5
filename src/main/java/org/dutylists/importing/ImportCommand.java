package org.dutylists.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE…}: reads each document, prints its validation report and imports it when it has no error. Exits
 * 0 when every document was imported (or was already current), 1 when any was rejected, 2 on a usage error.
 */
@Dependent
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import township duty-list documents (text export or canonical JSON) into the catalogue.")
public class ImportCommand implements Callable<Integer> {
    public static final int REJECTED = 1;
    public static final int USAGE = 2;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Documents to import.")
    List<Path> files;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "Township manifest with the division codes (default: the one shipped with the service).")
    Path manifestFile;

    @Option(names = "--dry-run", description = "Validate and print the reports; import nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the reports as JSON.")
    boolean jsonOutput;

    @Inject
    ImportService importService;

    @Inject
    ObjectMapper json;

    PrintWriter out = new PrintWriter(System.out, true);

    @Override
    public Integer call() throws IOException {
        TownshipManifest manifest = manifestFile == null ? TownshipManifest.loadDefault(json)
                : TownshipManifest.loadFile(json, manifestFile);
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                out.println("No such file: " + file);
                return USAGE;
            }
        }
        int exit = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            if (dryRun) {
                var reading = new DocumentReader(json, manifest).read(name, bytes);
                print(reading.report(), null);
                exit = reading.report().accepted() ? exit : REJECTED;
                continue;
            }
            ImportService.ImportResult result = importService.importDocument(name, bytes, manifest);
            print(result.report(), result.publication().map(p -> p.status() + ": " + p.townshipId() + " version "
                    + p.versionNumber()).orElse("NOT IMPORTED"));
            exit = result.report().accepted() ? exit : REJECTED;
        }
        return exit;
    }

    private void print(org.dutylists.importing.validation.ValidationReport report, String outcome) throws IOException {
        if (jsonOutput) {
            out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } else {
            out.print(report.render());
            out.flush();
        }
        if (outcome != null) {
            out.println(outcome);
        }
    }
}
