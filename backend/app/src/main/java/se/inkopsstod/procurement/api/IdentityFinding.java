package se.inkopsstod.procurement.api;

/** One thing in a text that could give its writer away: what kind it is and the words as written. */
public record IdentityFinding(IdentityKind kind, String text) {
}
