-- files on a procurement, a requirement or a question's answer (procurement/attachment); the bytes
-- are in the blob store under blob_key, this is what the workspace lists
create table attachment (
    attachment_id   varchar(64)   not null primary key,
    procurement_id  varchar(64)   not null references procurement_view (procurement_id),
    tenant_id       varchar(64)   not null,
    target_kind     varchar(16)   not null,
    target_id       varchar(64)   not null,
    file_name       varchar(255)  not null,
    content_type    varchar(255)  not null,
    size_bytes      bigint        not null,
    sha256          char(64)      not null,
    blob_key        varchar(512)  not null,
    added_by        varchar(64)   not null,
    added_at        timestamptz   not null,
    -- a removal hides the attachment; the event and the blob stay for the record
    removed_by      varchar(64),
    removed_at      timestamptz
);
create index attachment_procurement_idx on attachment (procurement_id, added_at);
