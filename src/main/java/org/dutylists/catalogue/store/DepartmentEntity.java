package org.dutylists.catalogue.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A county department in the registry: one canonical name, known by the aliases in {@code department_alias}. */
@Entity
@Table(name = "department")
public class DepartmentEntity extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "county_id")
    public String countyId;
    public String name;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
