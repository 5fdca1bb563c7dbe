-- Questions from vendors and the buyer's own clarifications, with the answer the team drafts and publishes.
create table question_view (
    question_id            varchar(64)   not null primary key,
    procurement_id         varchar(64)   not null references procurement_view (procurement_id),
    tenant_id              varchar(64)   not null,
    version                bigint        not null,
    kind                   varchar(16)   not null,
    -- the asker: for the buyer's team only, never in a vendor-facing answer
    vendor_organisation_id varchar(64),
    asked_by               varchar(64)   not null,
    original_text          varchar(4000) not null,
    question               varchar(4000) not null,
    answer                 varchar(4000),
    requirement_id         varchar(64),
    asked_at               timestamptz   not null,
    published_at           timestamptz,
    late                   boolean       not null default false
);
create index question_view_procurement_idx on question_view (procurement_id, asked_at);
