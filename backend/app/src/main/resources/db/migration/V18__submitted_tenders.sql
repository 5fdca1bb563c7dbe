-- A submitted tender stays submitted when the vendor saves changes before the deadline: the
-- buyer's team opens what was submitted; the changes count only once submitted again.
alter table tender_view add column submitted_price_sek bigint;
alter table tender_view add column changed_since_submission boolean not null default false;

create table tender_submitted_response (
    tender_id      varchar(64) not null references tender_view (tender_id),
    requirement_id varchar(64) not null,
    compliance     varchar(16),
    explanation    varchar(4000),
    constraint tender_submitted_response_pk primary key (tender_id, requirement_id)
);

-- tenders submitted so far: what is saved is what was submitted
update tender_view set submitted_price_sek = price_sek where status = 'SUBMITTED';
insert into tender_submitted_response (tender_id, requirement_id, compliance, explanation)
select r.tender_id, r.requirement_id, r.compliance, r.explanation
  from tender_response r join tender_view t on t.tender_id = r.tender_id
 where t.status = 'SUBMITTED';
