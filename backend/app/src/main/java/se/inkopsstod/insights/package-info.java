/**
 * Insights: anonymised benchmarks of outcomes across huvudmän and the published lessons learned.
 * Reads only the insights topics on Kafka (never the event store or another context's tables) into
 * its own read models, which a replay of the topics rebuilds. Shows a figure only when enough
 * tenants stand behind it; never shows a pseudonym.
 */
package se.inkopsstod.insights;
