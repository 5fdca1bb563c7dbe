-- Comments on needs and requirements, threaded; mentions as a comma-separated list of person ids.
create table comment_view (
    comment_id     varchar(64)   not null primary key,
    procurement_id varchar(64)   not null,
    tenant_id      varchar(64)   not null,
    item_id        varchar(64)   not null,
    parent_id      varchar(64),
    text           varchar(5000) not null,
    mentions       varchar(2000) not null,
    author         varchar(64)   not null,
    created_at     timestamptz   not null
);
create index comment_view_item_idx on comment_view (procurement_id, item_id, created_at);
