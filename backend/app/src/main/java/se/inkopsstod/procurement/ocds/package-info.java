/**
 * The procurement as open data: an Open Contracting Data Standard (OCDS 1.1) release package,
 * assembled on request from the procurement's read models. What a tender's secrecy or a person's
 * privacy forbids (who asked a question, sealed or losing tenders, people) never enters it.
 */
package se.inkopsstod.procurement.ocds;
