/**
 * The anonymiser that every lesson learned passes before it leaves its tenant: it finds person
 * names (also names on no list, with a Swedish lexicon read from LanguageTool's Hunspell
 * dictionary), e-mail addresses, handles, links, IP and street addresses, postcodes, phone,
 * organisation and personal identity numbers, municipality, school, tenant, vendor and product
 * names, and puts neutral bracketed words in their place.
 */
package se.inkopsstod.outcomes.anonymisation;
