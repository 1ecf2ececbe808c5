package org.dutylists.catalogue.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.dutylists.canonical.Cells;
import org.dutylists.canonical.Derived;
import org.dutylists.canonical.DutySection;
import org.dutylists.kernel.DutyKind;
import org.dutylists.kernel.UnitRole;
import org.dutylists.kernel.UnitType;

/**
 * The catalogue's API representations, as {@code openapi/openapi.yaml} publishes them. One file, because they are
 * read together: each record is one schema of the contract.
 */
public final class CatalogueViews {
    private CatalogueViews() {
    }

    /** A county, city or province. */
    public record DivisionRef(String id, String name) {
    }

    public record TownshipRef(String id, String name) {
    }

    public record CategoryRef(String code, String name) {
    }

    /** Item counts per list kind. */
    public record KindCounts(int basic, int cooperative, int transferred, int total) {
        public static KindCounts of(int basic, int cooperative, int transferred) {
            return new KindCounts(basic, cooperative, transferred, basic + cooperative + transferred);
        }
    }

    /** The imported version a township's lists come from. */
    public record VersionInfo(int number, OffsetDateTime importedAt, String sourceName, String sourceChecksum) {
    }

    public record TownshipSummary(String id, String name, DivisionRef county, DivisionRef city, DivisionRef province,
            KindCounts counts, OffsetDateTime updatedAt) {
    }

    public record TownshipDetail(String id, String name, DivisionRef county, DivisionRef city, DivisionRef province,
            KindCounts counts, OffsetDateTime updatedAt, List<ListSummary> lists, VersionInfo version) {
    }

    /** One list of a township: its name as published, declared and found counts, its categories in document order. */
    public record ListSummary(DutyKind kind, String name, String title, int declaredCount, int count,
            List<ListCategory> categories) {
    }

    public record ListCategory(String code, String name, int declaredCount, int count) {
    }

    public record CategorySummary(String code, String name, KindCounts counts) {
    }

    public record ListRef(String name, String title) {
    }

    public record ItemSummary(String id, TownshipRef township, DutyKind kind, int number, CategoryRef category,
            String name, String citation) {
    }

    /** A unit responsible for an item: the township or a department, in the role the list gives it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Unit(String id, String name, UnitType type, UnitRole role, String spelledAs) {
    }

    public record ItemDetail(String id, TownshipRef township, DutyKind kind, int number, CategoryRef category,
            ListRef list, String name, Cells cells, Derived derived, List<Unit> units, String citation,
            VersionInfo version) {
    }

    public record DepartmentCounts(int leads, int received) {
    }

    public record DepartmentSummary(String id, String name, DivisionRef county, List<String> aliases,
            DepartmentCounts counts) {
    }

    /** An item a department leads or received, with the spelling that item uses for it. */
    public record DepartmentItem(String id, DutyKind kind, int number, CategoryRef category, String name,
            String citation, String spelledAs) {
    }

    public record DepartmentTownship(TownshipRef township, List<DepartmentItem> leads,
            List<DepartmentItem> received) {
    }

    public record DepartmentDetail(String id, String name, DivisionRef county, List<String> aliases,
            DepartmentCounts counts, List<DepartmentTownship> townships) {
    }

    /**
     * A duty taken back from a township by a county department: the item, from whom, to whom, and the working method
     * (承接部门及工作方式) as published and as sections.
     */
    public record Transfer(String id, int number, CategoryRef category, String name, TownshipRef from, List<Unit> to,
            String publishedText, List<DutySection> workingMethod, String citation) {
    }

    /** One page of a collection. */
    public record Page<T>(int total, int limit, int offset, List<T> items) {
    }
}
