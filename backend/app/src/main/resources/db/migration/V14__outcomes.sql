-- Outcomes: the follow-up of a procurement, its survey, and lessons learned with their review.
-- shared_version: the last version the anonymisation boundary put on Kafka (an outbox marker).
create table follow_up (
    procurement_id            varchar(64)   not null primary key references procurement_view (procurement_id),
    follow_up_id              varchar(64)   not null unique,
    tenant_id                 varchar(64)   not null,
    status                    varchar(16)   not null,
    opened_at                 timestamptz   not null,
    closed_at                 timestamptz,
    delivery_quality          integer,
    delivery_comment          varchar(2000),
    adoption_percent          integer,
    yearly_cost_per_pupil_sek bigint,
    open_format_export        boolean,
    exit_plan_documented      boolean,
    version                   bigint        not null,
    shared_version            bigint        not null default 0
);
create index follow_up_unshared_idx on follow_up (procurement_id) where version > shared_version;

create table follow_up_indicator (
    procurement_id           varchar(64)   not null references follow_up (procurement_id),
    need_id                  varchar(64)   not null,
    realised_value           numeric       not null,
    measured_on              date          not null,
    source                   varchar(500),
    benefit_realised_percent integer       not null,
    recorded_at              timestamptz   not null,
    constraint follow_up_indicator_pk primary key (procurement_id, need_id)
);

create table follow_up_survey (
    procurement_id varchar(64)   not null references follow_up (procurement_id),
    respondent     varchar(64)   not null,
    ease_of_use    integer       not null,
    supports_work  integer       not null,
    reliability    integer       not null,
    vendor_support integer       not null,
    comment        varchar(2000),
    answered_at    timestamptz   not null,
    constraint follow_up_survey_pk primary key (procurement_id, respondent)
);

create table lesson (
    lesson_id        varchar(64)   not null primary key,
    tenant_id        varchar(64)   not null,
    procurement_id   varchar(64),
    what_worked      varchar(4000),
    what_to_change   varchar(4000),
    category         varchar(32)   not null,
    phase            varchar(32)   not null,
    status           varchar(16)   not null,
    rejection_reason varchar(2000),
    submitted_by     varchar(64)   not null,
    submitted_at     timestamptz   not null,
    reviewed_at      timestamptz,
    version          bigint        not null,
    shared_version   bigint        not null default 0
);
create index lesson_tenant_idx on lesson (tenant_id);
create index lesson_status_idx on lesson (status, submitted_at);
