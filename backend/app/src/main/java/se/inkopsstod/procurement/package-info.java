/**
 * Procurement: the workspace where a tenant's buyers and users shape one procurement together —
 * its phases and team, its needs (and, next, requirements and the requirement library). Every
 * need is its own event-sourced aggregate with field-level edit conflicts. Publishes its events
 * through the event store and the domain-event topic; reads the tenancy directory only through
 * {@code tenancy.api}.
 */
package se.inkopsstod.procurement;
