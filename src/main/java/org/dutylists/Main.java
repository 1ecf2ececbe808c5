package org.dutylists;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.dutylists.importing.ImportCommand;
import picocli.CommandLine;

/**
 * Runs the service, or with {@code import FILE…} the command-line import: the same application, so that both write
 * through the same validation and publishing code.
 */
@QuarkusMain
public class Main implements QuarkusApplication {
    @Inject
    ImportCommand importCommand;

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("import")) {
            // A one-shot import neither serves HTTP nor loads the default townships on its own.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("dutylists.load-default-data", "false");
            System.setProperty("quarkus.log.console.level", System.getProperty("quarkus.log.console.level", "WARN"));
        }
        Quarkus.run(Main.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length > 0 && args[0].equals("import")) {
            return new CommandLine(importCommand).execute(Arrays.copyOfRange(args, 1, args.length));
        }
        Quarkus.waitForExit();
        return 0;
    }
}
