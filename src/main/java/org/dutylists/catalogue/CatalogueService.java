package org.dutylists.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dutylists.canonical.Cells;
import org.dutylists.canonical.Derived;
import org.dutylists.canonical.DutySection;
import org.dutylists.catalogue.TownshipDirectory.TownshipRecord;
import org.dutylists.catalogue.api.CatalogueViews.CategoryRef;
import org.dutylists.catalogue.api.CatalogueViews.CategorySummary;
import org.dutylists.catalogue.api.CatalogueViews.DepartmentCounts;
import org.dutylists.catalogue.api.CatalogueViews.DepartmentDetail;
import org.dutylists.catalogue.api.CatalogueViews.DepartmentItem;
import org.dutylists.catalogue.api.CatalogueViews.DepartmentSummary;
import org.dutylists.catalogue.api.CatalogueViews.DepartmentTownship;
import org.dutylists.catalogue.api.CatalogueViews.DivisionRef;
import org.dutylists.catalogue.api.CatalogueViews.ItemDetail;
import org.dutylists.catalogue.api.CatalogueViews.ItemSummary;
import org.dutylists.catalogue.api.CatalogueViews.KindCounts;
import org.dutylists.catalogue.api.CatalogueViews.ListCategory;
import org.dutylists.catalogue.api.CatalogueViews.ListRef;
import org.dutylists.catalogue.api.CatalogueViews.ListSummary;
import org.dutylists.catalogue.api.CatalogueViews.Page;
import org.dutylists.catalogue.api.CatalogueViews.TownshipDetail;
import org.dutylists.catalogue.api.CatalogueViews.TownshipRef;
import org.dutylists.catalogue.api.CatalogueViews.TownshipSummary;
import org.dutylists.catalogue.api.CatalogueViews.Transfer;
import org.dutylists.catalogue.api.CatalogueViews.Unit;
import org.dutylists.catalogue.store.CountyEntity;
import org.dutylists.catalogue.store.DepartmentAliasEntity;
import org.dutylists.catalogue.store.DepartmentEntity;
import org.dutylists.catalogue.store.DutyItemEntity;
import org.dutylists.catalogue.store.ItemDepartmentEntity;
import org.dutylists.kernel.DutyCategory;
import org.dutylists.kernel.DutyKind;
import org.dutylists.kernel.UnitRole;
import org.dutylists.kernel.UnitType;
import org.dutylists.web.Paging;

/**
 * The catalogue's read side: townships from the in-memory {@link TownshipDirectory}, items and departments from
 * PostgreSQL, always for the list versions the directory holds. Answers are cached until the catalogue revision moves
 * (the directory empties the cache when it reloads), so repeated reads of data that changes a few times a year cost a
 * map lookup.
 */
@ApplicationScoped
public class CatalogueService {
    @Inject
    TownshipDirectory directory;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    @CacheName("catalogue-reads")
    Cache reads;

    /** Filters of {@code GET /items}; empty ones do not filter. */
    public record ItemFilter(Optional<String> township, Optional<DutyKind> kind, Optional<DutyCategory> category,
            Optional<String> department, Optional<String> q) {
    }

    // ---- Townships and categories: from the directory ----

    public Page<TownshipSummary> townships(Optional<String> county, Optional<String> q, Paging paging) {
        List<TownshipSummary> matching = directory.townships().stream()
                .filter(t -> county.map(c -> t.county().id().equals(c)).orElse(true))
                .filter(t -> q.map(text -> t.name().contains(text) || t.county().name().contains(text)).orElse(true))
                .map(CatalogueService::summary)
                .toList();
        return page(matching, paging);
    }

    public Optional<TownshipDetail> township(String id) {
        return directory.township(id).map(t -> new TownshipDetail(t.id(), t.name(), t.county(), t.city(),
                t.province(), t.counts(), t.updatedAt(), List.copyOf(t.lists().values()), t.version()));
    }

