/** What the platform knows about its database beyond the event store: telling an outage from a fault. */
package se.inkopsstod.platform.database;
