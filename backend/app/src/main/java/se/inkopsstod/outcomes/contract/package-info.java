/**
 * The Kafka contract between the outcomes context and insights: the integration events on the
 * {@code inkopsstod.insights.*} topics and how tenants are pseudonymised in them. Nothing here
 * carries a tenant's name or id, a person, or free text other than approved lessons.
 */
package se.inkopsstod.outcomes.contract;
