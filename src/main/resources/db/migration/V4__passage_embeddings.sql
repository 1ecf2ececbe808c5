-- Sentence embeddings of the items' passages (routing's semantic evidence), computed once per passage text at import
-- and loaded by every replica instead of recomputed. Keyed by the model and the text's SHA-256: identical passages of
-- any township or version share one row.
create table passage_embedding (
    text_key    varchar(64) primary key, -- SHA-256 (hex) of the model name, a newline and the passage text
    model       text        not null,
    dimension   int         not null,
    vector      bytea       not null,    -- dimension float32 values, little-endian, L2-normalized
    created_at  timestamptz not null
);
