-- Market dialogue: the draft shared with vendors, their comments, the buyer's questions and each vendor's answers.
create table dialogue_draft (
    procurement_id varchar(64)   not null primary key references procurement_view (procurement_id),
    round          integer       not null,
    message        varchar(4000),
    shared_at      timestamptz   not null
);

create table dialogue_draft_requirement (
    procurement_id      varchar(64)   not null references procurement_view (procurement_id),
    position            integer       not null,
    requirement_id      varchar(64)   not null,
    text                varchar(4000) not null,
    kind                varchar(16)   not null,
    weight              integer,
    category            varchar(32)   not null,
    verification_method varchar(1000),
    constraint dialogue_draft_requirement_pk primary key (procurement_id, requirement_id)
);

create table dialogue_comment (
    comment_id             bigint generated always as identity primary key,
    procurement_id         varchar(64)   not null references procurement_view (procurement_id),
    requirement_id         varchar(64)   not null,
    vendor_organisation_id varchar(64)   not null,
    text                   varchar(4000) not null,
    at                     timestamptz   not null
);
create index dialogue_comment_procurement_idx on dialogue_comment (procurement_id);

create table dialogue_question (
    question_id    varchar(64)   not null primary key,
    procurement_id varchar(64)   not null references procurement_view (procurement_id),
    text           varchar(4000) not null,
    asked_at       timestamptz   not null
);

create table dialogue_answer (
    question_id            varchar(64)   not null references dialogue_question (question_id),
    vendor_organisation_id varchar(64)   not null,
    text                   varchar(4000) not null,
    at                     timestamptz   not null,
    constraint dialogue_answer_pk primary key (question_id, vendor_organisation_id)
);
