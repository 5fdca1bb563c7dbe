/**
 * The anonymiser that every lesson learned passes before it leaves its tenant: it finds person
 * names, e-mail addresses, phone, organisation and personal identity numbers, municipality and
 * school names and organisation names, and puts neutral bracketed words in their place.
 */
package se.inkopsstod.outcomes.anonymisation;
