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

/** One of a version's three lists, with its heading as published. */
@Entity
@Table(name = "duty_list")
public class DutyListEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_list_seq")
    @SequenceGenerator(name = "duty_list_seq", sequenceName = "duty_list_seq", allocationSize = 50)
    public Long id;
    @Column(name = "version_id")
    public Long versionId;
    @Enumerated(EnumType.STRING)
    public DutyKind kind;
    public String title;
    public String name;
    @Column(name = "declared_count")
    public int declaredCount;
}
