-- The catalogue: townships, their list versions, items, and the per-county department registry.
-- Nothing is overwritten in place: a new document version adds a list_version with its own items, and the
-- township points at its current version.

-- One row per kind of data that replicas cache ('catalogue', 'thesaurus'): each change takes a new number from
-- data_revision_seq, and every replica polls this small table to notice it within seconds.
create sequence data_revision_seq;
create table data_revision (
    scope    varchar(32) primary key,
    revision bigint      not null
);
insert into data_revision (scope, revision) values ('catalogue', 0), ('thesaurus', 0);

-- Row ids for Hibernate, allocated 50 at a time so that imports insert in JDBC batches.
create sequence list_version_seq increment by 50;
create sequence duty_list_seq increment by 50;
create sequence list_category_seq increment by 50;
create sequence duty_item_seq increment by 50;
create sequence department_alias_seq increment by 50;
create sequence item_department_seq increment by 50;

create table county (
    id            varchar(6) primary key,
    name          text       not null,
    city_id       varchar(6) not null,
    city_name     text       not null,
    province_id   varchar(6) not null,
    province_name text       not null
);

create table township (
    id                 varchar(9) primary key,
    name               text        not null,
    county_id          varchar(6)  not null references county (id),
    current_version_id bigint,
    -- Taken from data_revision_seq whenever the township's lists change: routing rebuilds that township's index.
    revision           bigint      not null,
    updated_at         timestamptz not null
);
create index township_county_idx on township (county_id);

create table list_version (
    id               bigint primary key,
    township_id      varchar(9)  not null references township (id),
    version_number   int         not null,
    source_name      text        not null,
    source_format    text        not null,
    source_checksum  varchar(64) not null, -- SHA-256 of the document's bytes
    content_checksum varchar(64) not null, -- SHA-256 of the canonical lists: the same content is the same version
    source_text      text,                 -- the document as received, when it is text
    canonical        jsonb       not null, -- the lists in the canonical JSON format
    report           jsonb       not null, -- the validation report, warnings included
    imported_at      timestamptz not null,
    unique (township_id, version_number)
);

alter table township
    add constraint township_current_version_fk foreign key (current_version_id) references list_version (id);

create table duty_list (
    id             bigint primary key,
    version_id     bigint      not null references list_version (id),
    kind           varchar(16) not null check (kind in ('BASIC', 'COOPERATIVE', 'TRANSFERRED')),
    title          text        not null, -- 敖汉旗金厂沟梁镇上级部门回收事项清单
    name           text        not null, -- 上级部门回收事项清单, as the document spells it
    declared_count int         not null,
    unique (version_id, kind)
);

create table list_category (
    id             bigint primary key,
    version_id     bigint      not null,
    kind           varchar(16) not null,
    category_code  varchar(40) not null,
    position       int         not null, -- document order
    declared_count int         not null,
    unique (version_id, kind, category_code),
    foreign key (version_id, kind) references duty_list (version_id, kind)
);

create table duty_item (
    id            bigint primary key,
    version_id    bigint      not null references list_version (id),
    item_id       varchar(24) not null, -- 150430106-B-38
    township_id   varchar(9)  not null references township (id),
    kind          varchar(16) not null,
    number        int         not null,
    category_code varchar(40) not null,
    position      int         not null, -- document order within the list
    name          text        not null, -- 事项名称 exactly as published
    cells         jsonb       not null, -- the other published cells
    derived       jsonb       not null, -- structure read from the cells
    source_lines  int[],
    unique (version_id, item_id),
    foreign key (version_id, kind, category_code) references list_category (version_id, kind, category_code)
);
create index duty_item_township_idx on duty_item (township_id, kind, number);

create table department (
    id         varchar(16) primary key, -- 150430-D-7: county code and registration order
    county_id  varchar(6)  not null references county (id),
    name       text        not null,    -- canonical name
    created_at timestamptz not null
);
create index department_county_idx on department (county_id);

create table department_alias (
    id            bigint primary key,
    county_id     varchar(6)  not null references county (id),
    spelling      text        not null, -- exactly as a document spelled it
    department_id varchar(16) not null references department (id),
    unique (county_id, spelling)
);
create index department_alias_department_idx on department_alias (department_id);

create table item_department (
    id            bigint primary key,
    version_id    bigint      not null,
    item_id       varchar(24) not null,
    department_id varchar(16) not null references department (id),
    role          varchar(16) not null check (role in ('LEAD', 'RECEIVER')),
    spelled_as    text        not null, -- the spelling this item uses
    position      int         not null,
    unique (version_id, item_id, role, position),
    foreign key (version_id, item_id) references duty_item (version_id, item_id)
);
create index item_department_department_idx on item_department (department_id);
