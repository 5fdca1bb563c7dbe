package se.inkopsstod.shared;

/** What the identity provider says about the logged-in person; roles are not among it. */
public record IdentityClaims(String subject, String email, boolean emailVerified, String name) {
}
