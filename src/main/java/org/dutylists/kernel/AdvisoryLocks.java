package org.dutylists.kernel;

import jakarta.persistence.EntityManager;

/**
 * PostgreSQL transaction-scoped advisory locks: writers that must not interleave across replicas (imports of one
 * township, registrations in one county's department registry, thesaurus loads) queue on a named lock that is released
 * with their transaction.
 */
public final class AdvisoryLocks {
    private AdvisoryLocks() {
    }

    public static void lock(EntityManager entityManager, String name) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, name)
                .getSingleResult();
    }
}
