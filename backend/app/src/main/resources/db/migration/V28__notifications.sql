-- Notifications (context "notification"): the in-app inbox, each person's choices, the e-mail
-- outbox and the reminders already sent. Fed from the domain-event topic and a scheduled job.

create table notification (
    notification_id varchar(64)  not null primary key,
    person_id       varchar(64)  not null,
    kind            varchar(40)  not null,
    -- which sentence of the kind (a deadline's kind, approved or rejected); empty when it has one
    variant         varchar(40)  not null default '',
    tenant_id       varchar(64),
    procurement_id  varchar(64),
    -- the words of the sentence (procurement title, actor, dates) as a JSON array of strings:
    -- the sentence itself is rendered in the reader's language when it is read
    arguments       text         not null,
    created_at      timestamptz  not null,
    read_at         timestamptz,
    -- waiting for the person's daily digest e-mail
    digest_pending  boolean      not null default false,
    -- the event id (or reminder key) it came from: a redelivered event notifies nobody twice
    source_key      varchar(255) not null,
    constraint notification_source_uk unique (source_key, person_id)
);
create index notification_person_idx on notification (person_id, created_at desc);
create index notification_unread_idx on notification (person_id) where read_at is null;
create index notification_digest_idx on notification (person_id) where digest_pending;

create table notification_preference (
    person_id varchar(64) not null,
    kind      varchar(40) not null,
    delivery  varchar(16) not null,
    constraint notification_preference_pk primary key (person_id, kind)
);

create table notification_setting (
    person_id varchar(64) not null primary key,
    language  varchar(8)  not null
);

-- E-mail waits here until the SMTP server took it: sending never blocks the action that caused it,
-- a failure is tried again later, and any instance may send (rows are claimed with skip locked)
create table notification_mail (
    mail_id         varchar(64)   not null primary key,
    person_id       varchar(64)   not null,
    address         varchar(254)  not null,
    subject         varchar(300)  not null,
    text_body       text          not null,
    html_body       text          not null,
    created_at      timestamptz   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    sent_at         timestamptz,
    failed_at       timestamptz,
    last_error      varchar(1000)
);
create index notification_mail_due_idx on notification_mail (next_attempt_at) where sent_at is null and failed_at is null;

-- one reminder per deadline, whichever instance finds it first
create table notification_reminder (
    procurement_id varchar(64)  not null,
    deadline_kind  varchar(32)  not null,
    deadline_at    timestamptz  not null,
    sent_at        timestamptz  not null,
    constraint notification_reminder_pk primary key (procurement_id, deadline_kind, deadline_at)
);

-- who wrote a lesson: its review is told to them (the review events name only the lesson)
create table notification_lesson_writer (
    lesson_id      varchar(64) not null primary key,
    person_id      varchar(64) not null,
    tenant_id      varchar(64) not null,
    procurement_id varchar(64)
);

-- ShedLock: a scheduled job runs on one instance at a time
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
