/**
 * The procurement's shared model: the events, commands and values that several of its features
 * read or send (a need's and a requirement's events are written by their aggregates, kept by the
 * workspace, shown by the co-editing history and published to vendors). A feature's own messages
 * live in the feature; what other contexts may use lives in {@code procurement.api}. Nothing here
 * depends on a feature, so every feature may depend on it without a cycle.
 */
package se.inkopsstod.procurement.model;
