package se.inkopsstod.tenancy.api;

import se.inkopsstod.shared.Role;

import java.util.Set;

/** A member of a tenant's team as the team page shows it; {@code active} once they have logged in. */
public record MemberView(String id, String name, String email, Set<Role> roles, boolean active) {
}
