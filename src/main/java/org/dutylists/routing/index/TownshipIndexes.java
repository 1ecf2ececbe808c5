package org.dutylists.routing.index;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dutylists.catalogue.CataloguePublisher;
import org.dutylists.catalogue.CatalogueService;
import org.dutylists.catalogue.TownshipDirectory;
import org.dutylists.routing.examples.ShippedExampleRequests;
import org.dutylists.routing.embedding.PassageEmbeddings;
import org.dutylists.routing.examples.ExampleRequests;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The routing index of each township, built from the database on first use and rebuilt as soon as the township's
 * lists change (the catalogue revision moves on every replica within seconds). At most
 * {@code dutylists.routing.max-indexes} indexes stay in memory; the least recently used go first.
 */
@ApplicationScoped
public class TownshipIndexes {
    private static final Logger LOG = Logger.getLogger(TownshipIndexes.class);

    @Inject
    TownshipDirectory directory;

    @Inject
    CatalogueService catalogue;

    @Inject
    ShippedExampleRequests shippedExamples;

    @Inject
    MeterRegistry metrics;

    @Inject
    PassageEmbeddings embeddings;

    @ConfigProperty(name = "dutylists.routing.max-indexes", defaultValue = "500")
    int maxIndexes;

    private final RoutingAnalyzers analyzers = new RoutingAnalyzers();
    private final Map<String, Entry> indexes = new ConcurrentHashMap<>();
    private final Map<String, Object> buildLocks = new ConcurrentHashMap<>();

    private static final class Entry {
        final TownshipIndex index;
        volatile long lastUsed = System.nanoTime();

        Entry(TownshipIndex index) {
            this.index = index;
        }
    }

    /** The township's index at its current revision, or empty when the township is unknown. */
    public Optional<TownshipIndex> of(String townshipId) {
        Optional<TownshipDirectory.TownshipRecord> township = directory.township(townshipId);
        if (township.isEmpty()) {
            return Optional.empty();
        }
        long revision = township.get().revision();
        Entry entry = indexes.get(townshipId);
        if (entry == null || entry.index.revision() != revision) {
            // One build per township at a time (it reads the database and takes about half a second): the requests
            // that arrive meanwhile wait for it instead of each building their own, which would starve the CPUs.
            // Other townships are not held up: the lock is the township's own, not the map's.
            entry = buildIfStale(township.get());
        }
        entry.lastUsed = System.nanoTime();
        evictBeyondLimit();
        return Optional.of(entry.index);
    }

    /**
     * The township's index at the given record's revision, built under the township's own lock if the one in use is
     * older, so that a reload and the requests arriving meanwhile build it once. (The locks stay: one small object per
     * township, never removed while someone may hold it.)
     */
    private Entry buildIfStale(TownshipDirectory.TownshipRecord township) {
        synchronized (buildLocks.computeIfAbsent(township.id(), id -> new Object())) {
            Entry entry = indexes.get(township.id());
            if (entry != null && entry.index.revision() >= township.revision()) {
                return entry;
            }
            Entry built = new Entry(build(township));
            metrics.counter("routing.index.builds", "township", township.id()).increment();
            return indexes.merge(township.id(), built,
                    (current, fresh) -> current.index.revision() >= fresh.index.revision() ? current : fresh);
        }
    }

    /** Rebuilds, right away, the indexes in use whose township changed; drops those of townships that are gone. */
    void onCatalogueReloaded(@Observes TownshipDirectory.CatalogueReloaded reloaded) {
        for (String townshipId : List.copyOf(indexes.keySet())) {
            Long revision = reloaded.townshipRevisions().get(townshipId);
            if (revision == null) {
                indexes.remove(townshipId);
            } else {
                Entry current = indexes.get(townshipId);
                if (current != null && current.index.revision() != revision) {
                    directory.township(townshipId).ifPresent(this::buildIfStale);
                }
            }
        }
    }

    private TownshipIndex build(TownshipDirectory.TownshipRecord township) {
        return build(township, shippedExamples.get());
    }

    /** A township's index with other example requests than the shipped ones (the evaluation leaves a set out). */
    public TownshipIndex build(TownshipDirectory.TownshipRecord township, ExampleRequests examples) {
        long start = System.nanoTime();
        List<RoutableItem> items = catalogue.currentItems(township.id()).stream().map(RoutableItems::of).toList();
        // Stored at import: loaded here, not recomputed (a version imported before embeddings existed is embedded
        // once, here, and stored).
        SemanticIndex semantic = SemanticIndex.of(items, embeddings.of(passages(items)));
        TownshipIndex index = TownshipIndex.build(TownshipIndex.Layout.STRUCTURED, township.id(),
                placeNames(township), township.revision(), items, analyzers, examples, semantic);
        LOG.infof("Routing index of %s (revision %d, %d items, %d example requests) built in %d ms", township.id(),
                township.revision(), items.size(), index.exampleCount(), (System.nanoTime() - start) / 1_000_000);
        return index;
    }

    /** The passages of these items that routing compares requests with by meaning. */
    public static List<String> passages(List<RoutableItem> items) {
        return items.stream().flatMap(item -> SemanticIndex.passages(item).stream()).distinct().toList();
    }

    /**
     * Embeds the passages of a township's newly published lists and stores them, right after the import commits:
     * replicas and restarts then load them. Identical passages (an unchanged item, another township's copy of it)
     * are embedded once.
     */
    @ActivateRequestContext
    void onListsPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) CataloguePublisher.ListsPublished
            published) {
        long start = System.nanoTime();
        // The publishing transaction has ended but is still the thread's: read in a transaction of our own.
        List<RoutableItem> items = QuarkusTransaction.requiringNew().call(() -> {
            if (directory.township(published.townshipId()).map(t -> t.revision() < published.revision())
                    .orElse(true)) {
                // This process's directory learns of the new version at its next refresh: read it now.
                directory.reload();
            }
            return catalogue.currentItems(published.townshipId()).stream().map(RoutableItems::of).toList();
        });
        int passages = embeddings.of(passages(items)).size();
        LOG.infof("Embeddings of %s's %d passages ready in %d ms", published.townshipId(), passages,
                (System.nanoTime() - start) / 1_000_000);
    }

    public static List<String> placeNames(TownshipDirectory.TownshipRecord township) {
        return List.of(township.name(), township.county().name(), township.city().name(),
                township.province().name());
    }

    private void evictBeyondLimit() {
        while (indexes.size() > maxIndexes) {
            indexes.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().lastUsed))
                    .ifPresent(e -> indexes.remove(e.getKey(), e.getValue()));
        }
    }
}
