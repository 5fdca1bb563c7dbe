-- Who has a workspace open, and what they are editing. One row per open live stream, on
-- whichever app instance serves it; rows not refreshed within a minute are stale.
create table workspace_presence (
    connection_id  varchar(64)  not null primary key,
    procurement_id varchar(64)  not null,
    person_id      varchar(64)  not null,
    person_name    varchar(200) not null,
    editing_item   varchar(64),
    last_seen      timestamptz  not null
);
create index workspace_presence_procurement_idx on workspace_presence (procurement_id);