    public Page<CategorySummary> categories(Optional<String> township, Paging paging) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (DutyCategory c : DutyCategory.values()) {
            counts.put(c.code(), new int[3]);
        }
        directory.townships().stream()
                .filter(t -> township.map(id -> t.id().equals(id)).orElse(true))
                .forEach(t -> t.lists().values().forEach(list -> {
                    for (ListCategory c : list.categories()) {
                        counts.get(c.code())[list.kind().ordinal()] += c.count();
                    }
                }));
        List<CategorySummary> categories = Arrays.stream(DutyCategory.values())
                .filter(c -> township.isEmpty() || present(township.get(), c))
                .map(c -> {
                    int[] n = counts.get(c.code());
                    return new CategorySummary(c.code(), c.chineseName(), KindCounts.of(n[0], n[1], n[2]));
                })
                .toList();
        return page(categories, paging);
    }

    private boolean present(String townshipId, DutyCategory category) {
        return directory.township(townshipId).stream().flatMap(t -> t.lists().values().stream())
                .flatMap(l -> l.categories().stream()).anyMatch(c -> c.code().equals(category.code()));
    }

    // ---- Items ----

    public Page<ItemSummary> items(ItemFilter filter, Paging paging) {
        return cached(List.of("items", filter, paging), () -> queryItems(filter, paging));
    }

    @Transactional
    Page<ItemSummary> queryItems(ItemFilter filter, Paging paging) {
        List<Long> versions = versions(filter.township());
        if (versions.isEmpty()) {
            return new Page<>(0, paging.limit(), paging.offset(), List.of());
        }
        StringBuilder where = new StringBuilder("i.versionId in :versions");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("versions", versions);
        filter.kind().ifPresent(k -> {
            where.append(" and i.kind = :kind");
            params.put("kind", k);
        });
        filter.category().ifPresent(c -> {
            where.append(" and i.categoryCode = :category");
            params.put("category", c.code());
        });
        filter.department().ifPresent(d -> {
            where.append(" and exists (select 1 from ItemDepartmentEntity d where d.versionId = i.versionId"
                    + " and d.itemId = i.itemId and d.departmentId = :department)");
            params.put("department", d);
        });
        filter.q().ifPresent(q -> {
            String[] terms = q.split("[\\s\\u3000]+");
            for (int n = 0; n < terms.length; n++) {
                where.append(" and i.name like :q").append(n).append(" escape '!'");
                params.put("q" + n, "%" + likeEscaped(terms[n]) + "%");
            }
        });
        TypedQuery<Long> count = entityManager.createQuery("select count(i) from DutyItemEntity i where " + where,
                Long.class);
        TypedQuery<DutyItemEntity> page = entityManager.createQuery("select i from DutyItemEntity i where " + where
                + " order by i.townshipId, i.kind, i.number", DutyItemEntity.class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        int total = count.getSingleResult().intValue();
        List<ItemSummary> items = page.setFirstResult(paging.offset()).setMaxResults(paging.limit())
                .getResultList().stream().map(this::summary).toList();
        return new Page<>(total, paging.limit(), paging.offset(), items);
    }

    public Optional<ItemDetail> item(String itemId) {
        return cached(List.of("item", itemId), () -> queryItem(itemId));
    }

    /**
     * The item detail as JSON, serialised once per revision: item detail is the most read representation and its
     * serialisation, not the lookup, is what a read costs.
     */
    public Optional<byte[]> itemJson(String itemId) {
        return cached(List.of("item-json", itemId), () -> item(itemId).map(this::bytes));
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    @Transactional
    Optional<ItemDetail> queryItem(String itemId) {
        Optional<TownshipRecord> township = directory.township(itemId.substring(0, 9));
        if (township.isEmpty()) {
            return Optional.empty();
        }
        return DutyItemEntity.<DutyItemEntity>find("versionId = ?1 and itemId = ?2", township.get().versionId(),
                itemId).firstResultOptional().map(item -> {
                    List<ItemDepartmentEntity> links = ItemDepartmentEntity.list(
                            "versionId = ?1 and itemId = ?2 order by role, position", item.versionId, item.itemId);
                    return detail(item, township.get(), links,
                            departmentNames(links.stream().map(l -> l.departmentId).toList()));
                });
    }

    /**
     * The list versions reads look at: those the directory holds, so that every answer is consistent with the
     * directory even in the seconds between an import and this replica noticing it.
     */
    private List<Long> versions(Optional<String> township) {
        return township.map(id -> directory.township(id).map(t -> List.of(t.versionId())).orElse(List.of()))
                .orElseGet(() -> directory.townships().stream().map(TownshipRecord::versionId).toList());
    }

    private ItemDetail detail(DutyItemEntity item, TownshipRecord township, List<ItemDepartmentEntity> links,
            Map<String, String> departmentNames) {
        ListSummary list = township.lists().get(item.kind);
        return new ItemDetail(item.itemId, ref(township), item.kind, item.number, category(item.categoryCode),
                new ListRef(list.name(), list.title()), item.name, read(item.cells, Cells.class),
                read(item.derived, Derived.class), units(item, township, links, departmentNames),
                township.citation(item.kind, item.number), township.version());
    }

    /** Who is responsible, in the roles the item's list gives: the answer to "who handles this matter?". */
    private static List<Unit> units(DutyItemEntity item, TownshipRecord township, List<ItemDepartmentEntity> links,
            Map<String, String> names) {
        List<Unit> units = new ArrayList<>();
        Unit townshipUnit = new Unit(township.id(), township.name(), UnitType.TOWNSHIP, switch (item.kind) {
            case BASIC -> UnitRole.LEAD;
            case COOPERATIVE -> UnitRole.ASSIST;
            case TRANSFERRED -> UnitRole.FORMER_HOLDER;
        }, null);
        if (item.kind == DutyKind.BASIC) {
            units.add(townshipUnit);
        }
        for (ItemDepartmentEntity link : links) {
            units.add(new Unit(link.departmentId, names.get(link.departmentId), UnitType.DEPARTMENT, link.role,
                    link.spelledAs));
        }
        if (item.kind != DutyKind.BASIC) {
            units.add(townshipUnit);
        }
        return units;
    }

    // ---- Departments ----

    public Page<DepartmentSummary> departments(Optional<String> county, Optional<String> township,
            Optional<String> q, Paging paging) {
        return cached(List.of("departments", county, township, q, paging),
                () -> queryDepartments(county, township, q, paging));
    }

    @Transactional
    Page<DepartmentSummary> queryDepartments(Optional<String> county, Optional<String> township,
            Optional<String> q, Paging paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        county.ifPresent(c -> {
            where.append(" and d.countyId = :county");
            params.put("county", c);
        });
        if (township.isPresent()) {
            List<Long> versions = versions(township);
            if (versions.isEmpty()) {
                return new Page<>(0, paging.limit(), paging.offset(), List.of());
            }
            where.append(" and exists (select 1 from ItemDepartmentEntity l"
                    + " where l.departmentId = d.id and l.versionId in :versions)");
            params.put("versions", versions);
        }
        q.ifPresent(text -> {
            where.append(" and exists (select 1 from DepartmentAliasEntity a where a.departmentId = d.id"
                    + " and a.spelling like :q escape '!')");
            params.put("q", "%" + likeEscaped(text) + "%");
        });
        TypedQuery<Long> count = entityManager.createQuery("select count(d) from DepartmentEntity d where " + where,
                Long.class);
        TypedQuery<DepartmentEntity> page = entityManager.createQuery(
                "select d from DepartmentEntity d where " + where + " order by d.countyId, d.createdAt, d.id",
                DepartmentEntity.class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        int total = count.getSingleResult().intValue();
        List<DepartmentEntity> departments = page.setFirstResult(paging.offset()).setMaxResults(paging.limit())
                .getResultList();
        List<String> ids = departments.stream().map(d -> d.id).toList();
        Map<String, List<String>> aliases = aliases(ids);
        Map<String, DepartmentCounts> counts = departmentCounts(ids);
        Map<String, DivisionRef> counties = counties();
        return new Page<>(total, paging.limit(), paging.offset(), departments.stream()
                .map(d -> new DepartmentSummary(d.id, d.name, counties.get(d.countyId), aliases.get(d.id),
                        counts.getOrDefault(d.id, new DepartmentCounts(0, 0))))
                .toList());
    }

    public Optional<DepartmentDetail> department(String id) {
        return cached(List.of("department", id), () -> queryDepartment(id));
    }

    @Transactional
    Optional<DepartmentDetail> queryDepartment(String id) {
        DepartmentEntity department = DepartmentEntity.findById(id);
        if (department == null) {
            return Optional.empty();
        }
        List<Long> versions = versions(Optional.empty());
        List<Object[]> rows = versions.isEmpty() ? List.of() : entityManager.createQuery("select l.role, l.spelledAs, i"
                + " from ItemDepartmentEntity l, DutyItemEntity i where l.departmentId = :id and l.versionId in :versions"
                + " and i.versionId = l.versionId and i.itemId = l.itemId order by i.townshipId, i.kind, i.number",
                Object[].class).setParameter("id", id).setParameter("versions", versions).getResultList();
        Map<String, List<DepartmentItem>> leads = new LinkedHashMap<>();
        Map<String, List<DepartmentItem>> received = new LinkedHashMap<>();
        for (Object[] row : rows) {
            DutyItemEntity item = (DutyItemEntity) row[2];
            TownshipRecord township = directory.township(item.townshipId).orElseThrow();
            DepartmentItem entry = new DepartmentItem(item.itemId, item.kind, item.number,
                    category(item.categoryCode), item.name, township.citation(item.kind, item.number),
                    (String) row[1]);
            leads.computeIfAbsent(item.townshipId, k -> new ArrayList<>());
            received.computeIfAbsent(item.townshipId, k -> new ArrayList<>());
            (row[0] == UnitRole.LEAD ? leads : received).get(item.townshipId).add(entry);
        }
        List<DepartmentTownship> townships = leads.keySet().stream()
                .map(t -> new DepartmentTownship(ref(directory.township(t).orElseThrow()), leads.get(t),
                        received.get(t)))
                .toList();
        DepartmentCounts counts = new DepartmentCounts(leads.values().stream().mapToInt(List::size).sum(),
                received.values().stream().mapToInt(List::size).sum());
        return Optional.of(new DepartmentDetail(department.id, department.name, counties().get(department.countyId),
                aliases(List.of(id)).get(id), counts, townships));
    }

    // ---- Transfers ----

    /**
     * Built from the cached page of item summaries and the cached item details, so that pages of long working-method
     * texts are not cached a second time.
     */
    public Page<Transfer> transfers(Optional<String> township, Optional<String> department, Paging paging) {
        Page<ItemSummary> items = items(new ItemFilter(township, Optional.of(DutyKind.TRANSFERRED),
                Optional.empty(), department, Optional.empty()), paging);
        List<Transfer> transfers = new ArrayList<>();
        for (ItemSummary summary : items.items()) {
            Optional<ItemDetail> found = item(summary.id());
            if (found.isEmpty()) {
                continue;
            }
            ItemDetail item = found.get();
            List<Unit> receivers = item.units().stream().filter(u -> u.role() == UnitRole.RECEIVER).toList();
            List<DutySection> method = item.derived().workingMethod() == null ? List.of()
                    : item.derived().workingMethod();
            transfers.add(new Transfer(item.id(), item.number(), item.category(), item.name(), item.township(),
                    receivers, item.cells().receivingDepartmentAndMethod(), method, item.citation()));
        }
        return new Page<>(items.total(), items.limit(), items.offset(), transfers);
    }

    /** Every item of a township's current lists in document order, as the item detail shows it (for routing). */
    @Transactional
    public List<ItemDetail> currentItems(String townshipId) {
        Optional<TownshipRecord> township = directory.township(townshipId);
        if (township.isEmpty()) {
            return List.of();
        }
        List<DutyItemEntity> items = DutyItemEntity.list("versionId = ?1 order by kind, number",
                township.get().versionId());
        Map<String, List<ItemDepartmentEntity>> links = new LinkedHashMap<>();
        ItemDepartmentEntity.<ItemDepartmentEntity>list("versionId = ?1 order by itemId, role, position",
                township.get().versionId()).forEach(l -> links.computeIfAbsent(l.itemId, k -> new ArrayList<>()).add(l));
        Map<String, String> names = departmentNames(links.values().stream().flatMap(List::stream)
                .map(l -> l.departmentId).distinct().toList());
        List<ItemDetail> details = new ArrayList<>();
        for (DutyItemEntity item : items) {
            details.add(detail(item, township.get(), links.getOrDefault(item.itemId, List.of()), names));
        }
        return details;
    }

    // ---- Helpers ----

    private ItemSummary summary(DutyItemEntity item) {
        TownshipRecord township = directory.township(item.townshipId).orElseThrow();
        return new ItemSummary(item.itemId, ref(township), item.kind, item.number, category(item.categoryCode),
                item.name, township.citation(item.kind, item.number));
    }

    private static TownshipSummary summary(TownshipRecord t) {
        return new TownshipSummary(t.id(), t.name(), t.county(), t.city(), t.province(), t.counts(), t.updatedAt());
    }

    private static TownshipRef ref(TownshipRecord t) {
        return new TownshipRef(t.id(), t.name());
    }

    private static CategoryRef category(String code) {
        return new CategoryRef(code, TownshipDirectory.chineseName(code));
    }

    private Map<String, String> departmentNames(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return DepartmentEntity.<DepartmentEntity>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(d -> d.id, d -> d.name));
    }

    private Map<String, List<String>> aliases(List<String> departmentIds) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        departmentIds.forEach(id -> aliases.put(id, new ArrayList<>()));
        if (!departmentIds.isEmpty()) {
            DepartmentAliasEntity.<DepartmentAliasEntity>list("departmentId in ?1 order by id", departmentIds)
                    .forEach(a -> aliases.get(a.departmentId).add(a.spelling));
        }
        return aliases;
    }

    private Map<String, DepartmentCounts> departmentCounts(List<String> departmentIds) {
        if (departmentIds.isEmpty()) {
            return Map.of();
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<Long> versions = versions(Optional.empty());
        if (versions.isEmpty()) {
            return Map.of();
        }
        for (Object[] row : entityManager.createQuery("select l.departmentId, l.role, count(l)"
                + " from ItemDepartmentEntity l where l.versionId in :versions"
                + " and l.departmentId in :ids group by l.departmentId, l.role", Object[].class)
                .setParameter("versions", versions).setParameter("ids", departmentIds).getResultList()) {
            int[] c = counts.computeIfAbsent((String) row[0], k -> new int[2]);
            c[row[1] == UnitRole.LEAD ? 0 : 1] += ((Long) row[2]).intValue();
        }
        Map<String, DepartmentCounts> result = new LinkedHashMap<>();
        counts.forEach((id, c) -> result.put(id, new DepartmentCounts(c[0], c[1])));
        return result;
    }

    private Map<String, DivisionRef> counties() {
        return CountyEntity.<CountyEntity>listAll().stream()
                .collect(Collectors.toMap(c -> c.id, c -> new DivisionRef(c.id, c.name)));
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " is not readable", e);
        }
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static <T> Page<T> page(List<T> all, Paging paging) {
        int from = Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.limit(), all.size());
        return new Page<>(all.size(), paging.limit(), paging.offset(), all.subList(from, to));
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(Object key, Supplier<T> load) {
        return (T) reads.get(key, k -> load.get()).await().indefinitely();
    }
}
