/**
 * Identifiers and small value types every context shares: plain records and enums, no Spring,
 * no persistence. Also the few exceptions that carry an HTTP meaning (not found, conflict,
 * forbidden) so that contexts can express them without depending on the web layer.
 */
package se.inkopsstod.shared;
