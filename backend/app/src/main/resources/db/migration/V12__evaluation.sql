-- With price and quality: the most quality can deduct from a tender's price (published with the tender).
alter table procurement_publication add column quality_value_sek bigint;

-- The evaluation of opened tenders: the team's scores, confirmed disqualifications and the award.
create table evaluation_score (
    procurement_id         varchar(64) not null references procurement_view (procurement_id),
    vendor_organisation_id varchar(64) not null,
    requirement_id         varchar(64) not null,
    scored_by              varchar(64) not null,
    score                  integer     not null,
    note                   varchar(2000),
    constraint evaluation_score_pk primary key (procurement_id, vendor_organisation_id, requirement_id, scored_by)
);

create table evaluation_disqualification (
    procurement_id         varchar(64)   not null references procurement_view (procurement_id),
    vendor_organisation_id varchar(64)   not null,
    reason                 varchar(2000) not null,
    decided_at             timestamptz   not null,
    constraint evaluation_disqualification_pk primary key (procurement_id, vendor_organisation_id)
);

create table evaluation_award (
    procurement_id         varchar(64)   not null primary key references procurement_view (procurement_id),
    winner_vendor_id       varchar(64)   not null,
    reasoning              varchar(4000) not null,
    decided_at             timestamptz   not null
);
