-- The procurement workspace read models, kept in the command's transaction (subscribing
-- processor "procurement-workspace") so that an editor reads back the version they just wrote.

create table procurement_view (
    procurement_id      varchar(64)   not null primary key,
    tenant_id           varchar(64)   not null,
    title               varchar(200)  not null,
    description         varchar(5000) not null,
    category            varchar(64)   not null,
    procedure           varchar(32)   not null,
    phase               varchar(32)   not null,
    estimated_value_sek bigint        not null,
    planned_tender_date date,
    planned_award_date  date,
    version             bigint        not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null
);
create index procurement_view_tenant_idx on procurement_view (tenant_id, updated_at desc);

create table procurement_team (
    procurement_id varchar(64) not null references procurement_view (procurement_id),
    person_id      varchar(64) not null,
    constraint procurement_team_pk primary key (procurement_id, person_id)
);

create table need_view (
    need_id             varchar(64)   not null primary key,
    procurement_id      varchar(64)   not null references procurement_view (procurement_id),
    tenant_id           varchar(64)   not null,
    version             bigint        not null,
    statement           varchar(2000) not null,
    perspective         varchar(64)   not null,
    school_process      varchar(64)   not null,
    priority            varchar(16)   not null,
    steering_document   varchar(500),
    benefit_description varchar(2000),
    benefit_indicator   varchar(500),
    benefit_baseline    numeric,
    benefit_target      numeric,
    benefit_unit        varchar(100),
    status              varchar(16)   not null,
    rejection_reason    varchar(2000),
    merged_into         varchar(64),
    proposed_by         varchar(64)   not null,
    proposed_at         timestamptz   not null,
    updated_at          timestamptz   not null
);
create index need_view_procurement_idx on need_view (procurement_id);

create table need_endorsement (
    need_id   varchar(64) not null references need_view (need_id),
    person_id varchar(64) not null,
    constraint need_endorsement_pk primary key (need_id, person_id)
);
