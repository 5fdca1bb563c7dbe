-- Vendors in a procurement: who is invited, and what has been published to them.

create table procurement_invitation (
    procurement_id         varchar(64) not null references procurement_view (procurement_id),
    vendor_organisation_id varchar(64) not null,
    tenant_id              varchar(64) not null,
    invited_at             timestamptz not null,
    constraint procurement_invitation_pk primary key (procurement_id, vendor_organisation_id)
);
-- a vendor's own list of procurements
create index procurement_invitation_vendor_idx on procurement_invitation (vendor_organisation_id);

create table procurement_publication (
    procurement_id          varchar(64) not null primary key references procurement_view (procurement_id),
    published_at            timestamptz not null,
    tender_deadline         timestamptz not null,
    last_question_day       date        not null,
    evaluation_model        varchar(32) not null,
    accelerated             boolean     not null,
    requirement_set_version integer     not null
);

-- the requirement set as published (version 1 at publication): what vendors answer to
create table published_requirement (
    procurement_id      varchar(64)   not null references procurement_view (procurement_id),
    set_version         integer       not null,
    position            integer       not null,
    requirement_id      varchar(64)   not null,
    text                varchar(4000) not null,
    kind                varchar(16)   not null,
    weight              integer,
    category            varchar(32)   not null,
    verification_method varchar(1000),
    constraint published_requirement_pk primary key (procurement_id, set_version, requirement_id)
);
