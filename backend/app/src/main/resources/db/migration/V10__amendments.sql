-- Amendments to a published requirement set: what changed, why, and whether it came close to the deadline.
create table amendment (
    procurement_id    varchar(64)   not null references procurement_view (procurement_id),
    number            integer       not null,
    at                timestamptz   not null,
    set_version       integer       not null,
    requirement_id    varchar(64)   not null,
    withdrawn         boolean       not null,
    reason            varchar(2000) not null,
    close_to_deadline boolean       not null,
    constraint amendment_pk primary key (procurement_id, number)
);

create table amendment_change (
    procurement_id varchar(64)   not null,
    number         integer       not null,
    position       integer       not null,
    field          varchar(32)   not null,
    from_value     varchar(4000),
    to_value       varchar(4000),
    constraint amendment_change_pk primary key (procurement_id, number, position),
    constraint amendment_change_amendment_fk foreign key (procurement_id, number) references amendment (procurement_id, number)
);
