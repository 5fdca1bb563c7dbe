-- Tenders: the vendor's own drafts and submissions; the buyer's team reads them only after the deadline.
create table tender_view (
    tender_id              varchar(64) not null primary key,
    procurement_id         varchar(64) not null references procurement_view (procurement_id),
    vendor_organisation_id varchar(64) not null,
    status                 varchar(16) not null,
    price_sek              bigint,
    saved_at               timestamptz not null,
    submitted_at           timestamptz,
    set_version            integer,
    constraint tender_view_vendor_uk unique (procurement_id, vendor_organisation_id)
);

create table tender_response (
    tender_id      varchar(64) not null references tender_view (tender_id),
    requirement_id varchar(64) not null,
    compliance     varchar(16),
    explanation    varchar(4000),
    constraint tender_response_pk primary key (tender_id, requirement_id)
);
