package org.dutylists.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.dutylists.catalogue.store.TownshipEntity;
import org.dutylists.kernel.DataRevisions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the townships that ship with the service (the manifest's documents under {@code seeds/}) that the database
 * does not have yet: all of them on an empty database, the rest after a start that was interrupted. Several replicas
 * may start at once: the publisher serialises imports per township and skips content that is already current.
 */
@ApplicationScoped
public class DefaultDataLoader {
    private static final Logger LOG = Logger.getLogger(DefaultDataLoader.class);

    @Inject
    ImportService importService;

    @Inject
    ObjectMapper json;

    @Inject
    DataRevisions revisions;

    @ConfigProperty(name = "dutylists.load-default-data", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            loadMissing();
        }
        revisions.refresh();
    }

    @Transactional
    boolean isLoaded(String townshipId) {
        TownshipEntity township = TownshipEntity.findById(townshipId);
        return township != null && township.currentVersionId != null;
    }

    public void loadMissing() {
        TownshipManifest manifest = TownshipManifest.loadDefault(json);
        for (TownshipManifest.Entry township : manifest.townships()) {
            if (isLoaded(township.id())) {
                continue;
            }
            String resource = "seeds/" + township.document();
            ImportService.ImportResult result = importService.importDocument(township.document(), read(resource),
                    manifest);
            if (!result.report().accepted()) {
                throw new IllegalStateException("The default document " + resource + " was rejected:\n"
                        + result.report().render());
            }
            LOG.infof("Default data: %s (%s) %s as version %d", township.name(), township.id(),
                    result.publication().orElseThrow().status(), result.publication().orElseThrow().versionNumber());
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = TownshipManifest.resource(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
