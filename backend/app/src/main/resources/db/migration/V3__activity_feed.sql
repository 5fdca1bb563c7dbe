-- The activity feed: a read model built from the Kafka domain-event topic, not from the event store.

-- Event ids a Kafka consumer has already applied: redelivery of the same event changes nothing.
create table kafka_processed_event (
    consumer   varchar(100) not null,
    event_id   varchar(255) not null,
    applied_at timestamptz  not null default now(),
    constraint kafka_processed_event_pk primary key (consumer, event_id)
);

create table activity_entry (
    event_id     varchar(255) not null primary key,
    tenant_id    varchar(64)  not null,
    event_type   varchar(100) not null,
    aggregate_id varchar(255),
    occurred_at  timestamptz  not null,
    actor_id     varchar(64),
    actor_name   varchar(200),
    summary      varchar(500) not null
);
create index activity_entry_tenant_time_idx on activity_entry (tenant_id, occurred_at desc);
