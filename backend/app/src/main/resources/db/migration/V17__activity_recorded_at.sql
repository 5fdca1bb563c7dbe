-- When the Kafka-fed activity feed recorded an event: with occurred_at it shows how far the
-- feed runs behind the event store (the benchmark's projection lag).
alter table activity_entry add column recorded_at timestamptz not null default clock_timestamp();
