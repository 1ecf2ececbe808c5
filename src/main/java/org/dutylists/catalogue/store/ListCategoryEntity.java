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
import org.dutylists.kernel.DutyKind;

/** A category heading of one list, in document order, with its declared count. */
@Entity
@Table(name = "list_category")
public class ListCategoryEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "list_category_seq")
    @SequenceGenerator(name = "list_category_seq", sequenceName = "list_category_seq", allocationSize = 50)
    public Long id;
    @Column(name = "version_id")
    public Long versionId;
    @Enumerated(EnumType.STRING)
    public DutyKind kind;
    @Column(name = "category_code")
    public String categoryCode;
    public int position;
    @Column(name = "declared_count")
    public int declaredCount;
}
