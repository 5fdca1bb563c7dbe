-- a vendor's files with its tender (procurement/tender), sealed like the tender: the bytes are in the
-- blob store encrypted with the procurement's tender data key, the name and type only in
-- sealed_metadata; in the clear only what proves which file it is (size, SHA-256) and when.
-- added_seq/removed_seq are the tender aggregate's sequence numbers, compared with the last
-- submission's (tender_view.submitted_seq): the buyer opens the files as submitted, like the answers.
create table tender_attachment (
    attachment_id          varchar(64)  not null primary key,
    tender_id              varchar(64)  not null,
    procurement_id         varchar(64)  not null,
    vendor_organisation_id varchar(64)  not null,
    sealed_metadata        text         not null,
    size_bytes             bigint       not null,
    sha256                 char(64)     not null,
    blob_key               varchar(512) not null,
    added_at               timestamptz  not null,
    added_seq              bigint       not null,
    removed_at             timestamptz,
    removed_seq            bigint
);
create index tender_attachment_tender_idx on tender_attachment (tender_id, added_at);
create index tender_attachment_procurement_idx on tender_attachment (procurement_id, vendor_organisation_id);

alter table tender_view add column submitted_seq bigint;
update tender_view v
   set submitted_seq = (select max(e.sequence_number) from domain_event_entry e
                         where e.aggregate_identifier = v.tender_id and e.payload_type like '%.TenderSubmittedEvent')
 where v.status = 'SUBMITTED';
