-- Insights: read models fed only by the insights topics on Kafka; rebuilt by replaying them.
-- payload: the integration event as received (JSON); the columns are what queries filter on.
create table insights_outcome (
    procurement_ref  varchar(64)  not null primary key,
    tenant_ref       varchar(64)  not null,
    revision         bigint       not null,
    product_category varchar(64)  not null,
    size_band        varchar(16)  not null,
    payload          text         not null,
    received_at      timestamptz  not null
);
create index insights_outcome_category_idx on insights_outcome (product_category);

create table insights_lesson (
    lesson_ref     varchar(64)   not null primary key,
    revision       bigint        not null,
    category       varchar(32)   not null,
    phase          varchar(32)   not null,
    what_worked    varchar(4000),
    what_to_change varchar(4000),
    approved_on    date          not null,
    received_at    timestamptz   not null
);
create index insights_lesson_category_idx on insights_lesson (category, approved_on);
