/**
 * Activity: the recent activity of a tenant ("Senaste händelser"), a read model fed from the
 * Kafka domain-event topic only, never from the event store or another context's tables.
 * Redelivered messages are recognised by event id and change nothing.
 */
package se.inkopsstod.activity;
