package org.dutylists.catalogue;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dutylists.catalogue.api.CatalogueViews.DivisionRef;
import org.dutylists.catalogue.api.CatalogueViews.KindCounts;
import org.dutylists.catalogue.api.CatalogueViews.ListCategory;
import org.dutylists.catalogue.api.CatalogueViews.ListSummary;
import org.dutylists.catalogue.api.CatalogueViews.VersionInfo;
import org.dutylists.catalogue.store.CountyEntity;
import org.dutylists.catalogue.store.DutyListEntity;
import org.dutylists.catalogue.store.ListCategoryEntity;
import org.dutylists.catalogue.store.TownshipEntity;
import org.dutylists.kernel.DataRevisions;
import org.dutylists.kernel.DutyCategory;
import org.dutylists.kernel.DutyKind;

/**
 * The townships with their current version's list headings and counts: a few hundred bytes per township, held in
 * memory and reloaded when the catalogue revision moves. Items themselves stay in PostgreSQL and are queried per
 * request (with a bounded cache in front), so a replica's memory does not grow with the number of items.
 */
@ApplicationScoped
public class TownshipDirectory {
    @Inject
    EntityManager entityManager;

    @Inject
    @CacheName("catalogue-reads")
    Cache reads;

    @Inject
    Event<CatalogueReloaded> reloaded;

    private volatile Snapshot snapshot = new Snapshot(Map.of());

    /** One township as the directory knows it. */
    public record TownshipRecord(String id, String name, DivisionRef county, DivisionRef city, DivisionRef province,
            long versionId, long revision, VersionInfo version, Map<DutyKind, ListSummary> lists,
            OffsetDateTime updatedAt) {

        public KindCounts counts() {
            return KindCounts.of(count(DutyKind.BASIC), count(DutyKind.COOPERATIVE), count(DutyKind.TRANSFERRED));
        }

        private int count(DutyKind kind) {
            ListSummary list = lists.get(kind);
            return list == null ? 0 : list.count();
        }

        /** 「金厂沟梁镇基本履职事项清单 第38项」: the list's name as this township's document spells it. */
        public String citation(DutyKind kind, int number) {
            ListSummary list = lists.get(kind);
            return "「" + name + (list == null ? kind.standardListName() : list.name()) + " 第" + number + "项」";
        }
    }

    /** Fired after the directory reloaded, with the revision of each township now current. */
    public record CatalogueReloaded(Map<String, Long> townshipRevisions) {
    }

    private record Snapshot(Map<String, TownshipRecord> townships) {
    }

    public Optional<TownshipRecord> township(String id) {
        return Optional.ofNullable(snapshot.townships.get(id));
    }

    /** In ID order. */
    public Collection<TownshipRecord> townships() {
        return snapshot.townships.values();
    }

    /** The townships with exactly this name: usually one, none for a typo, several for common names (城关镇). */
    public List<TownshipRecord> named(String name) {
        return snapshot.townships.values().stream().filter(t -> t.name().equals(name)).toList();
    }

    void onChange(@Observes DataRevisions.DataChanged change) {
        if (DataRevisions.CATALOGUE.equals(change.scope())) {
            reload();
        }
    }

    /** Loads the current versions' headings and counts, then drops every cached read of the previous revision. */
    @Transactional
    public void reload() {
        Map<String, CountyEntity> counties = new HashMap<>();
        CountyEntity.<CountyEntity>listAll().forEach(c -> counties.put(c.id, c));
        List<TownshipEntity> townships = TownshipEntity.list("currentVersionId is not null order by id");
        Map<Long, VersionInfo> versions = new HashMap<>();
        for (Object[] row : entityManager.createQuery("select v.id, v.versionNumber, v.importedAt, v.sourceName,"
                + " v.sourceChecksum from ListVersionEntity v, TownshipEntity t where v.id = t.currentVersionId",
                Object[].class).getResultList()) {
            versions.put((Long) row[0], new VersionInfo((Integer) row[1], (OffsetDateTime) row[2], (String) row[3],
                    (String) row[4]));
        }
        Map<Long, List<DutyListEntity>> lists = new HashMap<>();
        DutyListEntity.<DutyListEntity>list(
                "versionId in (select t.currentVersionId from TownshipEntity t)")
                .forEach(l -> lists.computeIfAbsent(l.versionId, k -> new ArrayList<>()).add(l));
        Map<String, List<ListCategoryEntity>> categories = new HashMap<>();
        ListCategoryEntity.<ListCategoryEntity>list(
                "versionId in (select t.currentVersionId from TownshipEntity t) order by position")
                .forEach(c -> categories.computeIfAbsent(c.versionId + "/" + c.kind, k -> new ArrayList<>()).add(c));
        Map<String, Integer> found = new HashMap<>();
        for (Object[] row : entityManager.createQuery("select i.versionId, i.kind, i.categoryCode, count(i)"
                + " from DutyItemEntity i where i.versionId in (select t.currentVersionId from TownshipEntity t)"
                + " group by i.versionId, i.kind, i.categoryCode", Object[].class).getResultList()) {
            found.put(row[0] + "/" + row[1] + "/" + row[2], ((Long) row[3]).intValue());
        }

        Map<String, TownshipRecord> records = new LinkedHashMap<>();
        Map<String, Long> townshipRevisions = new LinkedHashMap<>();
        for (TownshipEntity t : townships) {
            CountyEntity county = counties.get(t.countyId);
            Map<DutyKind, ListSummary> summaries = new EnumMap<>(DutyKind.class);
            for (DutyListEntity list : lists.getOrDefault(t.currentVersionId, List.of())) {
                List<ListCategory> cats = new ArrayList<>();
                int total = 0;
                for (ListCategoryEntity c : categories.getOrDefault(list.versionId + "/" + list.kind, List.of())) {
                    int count = found.getOrDefault(list.versionId + "/" + list.kind + "/" + c.categoryCode, 0);
                    cats.add(new ListCategory(c.categoryCode, chineseName(c.categoryCode), c.declaredCount, count));
                    total += count;
                }
                summaries.put(list.kind, new ListSummary(list.kind, list.name, list.title, list.declaredCount, total,
                        cats));
            }
            records.put(t.id, new TownshipRecord(t.id, t.name, new DivisionRef(county.id, county.name),
                    new DivisionRef(county.cityId, county.cityName),
                    new DivisionRef(county.provinceId, county.provinceName), t.currentVersionId, t.revision,
                    versions.get(t.currentVersionId), summaries, t.updatedAt));
            townshipRevisions.put(t.id, t.revision);
        }
        snapshot = new Snapshot(records);
        reads.invalidateAll().await().indefinitely();
        reloaded.fire(new CatalogueReloaded(townshipRevisions));
    }

    static String chineseName(String categoryCode) {
        return DutyCategory.parse(categoryCode).map(DutyCategory::chineseName).orElse(categoryCode);
    }
}
