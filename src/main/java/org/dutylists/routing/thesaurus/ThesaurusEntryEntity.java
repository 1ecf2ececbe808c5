package org.dutylists.routing.thesaurus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of a loaded thesaurus. */
@Entity
@Table(name = "thesaurus_entry")
public class ThesaurusEntryEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "thesaurus_entry_seq")
    @SequenceGenerator(name = "thesaurus_entry_seq", sequenceName = "thesaurus_entry_seq", allocationSize = 50)
    public Long id;
    @Column(name = "version_id")
    public Long versionId;
    public int line;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] phrases;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] terms;
    public boolean equivalent;
    public boolean outside;
}
