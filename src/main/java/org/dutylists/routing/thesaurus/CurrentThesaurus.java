package org.dutylists.routing.thesaurus;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dutylists.kernel.DataRevisions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The thesaurus routing applies. At start-up the thesaurus file (the one shipped in {@code routing/thesaurus.txt},
 * or {@code dutylists.thesaurus.file}) is loaded into the database when its content is new; every replica then reads
 * the newest version from the database, and again whenever the thesaurus revision moves.
 */
@ApplicationScoped
public class CurrentThesaurus {
    private static final Logger LOG = Logger.getLogger(CurrentThesaurus.class);
    static final String SHIPPED = "routing/thesaurus.txt";

    @Inject
    ThesaurusStore store;

    @ConfigProperty(name = "dutylists.thesaurus.file")
    Optional<Path> file;

    @ConfigProperty(name = "dutylists.load-default-data", defaultValue = "true")
    boolean loadDefaults;

    private volatile Thesaurus current = Thesaurus.EMPTY;

    public Thesaurus get() {
        return current;
    }

    /** Runs before the default lists load, so that the first index is built with the thesaurus in place. */
    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (loadDefaults || file.isPresent()) {
            String name = file.map(Path::toString).orElse(SHIPPED);
            ThesaurusStore.Load load = store.load(name, read());
            LOG.infof("Thesaurus %s: %d entries, version %d%s", name, load.entries(), load.versionId(),
                    load.changed() ? " (new)" : "");
        }
        current = store.current();
    }

    void onChange(@Observes DataRevisions.DataChanged change) {
        if (DataRevisions.THESAURUS.equals(change.scope())) {
            current = store.current();
        }
    }

    private String read() {
        try {
            if (file.isPresent()) {
                return Files.readString(file.get(), StandardCharsets.UTF_8);
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SHIPPED)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the thesaurus", e);
        }
    }
}
