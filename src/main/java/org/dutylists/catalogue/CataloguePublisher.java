package org.dutylists.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dutylists.canonical.Category;
import org.dutylists.canonical.Derived;
import org.dutylists.canonical.DutyList;
import org.dutylists.canonical.Item;
import org.dutylists.canonical.TownshipLists;
import org.dutylists.catalogue.store.CountyEntity;
import org.dutylists.catalogue.store.DutyItemEntity;
import org.dutylists.catalogue.store.DutyListEntity;
import org.dutylists.catalogue.store.ItemDepartmentEntity;
import org.dutylists.catalogue.store.ListCategoryEntity;
import org.dutylists.catalogue.store.ListVersionEntity;
import org.dutylists.catalogue.store.TownshipEntity;
import org.dutylists.kernel.AdvisoryLocks;
import org.dutylists.kernel.Checksums;
import org.dutylists.kernel.DataRevisions;
import org.dutylists.kernel.DepartmentNames;
import org.dutylists.kernel.DutyCategory;
import org.dutylists.kernel.ItemId;
import org.dutylists.kernel.UnitRole;

/**
 * Writes validated lists into the catalogue as a new version of the township's lists, in one transaction. Publishing
 * the same content again changes nothing; new content adds a version and makes it current, and every earlier version
 * stays stored with its import time and source checksum.
 */
@ApplicationScoped
public class CataloguePublisher {
    @Inject
    EntityManager entityManager;

    @Inject
    Event<ListsPublished> published;

    @Inject
    DepartmentRegistry departments;

    @Inject
    DataRevisions revisions;

    @Inject
    ObjectMapper json;

    /** What publishing did. */
    public record Publication(Status status, String townshipId, int versionNumber, long revision) {
        public enum Status {
            /** The lists became the township's new current version. */
            CREATED,
            /** The township's current version already has this content: nothing was written. */
            UNCHANGED
        }
    }

    /**
     * A township's lists became a new current version (fired in the publishing transaction; observers that act on
     * the stored lists observe it after success).
     */
    public record ListsPublished(String townshipId, int versionNumber, long revision) {
    }

    /** Where the lists came from, stored with the version. */
    public record SourceDocument(String name, String format, String checksum, String text, String reportJson) {
    }

    @Transactional
    public Publication publish(TownshipLists lists, SourceDocument source) {
        String townshipId = lists.township().id();
        // Imports of one township queue up here, so that two replicas loading the same default data cannot race.
        AdvisoryLocks.lock(entityManager, "township-lists:" + townshipId);
        String contentChecksum = contentChecksum(lists);
        TownshipEntity township = TownshipEntity.findById(townshipId);
        if (township != null && township.currentVersionId != null) {
            ListVersionEntity current = ListVersionEntity.findById(township.currentVersionId);
            if (current.contentChecksum.equals(contentChecksum)) {
                return new Publication(Publication.Status.UNCHANGED, townshipId, current.versionNumber,
                        township.revision);
            }
        }
        // Two townships of a new county may be imported at once: the county row is written by one at a time.
        AdvisoryLocks.lock(entityManager, "county:" + lists.township().county().id());
        upsertCounty(lists);
        if (township == null) {
            township = new TownshipEntity();
            township.id = townshipId;
            township.revision = 0;
        }
        township.name = lists.township().name();
        township.countyId = lists.township().county().id();
        township.updatedAt = OffsetDateTime.now();
        township.persist();
        // The rows below reference each other only by ID, so Hibernate cannot order their inserts: flush per level.
        entityManager.flush();

        ListVersionEntity version = new ListVersionEntity();
        version.townshipId = townshipId;
        version.versionNumber = nextVersionNumber(townshipId);
        version.sourceName = source.name();
        version.sourceFormat = source.format();
        version.sourceChecksum = source.checksum();
        version.contentChecksum = contentChecksum;
        version.sourceText = source.text();
        version.canonical = write(lists);
        version.report = source.reportJson();
        version.importedAt = OffsetDateTime.now();
        version.persist();
        entityManager.flush();

        var t = lists.township();
        Map<String, String> departmentIds = departments.resolve(t.county().id(), spellingUses(lists),
                DepartmentNames.regionNames(t.county().name(), t.city().name(), t.province().name()));
        entityManager.flush();
        List<ItemDepartmentEntity> links = new ArrayList<>();
        for (DutyList list : lists.lists()) {
            links.addAll(writeList(townshipId, version.id, list, departmentIds));
        }
        entityManager.flush();
        ItemDepartmentEntity.persist(links);

        long revision = revisions.bump(DataRevisions.CATALOGUE);
        township.currentVersionId = version.id;
        township.revision = revision;
        township.updatedAt = version.importedAt;
        township.persist();
        published.fire(new ListsPublished(townshipId, version.versionNumber, revision));
        return new Publication(Publication.Status.CREATED, townshipId, version.versionNumber, revision);
    }

