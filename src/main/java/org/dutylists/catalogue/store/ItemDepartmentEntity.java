package org.dutylists.catalogue.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.dutylists.kernel.UnitRole;

/** A department an item names, in the role the list gives it, with the spelling the item used. */
@Entity
@Table(name = "item_department")
public class ItemDepartmentEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_department_seq")
    @SequenceGenerator(name = "item_department_seq", sequenceName = "item_department_seq", allocationSize = 50)
    public Long id;
    @Column(name = "version_id")
    public Long versionId;
    @Column(name = "item_id")
    public String itemId;
    @Column(name = "department_id")
    public String departmentId;
    @Enumerated(EnumType.STRING)
    public UnitRole role;
    @Column(name = "spelled_as")
    public String spelledAs;
    public int position;
}
