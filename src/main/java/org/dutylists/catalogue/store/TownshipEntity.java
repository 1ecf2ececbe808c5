package org.dutylists.catalogue.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A township (乡镇、苏木、街道) and the version of its lists that is current. */
@Entity
@Table(name = "township")
public class TownshipEntity extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    @Column(name = "county_id")
    public String countyId;
    @Column(name = "current_version_id")
    public Long currentVersionId;
    /** From {@code data_revision_seq}, taken anew whenever the township's lists change. */
    public long revision;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
