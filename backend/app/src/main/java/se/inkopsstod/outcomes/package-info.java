/**
 * Outcomes: what a purchase delivered and what the next buyer can learn. Owns the follow-up of a
 * procurement (realised benefit per need, the users' survey, delivery, adoption, cost and exit) and
 * lessons learned with their anonymisation and review. Reads procurements through
 * {@code procurement.api.ProcurementFacts} and the tenant through {@code tenancy.api}; publishes
 * only anonymised integration events ({@code outcomes.contract}) on the insights topics.
 */
package se.inkopsstod.outcomes;
