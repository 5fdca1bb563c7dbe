/**
 * Tenancy: huvudmän (tenants) and their members with roles, platform-wide vendor organisations
 * with their users, and platform staff. All of it is event-sourced. Publishes its events (via
 * the event store and the domain-event topic); owns the directory that maps a login to a person
 * and roles. Listens to nothing from other contexts.
 */
package se.inkopsstod.tenancy;
