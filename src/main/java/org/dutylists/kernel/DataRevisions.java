package org.dutylists.kernel;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Revision numbers of the data replicas cache in memory (the catalogue, the thesaurus). A writer bumps its scope in
 * the same transaction as its change; every replica polls the numbers every few seconds and fires
 * {@link DataChanged} for each scope that moved, so that all replicas see a re-import without a restart.
 */
@ApplicationScoped
public class DataRevisions {
    public static final String CATALOGUE = "catalogue";
    public static final String THESAURUS = "thesaurus";

    private static final Logger LOG = Logger.getLogger(DataRevisions.class);

    /** A scope's data changed; listeners reload what they cache from it. */
    public record DataChanged(String scope, long revision) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Event<DataChanged> changes;

    private final Map<String, Long> seen = new ConcurrentHashMap<>();

    /** Takes a new revision for the scope; call inside the writing transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long bump(String scope) {
        Number revision = (Number) entityManager
                .createNativeQuery("update data_revision set revision = nextval('data_revision_seq') where scope = ?1"
                        + " returning revision")
                .setParameter(1, scope)
                .getSingleResult();
        return revision.longValue();
    }

    /** The revision this replica last loaded for the scope (0 before the first load). */
    public long seen(String scope) {
        return seen.getOrDefault(scope, 0L);
    }

    /** Reads the current numbers and notifies listeners of the scopes that moved since the last check. */
    @Scheduled(every = "${dutylists.refresh-interval:2s}", delayed = "${dutylists.refresh-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        for (Map.Entry<String, Long> current : current().entrySet()) {
            Long before = seen.get(current.getKey());
            if (before == null || before.longValue() != current.getValue()) {
                try {
                    changes.fire(new DataChanged(current.getKey(), current.getValue()));
                    seen.put(current.getKey(), current.getValue());
                } catch (RuntimeException e) {
                    // Keep serving the previous data and try again at the next tick.
                    LOG.errorf(e, "Could not reload %s at revision %d", current.getKey(), current.getValue());
                }
            }
        }
    }

    @Transactional
    Map<String, Long> current() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select scope, revision from data_revision")
                .getResultList();
        Map<String, Long> revisions = new TreeMap<>();
        for (Object[] row : rows) {
            revisions.put((String) row[0], ((Number) row[1]).longValue());
        }
        return revisions;
    }
}
