package org.dutylists.catalogue.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A spelling some document used for a department. */
@Entity
@Table(name = "department_alias")
public class DepartmentAliasEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_alias_seq")
    @SequenceGenerator(name = "department_alias_seq", sequenceName = "department_alias_seq", allocationSize = 50)
    public Long id;
    @Column(name = "county_id")
    public String countyId;
    public String spelling;
    @Column(name = "department_id")
    public String departmentId;
}
