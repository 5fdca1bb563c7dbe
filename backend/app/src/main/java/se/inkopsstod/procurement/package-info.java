/**
 * Procurement: the workspace where a tenant's buyers and users shape one procurement together —
 * its phases and team, needs, requirements (from needs or the shared requirement library),
 * comments, attached files (kept in the platform's blob store), and the vendors invited to it with
 * the tender as published to them. Every need and
 * requirement is its own event-sourced aggregate with field-level edit conflicts. Publishes its
 * events through the event store and the domain-event topic; reads the tenancy directory only
 * through {@code tenancy.api}.
 */
package se.inkopsstod.procurement;
