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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One duty item of one version: the published text in {@code name} and {@code cells}, derived structure beside it. */
@Entity
@Table(name = "duty_item")
public class DutyItemEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_item_seq")
    @SequenceGenerator(name = "duty_item_seq", sequenceName = "duty_item_seq", allocationSize = 50)
    public Long id;
    @Column(name = "version_id")
    public Long versionId;
    @Column(name = "item_id")
    public String itemId;
    @Column(name = "township_id")
    public String townshipId;
    @Enumerated(EnumType.STRING)
    public DutyKind kind;
    public int number;
    @Column(name = "category_code")
    public String categoryCode;
    public int position;
    public String name;
    @JdbcTypeCode(SqlTypes.JSON)
    public String cells;
    @JdbcTypeCode(SqlTypes.JSON)
    public String derived;
    @Column(name = "source_lines")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public int[] sourceLines;
}
