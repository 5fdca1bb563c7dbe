/**
 * Demo history for the embedded default: synthetic huvudmän with procurements carried from first
 * need to closed follow-up at past dates, so that benchmarks show real figures and real
 * suppression; and one procurement whose tender deadline has passed, to try evaluation and award.
 */
package se.inkopsstod.procurement.demo;
