package org.dutylists.catalogue.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One imported version of a township's lists: kept for good, never overwritten. */
@Entity
@Table(name = "list_version")
public class ListVersionEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "list_version_seq")
    @SequenceGenerator(name = "list_version_seq", sequenceName = "list_version_seq", allocationSize = 50)
    public Long id;
    @Column(name = "township_id")
    public String townshipId;
    @Column(name = "version_number")
    public int versionNumber;
    @Column(name = "source_name")
    public String sourceName;
    @Column(name = "source_format")
    public String sourceFormat;
    @Column(name = "source_checksum")
    public String sourceChecksum;
    @Column(name = "content_checksum")
    public String contentChecksum;
    @Column(name = "source_text")
    public String sourceText;
    @JdbcTypeCode(SqlTypes.JSON)
    public String canonical;
    @JdbcTypeCode(SqlTypes.JSON)
    public String report;
    @Column(name = "imported_at")
    public OffsetDateTime importedAt;
}
