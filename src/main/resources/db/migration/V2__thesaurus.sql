-- The routing thesaurus: everyday words mapped to the lists' official terms. Each load of the thesaurus file is a
-- version (kept, never overwritten); routing uses the newest one.

create sequence thesaurus_version_seq increment by 1;
create sequence thesaurus_entry_seq increment by 50;

create table thesaurus_version (
    id          bigint primary key,
    source_name text        not null,
    checksum    varchar(64) not null, -- SHA-256 of the file's bytes
    text        text        not null, -- the file as loaded
    entry_count int         not null,
    loaded_at   timestamptz not null
);

create table thesaurus_entry (
    id         bigint primary key,
    version_id bigint  not null references thesaurus_version (id),
    line       int     not null, -- line in the file, for messages and review
    phrases    text[]  not null, -- what people say (matched as substrings of a request)
    terms      text[]  not null, -- official terms added to the query; empty for filler phrases
    equivalent boolean not null  -- a line without =>: every phrase stands for all the others
);
create index thesaurus_entry_version_idx on thesaurus_entry (version_id);
