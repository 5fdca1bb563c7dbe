-- Tenders sealed at rest (issue 14): one data key per procurement, stored only wrapped by the
-- key-encryption key from configuration; the read model keeps a tender's content sealed with it.
create table tender_data_key (
    procurement_id varchar(64) not null primary key,
    kek_id         varchar(64) not null,
    wrapped_key    bytea       not null,
    created_at     timestamptz not null default now()
);

alter table tender_view add column sealed_draft text;
alter table tender_view add column sealed_submission text;
