package org.dutylists.routing.thesaurus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One load of the thesaurus file. */
@Entity
@Table(name = "thesaurus_version")
public class ThesaurusVersionEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "thesaurus_version_seq")
    @SequenceGenerator(name = "thesaurus_version_seq", sequenceName = "thesaurus_version_seq", allocationSize = 1)
    public Long id;
    @Column(name = "source_name")
    public String sourceName;
    public String checksum;
    public String text;
    @Column(name = "entry_count")
    public int entryCount;
    @Column(name = "loaded_at")
    public OffsetDateTime loadedAt;
}