    /** Persists the list, its categories and items; returns the item-department links to persist after them. */
    private List<ItemDepartmentEntity> writeList(String townshipId, Long versionId, DutyList list,
            Map<String, String> departmentIds) {
        List<ItemDepartmentEntity> links = new ArrayList<>();
        DutyListEntity listRow = new DutyListEntity();
        listRow.versionId = versionId;
        listRow.kind = list.kind();
        listRow.title = list.title();
        listRow.name = list.name();
        listRow.declaredCount = list.declaredCount();
        listRow.persist();
        int categoryPosition = 0;
        int itemPosition = 0;
        for (Category category : list.categories()) {
            String code = DutyCategory.ofChineseName(category.name()).orElseThrow().code();
            ListCategoryEntity categoryRow = new ListCategoryEntity();
            categoryRow.versionId = versionId;
            categoryRow.kind = list.kind();
            categoryRow.categoryCode = code;
            categoryRow.position = ++categoryPosition;
            categoryRow.declaredCount = category.declaredCount();
            categoryRow.persist();
            for (Item item : category.items()) {
                DutyItemEntity row = new DutyItemEntity();
                row.versionId = versionId;
                row.itemId = ItemId.format(townshipId, list.kind(), item.number());
                row.townshipId = townshipId;
                row.kind = list.kind();
                row.number = item.number();
                row.categoryCode = code;
                row.position = ++itemPosition;
                row.name = item.name();
                row.cells = write(item.cells());
                row.derived = write(item.derived());
                row.sourceLines = item.sourceLines() == null ? null
                        : item.sourceLines().stream().mapToInt(Integer::intValue).toArray();
                row.persist();
                links.addAll(departmentLinks(versionId, row.itemId, item.derived(), departmentIds));
            }
        }
        return links;
    }

    private static List<ItemDepartmentEntity> departmentLinks(Long versionId, String itemId, Derived derived,
            Map<String, String> departmentIds) {
        List<ItemDepartmentEntity> links = new ArrayList<>();
        List<String> names = derived.leadDepartments() != null ? derived.leadDepartments()
                : derived.receivingDepartments() != null ? derived.receivingDepartments() : List.of();
        UnitRole role = derived.leadDepartments() != null ? UnitRole.LEAD : UnitRole.RECEIVER;
        int position = 0;
        for (String spelled : names) {
            ItemDepartmentEntity link = new ItemDepartmentEntity();
            link.versionId = versionId;
            link.itemId = itemId;
            link.departmentId = departmentIds.get(spelled);
            link.role = role;
            link.spelledAs = spelled;
            link.position = ++position;
            links.add(link);
        }
        return links;
    }

    /** Every department spelling the lists print, with the number of items that use it. */
    private static Map<String, Integer> spellingUses(TownshipLists lists) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (DutyList list : lists.lists()) {
            list.items().forEach(item -> item.derived().spelledDepartments()
                    .forEach(spelled -> uses.merge(spelled, 1, Integer::sum)));
        }
        return uses;
    }

    private void upsertCounty(TownshipLists lists) {
        var t = lists.township();
        CountyEntity county = CountyEntity.findById(t.county().id());
        if (county == null) {
            county = new CountyEntity();
            county.id = t.county().id();
        }
        county.name = t.county().name();
        county.cityId = t.city().id();
        county.cityName = t.city().name();
        county.provinceId = t.province().id();
        county.provinceName = t.province().name();
        county.persist();
    }

    private int nextVersionNumber(String townshipId) {
        Number max = (Number) entityManager
                .createNativeQuery("select coalesce(max(version_number), 0) from list_version where township_id = ?1")
                .setParameter(1, townshipId).getSingleResult();
        return max.intValue() + 1;
    }

    /**
     * The SHA-256 of the lists without their source and source line numbers: the same lists read from another file,
     * or from the same file with a blank line more, are the same content.
     */
    private String contentChecksum(TownshipLists lists) {
        return Checksums.sha256(write(lists.withoutSourceLocations()));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }
}
