package se.inkopsstod.shared;

/**
 * A command that platform staff send to every tenant's aggregates alike (the review of lessons
 * learned); the route checks the staff role, the tenant guard lets it through.
 */
public interface CrossTenantCommand {
}
