-- Requirements of a procurement and the shared requirement library.

create table requirement_view (
    requirement_id      varchar(64)   not null primary key,
    procurement_id      varchar(64)   not null references procurement_view (procurement_id),
    tenant_id           varchar(64)   not null,
    version             bigint        not null,
    text                varchar(4000) not null,
    kind                varchar(16)   not null,
    weight              integer,
    category            varchar(32)   not null,
    verification_method varchar(1000),
    template_id         varchar(64),
    template_revision   integer,
    created_by          varchar(64)   not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null
);
create index requirement_view_procurement_idx on requirement_view (procurement_id);
create index requirement_view_template_idx on requirement_view (template_id);

-- traceability, both ways: which needs a requirement serves
create table requirement_need (
    requirement_id varchar(64) not null references requirement_view (requirement_id),
    need_id        varchar(64) not null,
    constraint requirement_need_pk primary key (requirement_id, need_id)
);
create index requirement_need_need_idx on requirement_need (need_id);

create table library_template (
    template_id         varchar(64)   not null primary key,
    key                 varchar(100)  not null,
    revision            integer       not null,
    title_sv            varchar(300)  not null,
    title_en            varchar(300),
    text                varchar(4000) not null,
    kind                varchar(16)   not null,
    default_weight      integer,
    category            varchar(32)   not null,
    verification_method varchar(1000),
    school_processes    varchar(1000) not null,
    references_cited    varchar(2000) not null,
    retired             boolean       not null default false,
    updated_at          timestamptz   not null
);
create unique index library_template_key_uk on library_template (key);

-- every revision stays readable: a requirement remembers the revision it came from
create table library_template_revision (
    template_id varchar(64)   not null references library_template (template_id),
    revision    integer       not null,
    title_sv    varchar(300)  not null,
    text        varchar(4000) not null,
    revised_at  timestamptz   not null,
    constraint library_template_revision_pk primary key (template_id, revision)
);
