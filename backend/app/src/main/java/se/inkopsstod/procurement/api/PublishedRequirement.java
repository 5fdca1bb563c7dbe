package se.inkopsstod.procurement.api;

/** A requirement as vendors see it in a published requirement set: no needs, no authors, no comments. */
public record PublishedRequirement(String requirementId, String text, RequirementKind kind, Integer weight,
                                   RequirementCategory category, String verificationMethod) {
}
