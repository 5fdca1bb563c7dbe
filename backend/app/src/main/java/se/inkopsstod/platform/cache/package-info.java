/**
 * Short-lived caches on the request path: who a person is and whether they may enter a
 * procurement, read once and kept for a few seconds, so an edit does not ask the database again.
 */
package se.inkopsstod.platform.cache;
