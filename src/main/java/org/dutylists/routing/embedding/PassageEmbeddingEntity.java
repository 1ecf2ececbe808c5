package org.dutylists.routing.embedding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The stored embedding of one passage text (see V4__passage_embeddings.sql). */
@Entity
@Table(name = "passage_embedding")
class PassageEmbeddingEntity extends PanacheEntityBase {
    @Id
    @Column(name = "text_key")
    public String textKey;
    public String model;
    public int dimension;
    public byte[] vector;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
