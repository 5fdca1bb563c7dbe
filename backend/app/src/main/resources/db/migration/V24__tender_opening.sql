-- The opening of tenders by appointed openers (issue 15): who opens, who confirmed, and the
-- opening record once opened. Until opened_at is set the buyer's team reads no tender content.
create table tender_opening (
    procurement_id varchar(64) not null primary key references procurement_view (procurement_id),
    tender_deadline timestamptz,
    opened_at      timestamptz
);

create table tender_opener (
    procurement_id varchar(64) not null references tender_opening (procurement_id),
    person_id      varchar(64) not null,
    confirmed_at   timestamptz,
    constraint tender_opener_pk primary key (procurement_id, person_id)
);

-- the opening record's lines: each submitted tender as it was opened
create table tender_opening_line (
    procurement_id         varchar(64) not null references tender_opening (procurement_id),
    vendor_organisation_id varchar(64) not null,
    vendor_name            varchar(300) not null,
    submitted_at           timestamptz not null,
    price_sek              bigint      not null,
    constraint tender_opening_line_pk primary key (procurement_id, vendor_organisation_id)
);
