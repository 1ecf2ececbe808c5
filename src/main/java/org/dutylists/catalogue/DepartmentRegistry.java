package org.dutylists.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dutylists.catalogue.store.DepartmentAliasEntity;
import org.dutylists.catalogue.store.DepartmentEntity;
import org.dutylists.kernel.AdvisoryLocks;
import org.dutylists.kernel.DepartmentNames;

/**
 * The department registry of each county: one canonical department per real department, with every spelling a
 * document used as an alias. A new spelling joins the department it is a variant of ({@link DepartmentNames}), or
 * registers a new department with the next ID of its county ({@code 150785-D-12}).
 */
@ApplicationScoped
public class DepartmentRegistry {
    @Inject
    EntityManager entityManager;

    /**
     * The department ID of every spelling, registering what is new. Runs inside the importing transaction.
     *
     * @param uses how many items of the document use each spelling (the most used names the department)
     * @param regionNames the county, city and province names, which a department's canonical name should start with
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, String> resolve(String countyId, Map<String, Integer> uses, List<String> regionNames) {
        Collection<String> spellings = uses.keySet();
        // One registrar per county at a time, so that two imports cannot hand out the same department ID.
        AdvisoryLocks.lock(entityManager, "department-registry:" + countyId);
        List<DepartmentAliasEntity> aliases = DepartmentAliasEntity.list("countyId = ?1 order by id", countyId);
        Map<String, String> departmentOf = new HashMap<>();
        Map<String, List<String>> spellingsOf = new LinkedHashMap<>();
        for (DepartmentAliasEntity alias : aliases) {
            departmentOf.put(alias.spelling, alias.departmentId);
            spellingsOf.computeIfAbsent(alias.departmentId, k -> new ArrayList<>()).add(alias.spelling);
        }
        Set<String> touched = new LinkedHashSet<>();
        long registered = DepartmentEntity.count("countyId", countyId);
        for (String spelling : new LinkedHashSet<>(spellings)) {
            if (departmentOf.containsKey(spelling)) {
                continue;
            }
            String departmentId = spellingsOf.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(known -> DepartmentNames.areVariants(known, spelling)))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            if (departmentId == null) {
                departmentId = countyId + "-D-" + (++registered);
                DepartmentEntity department = new DepartmentEntity();
                department.id = departmentId;
                department.countyId = countyId;
                department.name = DepartmentNames.tidy(spelling);
                department.createdAt = OffsetDateTime.now();
                department.persist();
            }
            DepartmentAliasEntity alias = new DepartmentAliasEntity();
            alias.countyId = countyId;
            alias.spelling = spelling;
            alias.departmentId = departmentId;
            alias.persist();
            departmentOf.put(spelling, departmentId);
            spellingsOf.computeIfAbsent(departmentId, k -> new ArrayList<>()).add(spelling);
            touched.add(departmentId);
        }
        for (String departmentId : touched) {
            DepartmentEntity department = DepartmentEntity.findById(departmentId);
            Map<String, Integer> groupUses = new LinkedHashMap<>();
            spellingsOf.get(departmentId).forEach(spelled -> groupUses.put(spelled, uses.getOrDefault(spelled, 1)));
            department.name = DepartmentNames.canonicalOf(groupUses, regionNames);
        }
        return spellings.stream().distinct().collect(Collectors.toMap(s -> s, departmentOf::get));
    }
}
